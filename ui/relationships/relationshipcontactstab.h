#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

class QPushButton;

namespace trellis {

class ContactListModel;
class PlaceholderTreeView;

// The contacts logged between meetings (newest first), with Log Contact… (the one Log contact
// dialog, which the page opens: logContactRequested()) and Remove (one undoable edit).
class RelationshipContactsTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipContactsTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    ContactListModel *model() const { return m_model; }
    // The selected contact's id, if one is selected.
    std::optional<Id> currentId() const;
    void removeContact();

Q_SIGNALS:
    void logContactRequested();

private:
    void updateButtons();

    WorkspaceContext m_context;
    ContactListModel *m_model = nullptr;
    PlaceholderTreeView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trellis
