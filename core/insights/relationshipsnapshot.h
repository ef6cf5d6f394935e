#pragma once

#include "calendar/occurrence.h"
#include "domain/actionitem.h"
#include "domain/contact.h"
#include "domain/feedback.h"
#include "domain/goal.h"
#include "domain/meeting.h"
#include "domain/milestone.h"
#include "domain/progressupdate.h"
#include "domain/relationship.h"
#include "domain/supportcontact.h"
#include "insights/relationshipoverview.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

class Database;

// A goal with everything its views show.
struct GoalDetails {
    Goal goal;
    std::optional<ProgressUpdate> latest;
    QList<Milestone> milestones;
    QList<ProgressUpdate> history; // oldest first

    double currentValue() const { return latest ? latest->value : goal.startValue; }
    // 0..1 along start → target (1 once achieved).
    double fraction() const;

    bool operator==(const GoalDetails &) const = default;
};

// One occurrence with the meeting row that describes it: the single meeting, the override,
// or (for an occurrence nobody has touched) the series.
struct MeetingEntry {
    Occurrence occurrence;
    Meeting row;

    // Its own row (single or override) rather than the series'.
    bool hasOwnRow() const { return row.kind != MeetingKind::Series; }
    QString agenda() const { return row.agenda; }
    // Notes belong to a single meeting or an override, never to a whole series.
    QString sharedNotes() const { return hasOwnRow() ? row.sharedNotes : QString(); }
    QString privateNotes() const { return hasOwnRow() ? row.privateNotes : QString(); }
    bool operator==(const MeetingEntry &) const = default;
};

// Everything the relationship page (and the mentee workspace) shows of one relationship,
// read in one go off the GUI thread. Without `includePrivateNotes` the private-notes column
// is never selected, so no private note exists in the snapshot. `viewer` is whose eyes it is
// read for: feedback they may not see (Feedback::isVisibleTo) is left out, and so is health
// derived from it (the overview's latest rating).
struct RelationshipSnapshot {
    Relationship relationship;
    RelationshipOverviewEntry overview; // names, programme, cohort and health
    QList<GoalDetails> goals;
    QList<MeetingEntry> past;     // newest first
    QList<MeetingEntry> upcoming; // soonest first
    QList<Contact> contacts;      // newest first
    QList<ActionItem> actionItems;
    QList<SupportContact> supportContacts;
    QList<Feedback> feedback; // newest first; only what the viewer may see
    QHash<Id, QString> names; // people mentioned (mentor, mentee, owners, authors)
    bool privateNotesLoaded = false;

    static constexpr int lookAheadDays = 365;

    [[nodiscard]] static Result<RelationshipSnapshot>
    load(QSqlDatabase db, Id relationshipId, bool includePrivateNotes, Role viewer = Role::Coordinator);
    // The same on the calling thread's connection of `database` (what a ModelLoader's fetch calls).
    [[nodiscard]] static Result<RelationshipSnapshot>
    load(Database &database, Id relationshipId, bool includePrivateNotes, Role viewer = Role::Coordinator);

    QString nameOf(const std::optional<Id> &personId) const;
    const GoalDetails *goal(Id goalId) const;
    std::optional<MeetingEntry> nextMeeting() const; // the first planned upcoming occurrence
    std::optional<MeetingEntry> lastMeeting() const; // the latest held one
    int openActionItems() const;
};

} // namespace trellis
