#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace trellis {

class ActionItemListModel;
class PlaceholderTreeView;

// The action items agreed in the relationship: a check box to mark one done (one undoable edit),
// who owns it, when it is due (overdue in the warning colour) and when it was done; Add Action…
// (not once the relationship has ended) and Remove.
class RelationshipActionsTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipActionsTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    ActionItemListModel *model() const { return m_model; }
    std::optional<Id> currentId() const;
    void addActionItem();
    void removeActionItem();

private:
    void updateButtons();

    WorkspaceContext m_context;
    std::optional<Relationship> m_relationship;
    QHash<Id, QString> m_names;
    QList<ActionItem> m_items;
    ActionItemListModel *m_model = nullptr;
    PlaceholderTreeView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trellis
