#include "insights/meetingdefaults.h"

#include "domain/programme.h"
#include "services/preferences.h"
#include "storage/database.h"
#include "storage/entityreader.h"
#include "storage/occurrencequery.h"
#include "storage/relationshipoverviewquery.h"
#include "util/clock.h"

#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace trellis {

QString MeetingDefaults::systemTimeZone()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    return QStringLiteral("UTC");
}

Result<MeetingDefaults> MeetingDefaults::load(Database &db, Id relationshipId)
{
    const QSqlDatabase connection = db.connection();
    const EntityReader reader(connection);
    const RelationshipQueries queries(connection);
    MeetingDefaults defaults;
    auto relationship = queries.relationship(relationshipId);
    if (!relationship)
        return relationship.error();
    defaults.relationship = *relationship;
    auto mentor = reader.get<Person>(relationship->mentorId);
    if (!mentor)
        return mentor.error();
    defaults.mentor = *mentor;
    auto mentee = reader.get<Person>(relationship->menteeId);
    if (!mentee)
        return mentee.error();
    defaults.mentee = *mentee;
    // The database's defaults (Preferences ▸ Meetings), unless the programme sets its own length.
    const DatabasePreferences preferences = Preferences::load(connection);
    defaults.defaultMinutes = preferences.meetingMinutes;
    defaults.reminderMinutes = preferences.reminderMinutes;
    if (relationship->programmeId) {
        auto programme = reader.get<Programme>(*relationship->programmeId);
        if (programme)
            defaults.defaultMinutes = programme->defaultMeetingMinutes;
    }
    defaults.timezone =
        !mentor->timezone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(mentor->timezone.toUtf8())
            ? mentor->timezone
            : systemTimeZone();

    auto goals = queries.goals(relationshipId);
    if (!goals)
        return goals.error();
    for (const GoalWithProgress &goal : *goals) {
        if (goal.goal.status != GoalStatus::Achieved && goal.goal.status != GoalStatus::Abandoned)
            defaults.activeGoals.append(goal);
    }

    auto meetings = queries.meetings(relationshipId);
    if (!meetings)
        return meetings.error();
    QMap<int, int> modes;
    QMap<int, int> initiators;
    for (const Meeting &meeting : *meetings) {
        defaults.meetings.insert(meeting.id, meeting);
        if (meeting.kind == MeetingKind::Series || meeting.status == MeetingStatus::Held)
            modes[int(meeting.mode)] += 1;
        if (meeting.status == MeetingStatus::Held && meeting.initiator != Initiator::Unknown)
            initiators[int(meeting.initiator)] += 1;
    }
    const auto most = [](const QMap<int, int> &counts) {
        return std::max_element(counts.begin(), counts.end()).key();
    };
    if (!modes.isEmpty())
        defaults.usualMode = MeetingMode(most(modes));
    if (!initiators.isEmpty())
        defaults.usualInitiator = Initiator(most(initiators));

    const qint64 now = Clock::nowSecs();
    auto occurrences =
        OccurrenceQuery(connection)
            .forRelationship(relationshipId,
                             now - qint64(RelationshipOverviewQuery::unloggedLookBackDays) * 86400, now);
    if (!occurrences)
        return occurrences.error();
    for (const Occurrence &occurrence : *occurrences) {
        if (occurrence.isUnloggedAt(now))
            defaults.unlogged.prepend(occurrence);
    }

    auto shares = LibraryQuery(connection).sharesInRelationship(relationshipId);
    if (!shares)
        return shares.error();
    for (const ShareRow &row : *shares) {
        if (!row.share.discussedOn && !row.share.isRemoved())
            defaults.openShares.append(row);
    }
    std::sort(defaults.openShares.begin(), defaults.openShares.end(),
              [](const ShareRow &a, const ShareRow &b) {
                  return QString::localeAwareCompare(a.resourceTitle, b.resourceTitle) < 0;
              });
    return defaults;
}

} // namespace trellis
