#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace trellis {

class FeedbackListModel;
class PlaceholderTreeView;

// Feedback given in the relationship (newest first): Add Feedback… (from the mentee, the mentor
// or the coordinator, a rating of one to five stars and a comment) and Remove, each one undoable
// edit.
class RelationshipFeedbackTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipFeedbackTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    FeedbackListModel *model() const { return m_model; }
    std::optional<Id> currentId() const;
    void addFeedback();
    void removeFeedback();

private:
    void updateButtons();

    WorkspaceContext m_context;
    std::optional<Relationship> m_relationship;
    QHash<Id, QString> m_names;
    FeedbackListModel *m_model = nullptr;
    PlaceholderTreeView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trellis
