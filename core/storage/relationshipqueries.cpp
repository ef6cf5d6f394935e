#include "storage/relationshipqueries.h"

#include <QHash>

namespace trellis {

Result<QList<Relationship>> RelationshipQueries::relationships(std::optional<Id> personId) const
{
    auto found = personId ? m_reader.rows(QStringLiteral("SELECT * FROM relationship WHERE mentor_id = ? OR "
                                                         "mentee_id = ? ORDER BY id"),
                                          {*personId, *personId})
                          : m_reader.rows(QStringLiteral("SELECT * FROM relationship ORDER BY id"), {});
    if (!found)
        return found.error();
    return EntityReader::fromRows<Relationship>(*found);
}

Result<QList<GoalWithProgress>> RelationshipQueries::goals(Id relationshipId) const
{
    auto goals = m_reader.where<Goal>(QStringLiteral("relationship_id"), relationshipId,
                                      QStringLiteral("due_date IS NULL, due_date, id"));
    if (!goals)
        return goals.error();
    auto latest = m_reader.rows(
        QStringLiteral("SELECT p.* FROM progress_update p JOIN goal g ON g.id = p.goal_id "
                       "WHERE g.relationship_id = ? AND NOT EXISTS (SELECT 1 FROM progress_update q "
                       "WHERE q.goal_id = p.goal_id AND (q.recorded_on > p.recorded_on "
                       "OR (q.recorded_on = p.recorded_on AND q.id > p.id)))"),
        {relationshipId});
    if (!latest)
        return latest.error();
    QHash<Id, ProgressUpdate> byGoal;
    for (const ProgressUpdate &update : EntityReader::fromRows<ProgressUpdate>(*latest))
        byGoal.insert(update.goalId, update);
    QList<GoalWithProgress> result;
    for (const Goal &goal : std::as_const(*goals)) {
        const auto it = byGoal.constFind(goal.id);
        result.append({goal, it == byGoal.cend() ? std::nullopt : std::optional<ProgressUpdate>(*it)});
    }
    return result;
}

Result<QList<Milestone>> RelationshipQueries::milestones(Id goalId) const
{
    return m_reader.where<Milestone>(QStringLiteral("goal_id"), goalId, QStringLiteral("position, id"));
}

Result<QList<ProgressUpdate>> RelationshipQueries::progressHistory(Id goalId) const
{
    return m_reader.where<ProgressUpdate>(QStringLiteral("goal_id"), goalId,
                                          QStringLiteral("recorded_on, id"));
}

Result<QList<Meeting>> RelationshipQueries::meetings(Id relationshipId) const
{
    return m_reader.where<Meeting>(QStringLiteral("relationship_id"), relationshipId,
                                   QStringLiteral("start_utc, id"));
}

Result<QList<Meeting>> RelationshipQueries::sharedMeetings(Id relationshipId) const
{
    QStringList selected = Schema::find(Entity::Meeting)->columns;
    selected.removeAll(QStringLiteral("private_notes"));
    auto found = m_reader.rows(
        QStringLiteral("SELECT %1 FROM meeting WHERE relationship_id = ? ORDER BY start_utc, id")
            .arg(selected.join(QStringLiteral(", "))),
        {relationshipId});
    if (!found)
        return found.error();
    return EntityReader::fromRows<Meeting>(*found);
}

Result<QList<Contact>> RelationshipQueries::contacts(Id relationshipId) const
{
    return m_reader.where<Contact>(QStringLiteral("relationship_id"), relationshipId,
                                   QStringLiteral("occurred_at DESC, id DESC"));
}

Result<QList<ActionItem>> RelationshipQueries::actionItems(Id relationshipId) const
{
    return m_reader.where<ActionItem>(QStringLiteral("relationship_id"), relationshipId,
                                      QStringLiteral("done_on IS NOT NULL, due_date IS NULL, due_date, id"));
}

Result<QList<SupportContact>> RelationshipQueries::supportContacts(Id relationshipId) const
{
    return m_reader.where<SupportContact>(QStringLiteral("relationship_id"), relationshipId);
}

Result<QList<Feedback>> RelationshipQueries::feedback(Id relationshipId) const
{
    return m_reader.where<Feedback>(QStringLiteral("relationship_id"), relationshipId,
                                    QStringLiteral("given_on DESC, id DESC"));
}

Result<QList<ResourceShare>> RelationshipQueries::resourceShares(Id relationshipId) const
{
    return m_reader.where<ResourceShare>(QStringLiteral("relationship_id"), relationshipId,
                                         QStringLiteral("shared_on DESC, id DESC"));
}

} // namespace trellis
