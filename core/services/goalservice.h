#pragma once

#include "domain/goal.h"
#include "domain/milestone.h"
#include "domain/progressupdate.h"
#include "services/servicecontext.h"

namespace trellis {

// Edits of goals, their milestones and progress updates; one transaction and ChangeSet each.
class GoalService {
public:
    explicit GoalService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> createGoal(const Goal &goal);
    [[nodiscard]] Result<ChangeSet> updateGoal(const Goal &goal);
    [[nodiscard]] Result<ChangeSet> deleteGoal(Id goalId); // with milestones and progress

    [[nodiscard]] Result<ChangeSet> createMilestone(const Milestone &milestone);
    [[nodiscard]] Result<ChangeSet> updateMilestone(const Milestone &milestone);
    [[nodiscard]] Result<ChangeSet> deleteMilestone(Id milestoneId);

    [[nodiscard]] Result<ChangeSet> recordProgress(const ProgressUpdate &update);
    [[nodiscard]] Result<ChangeSet> updateProgress(const ProgressUpdate &update);
    [[nodiscard]] Result<ChangeSet> deleteProgress(Id progressUpdateId);

private:
    ServiceContext m_context;
};

} // namespace trellis
