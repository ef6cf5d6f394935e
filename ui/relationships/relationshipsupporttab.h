#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace trellis {

class PlaceholderTreeView;
class SupportContactListModel;

// The mentee's support network (family, peers, others who support their development): Add
// Person…, Edit… (also a double click) and Remove, each one undoable edit.
class RelationshipSupportTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipSupportTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    SupportContactListModel *model() const { return m_model; }
    std::optional<Id> currentId() const;
    void addSupportContact();
    void editSupportContact();
    void removeSupportContact();

private:
    void updateButtons();

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    SupportContactListModel *m_model = nullptr;
    PlaceholderTreeView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trellis
