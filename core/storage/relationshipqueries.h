#pragma once

#include "storage/entityreader.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace trellis {

// A goal with its most recent progress update (by date, then by entry order).
struct GoalWithProgress {
    Goal goal;
    std::optional<ProgressUpdate> latest;
};

// What a relationship's views read: its goals, milestones, meetings, contacts, action items,
// support contacts, feedback and shared resources. Lists are in display order.
class RelationshipQueries {
public:
    explicit RelationshipQueries(QSqlDatabase db)
        : m_db(db)
        , m_reader(std::move(db))
    {}

    [[nodiscard]] Result<Relationship> relationship(Id id) const { return m_reader.get<Relationship>(id); }
    // All relationships, optionally only those where `personId` is the mentor or the mentee.
    [[nodiscard]] Result<QList<Relationship>> relationships(std::optional<Id> personId = std::nullopt) const;
    [[nodiscard]] Result<QList<GoalWithProgress>> goals(Id relationshipId) const;
    [[nodiscard]] Result<QList<Milestone>> milestones(Id goalId) const;
    [[nodiscard]] Result<QList<ProgressUpdate>> progressHistory(Id goalId) const; // oldest first
    [[nodiscard]] Result<QList<Meeting>> meetings(Id relationshipId) const;       // rows, by start
    // The same rows without their private notes: the column is never selected (mentee views).
    [[nodiscard]] Result<QList<Meeting>> sharedMeetings(Id relationshipId) const;
    [[nodiscard]] Result<QList<Contact>> contacts(Id relationshipId) const;       // newest first
    [[nodiscard]] Result<QList<ActionItem>> actionItems(Id relationshipId) const; // open first, by due date
    [[nodiscard]] Result<QList<SupportContact>> supportContacts(Id relationshipId) const;
    [[nodiscard]] Result<QList<Feedback>> feedback(Id relationshipId) const; // newest first
    [[nodiscard]] Result<QList<ResourceShare>> resourceShares(Id relationshipId) const;

private:
    QSqlDatabase m_db;
    EntityReader m_reader;
};

} // namespace trellis
