#include "services/goalservice.h"

#include "services/entityedits.h"

namespace trellis {

Result<ChangeSet> GoalService::createGoal(const Goal &goal)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, goal); });
}

Result<ChangeSet> GoalService::updateGoal(const Goal &goal)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, goal); });
}

Result<ChangeSet> GoalService::deleteGoal(Id goalId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Goal>(rows, goalId); });
}

Result<ChangeSet> GoalService::createMilestone(const Milestone &milestone)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, milestone); });
}

Result<ChangeSet> GoalService::updateMilestone(const Milestone &milestone)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, milestone); });
}

Result<ChangeSet> GoalService::deleteMilestone(Id milestoneId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Milestone>(rows, milestoneId); });
}

Result<ChangeSet> GoalService::recordProgress(const ProgressUpdate &update)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::insert(rows, update); });
}

Result<ChangeSet> GoalService::updateProgress(const ProgressUpdate &update)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::update(rows, update); });
}

Result<ChangeSet> GoalService::deleteProgress(Id progressUpdateId)
{
    return m_context.run(
        [&](RowStore &rows) { return EntityEdits::remove<ProgressUpdate>(rows, progressUpdateId); });
}

} // namespace trellis
