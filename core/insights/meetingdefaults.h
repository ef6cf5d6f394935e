#pragma once

#include "calendar/occurrence.h"
#include "domain/meeting.h"
#include "domain/person.h"
#include "domain/relationship.h"
#include "storage/libraryquery.h"
#include "storage/relationshipqueries.h"
#include "util/result.h"

#include <QHash>
#include <QList>

namespace trellis {

class Database;

// What the Log meeting, Log contact and Plan meeting dialogs need to know about one
// relationship to offer good defaults: the two people, the programme's default meeting
// length, the usual mode and initiator, the time zone, the goals still being worked on and
// the past planned occurrences nobody logged (newest first). Read through query objects;
// small and bounded by one relationship.
struct MeetingDefaults {
    Relationship relationship;
    Person mentor;
    Person mentee;
    int defaultMinutes = 60;
    std::optional<int> reminderMinutes; // for new meetings (Preferences ▸ Meetings)
    QString timezone;                   // the mentor's, else the system's (IANA id)
    MeetingMode usualMode = MeetingMode::Video;
    Initiator usualInitiator = Initiator::Unknown;
    QList<GoalWithProgress> activeGoals;
    QList<Occurrence> unlogged;
    QHash<Id, Meeting> meetings; // the relationship's meeting rows by id
    // Resources shared with the pair and not yet discussed (Log meeting can tick them), by title.
    QList<ShareRow> openShares;

    [[nodiscard]] static Result<MeetingDefaults> load(Database &db, Id relationshipId);
    static QString systemTimeZone();
};

} // namespace trellis
