#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace trellis {

class ChartPanel;
class GoalChart;
class GoalListModel;
class MilestoneListModel;
class PlaceholderTreeView;
class ProgressHistoryModel;

// A relationship's goals: a list with thin progress bars beside the selected goal's SMART
// summary, milestones (tick, add, remove), status changes and its progress history. Every
// change is one undoable edit (a named function of the context's Edits); deletes are
// undoable and not confirmed. The owner feeds it fresh data after each reload; the milestones
// and the history are id-keyed models, so a reload keeps the selected milestone.
class GoalsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit GoalsPanel(const WorkspaceContext &context, QWidget *parent = nullptr);

    // The goals to show. New goals go to `relationshipId` (0: adding is not offered);
    // progress is recorded by `authorId`.
    void setGoals(const QList<GoalDetails> &goals, Id relationshipId, std::optional<Id> authorId);
    void selectGoal(Id goalId);
    // Where each goal's expected pace starts (the relationship's start; GoalPace). Call before setGoals.
    void setPaceStart(const std::optional<QDate> &relationshipStart);
    GoalChart *goalChart() const { return m_goalChart; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    std::optional<Id> currentGoalId() const;
    // The selected goal's milestones and progress history (newest first).
    MilestoneListModel *milestonesModel() const { return m_milestonesModel; }
    ProgressHistoryModel *historyModel() const { return m_historyModel; }
    // While false, the panel shows no edit controls (a finished relationship stays readable).
    void setEditable(bool editable);

    // The actions (each opens its dialog where one is needed).
    void addGoal();
    void editGoal();
    void recordProgress();
    void addMilestone();
    void removeMilestone();
    void deleteGoal();
    void setStatus(GoalStatus status);

private:
    void showList();
    void showCurrent();
    const GoalDetails *current() const;

    WorkspaceContext m_context;
    Id m_relationshipId = 0;
    std::optional<Id> m_authorId;
    bool m_editable = true;
    bool m_rebuilding = false;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyAdd = nullptr;
    QPushButton *m_add = nullptr;
    GoalListModel *m_goalsModel = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_smart = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_edit = nullptr;
    QToolButton *m_more = nullptr;
    MilestoneListModel *m_milestonesModel = nullptr;
    PlaceholderTreeView *m_milestones = nullptr;
    QPushButton *m_addMilestone = nullptr;
    QPushButton *m_removeMilestone = nullptr;
    ProgressHistoryModel *m_historyModel = nullptr;
    PlaceholderTreeView *m_history = nullptr;
    QLabel *m_historyEmpty = nullptr;
    GoalChart *m_goalChart = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    QLabel *m_paceText = nullptr;
    std::optional<QDate> m_paceStart;
};

} // namespace trellis
