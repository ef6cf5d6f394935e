#include "services/meetingservice.h"

#include "calendar/meetingtimes.h"
#include "calendar/recurrenceset.h"
#include "domain/resourceshare.h"
#include "services/entityedits.h"

#include <QCoreApplication>
#include <QDate>
#include <QUuid>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeetingService", text);
}

LocalStart localStart(const Meeting &meeting)
{
    return LocalStart{meeting.startLocal, meeting.timezone, meeting.floating, meeting.allDay};
}

Error named(const Meeting &meeting, const Error &error)
{
    return Error{tr("Meeting “%1”: %2").arg(meeting.title, error.message)};
}

} // namespace

// Fills the derived UTC fields; `series` is the override's series.
Status MeetingService::deriveTimes(Meeting &meeting, const Meeting *series, bool checkOccurrence)
{
    auto start = MeetingTimes::startUtc(localStart(meeting));
    if (!start)
        return named(meeting, start.error());
    meeting.startUtc = *start;
    if (meeting.kind == MeetingKind::Series) {
        auto bounds = MeetingTimes::seriesBounds(
            localStart(meeting), meeting.durationMinutes, meeting.rrules.join(QLatin1Char('\n')),
            meeting.rdates.join(QLatin1Char(',')), meeting.exdates.join(QLatin1Char(',')));
        if (!bounds)
            return named(meeting, bounds.error());
        meeting.rangeStartUtc = bounds->firstStartUtc;
        meeting.rangeEndUtc = bounds->lastEndUtc;
        meeting.recurrenceIdUtc.reset();
        return {};
    }
    meeting.rangeStartUtc = meeting.startUtc;
    meeting.rangeEndUtc = MeetingTimes::endUtc(meeting.startUtc, meeting.durationMinutes, meeting.allDay);
    if (meeting.kind == MeetingKind::Single) {
        meeting.recurrenceIdUtc.reset();
        return {};
    }
    // Override: the original start is in the series' form and must be one of its occurrences.
    const LocalStart seriesStart = localStart(*series);
    const LocalStart original{meeting.recurrenceId, seriesStart.timezone, seriesStart.floating,
                              seriesStart.allDay};
    auto originalUtc = MeetingTimes::startUtc(original);
    if (!originalUtc)
        return named(meeting, originalUtc.error());
    if (!checkOccurrence) {
        meeting.recurrenceIdUtc = *originalUtc;
        return {};
    }
    auto set =
        RecurrenceSet::create(seriesStart, series->rrules.join(QLatin1Char('\n')),
                              series->rdates.join(QLatin1Char(',')), series->exdates.join(QLatin1Char(',')));
    if (!set)
        return named(meeting, set.error());
    const auto instances = set->between(*originalUtc, *originalUtc + 1);
    if (instances.isEmpty() || instances.first().utc != *originalUtc)
        return Error{tr("Meeting “%1”: %2 is not an occurrence of the series “%3”.")
                         .arg(meeting.title, meeting.recurrenceId, series->title)};
    meeting.recurrenceIdUtc = *originalUtc;
    return {};
}

QString MeetingService::generateUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@trellis");
}

Result<Id> MeetingService::insert(RowStore &rows, Meeting meeting)
{
    if (auto s = meeting.validate(); !s)
        return s.error();
    std::optional<Meeting> series;
    if (meeting.kind == MeetingKind::Override) {
        auto loaded = EntityEdits::load<Meeting>(rows, *meeting.seriesId);
        if (!loaded)
            return loaded.error();
        if (loaded->kind != MeetingKind::Series)
            return Error{
                tr("Meeting “%1”: the meeting #%2 is not a series.").arg(meeting.title).arg(loaded->id)};
        if (loaded->relationshipId != meeting.relationshipId)
            return Error{tr("Meeting “%1”: its series belongs to another relationship.").arg(meeting.title)};
        series = *loaded;
        meeting.uid = series->uid;
    } else if (meeting.uid.trimmed().isEmpty()) {
        meeting.uid = generateUid();
    }
    if (auto s = deriveTimes(meeting, series ? &*series : nullptr); !s)
        return s.error();
    auto clash = m_context.reader().meetingId(meeting.uid, meeting.recurrenceId);
    if (!clash)
        return clash.error();
    if (*clash)
        return Error{meeting.kind == MeetingKind::Override
                         ? tr("Meeting “%1”: the occurrence %2 already has its own entry.")
                               .arg(meeting.title, meeting.recurrenceId)
                         : tr("Meeting “%1”: a meeting with the UID %2 exists already.")
                               .arg(meeting.title, meeting.uid)};
    return rows.insert(Entity::Meeting, EntityRows::toRow(meeting));
}

Result<ChangeSet> MeetingService::createMeeting(const Meeting &meeting)
{
    return m_context.run([&](RowStore &rows) { return insert(rows, meeting); });
}

Result<ChangeSet> MeetingService::updateMeeting(const Meeting &meeting)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto stored = EntityEdits::load<Meeting>(rows, meeting.id);
        if (!stored)
            return stored.error();
        if (stored->kind != meeting.kind || stored->seriesId != meeting.seriesId ||
            stored->relationshipId != meeting.relationshipId || stored->uid != meeting.uid)
            return Error{
                tr("Meeting “%1”: its kind, series, relationship and UID cannot change.").arg(meeting.title)};
        if (auto s = meeting.validate(); !s)
            return s.error();
        Meeting updated = meeting;
        updated.sequence = stored->sequence; // storage raises it when the time changes
        std::optional<Meeting> series;
        if (updated.kind == MeetingKind::Override) {
            auto loaded = EntityEdits::load<Meeting>(rows, *updated.seriesId);
            if (!loaded)
                return loaded.error();
            series = *loaded;
        }
        if (auto s = deriveTimes(updated, series ? &*series : nullptr); !s)
            return s.error();
        return EntityEdits::update(rows, updated);
    });
}

Result<ChangeSet> MeetingService::deleteMeeting(Id meetingId)
{
    return m_context.run([&](RowStore &rows) { return EntityEdits::remove<Meeting>(rows, meetingId); });
}

Result<ChangeSet> MeetingService::logMeeting(const MeetingLog &log)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = log.validate(); !s)
            return s.error();
        auto meeting = EntityEdits::load<Meeting>(rows, log.meetingId);
        if (!meeting)
            return meeting.error();
        if (meeting->kind != MeetingKind::Series) {
            meeting->status = log.status;
            meeting->sharedNotes = log.sharedNotes;
            meeting->privateNotes = log.privateNotes;
            return EntityEdits::update(rows, *meeting);
        }
        if (log.occurrence.isEmpty())
            return Error{
                tr("Meeting log: which occurrence of the series “%1” took place?").arg(meeting->title)};
        auto existing = m_context.reader().overrideId(meeting->id, log.occurrence);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto occurrence = EntityEdits::load<Meeting>(rows, **existing);
            if (!occurrence)
                return occurrence.error();
            occurrence->status = log.status;
            occurrence->sharedNotes = log.sharedNotes;
            occurrence->privateNotes = log.privateNotes;
            return EntityEdits::update(rows, *occurrence);
        }
        Meeting occurrence = *meeting;
        occurrence.id = 0;
        occurrence.kind = MeetingKind::Override;
        occurrence.seriesId = meeting->id;
        occurrence.sequence = 0;
        occurrence.startLocal = log.occurrence;
        occurrence.recurrenceId = log.occurrence;
        occurrence.rrules.clear();
        occurrence.rdates.clear();
        occurrence.exdates.clear();
        occurrence.status = log.status;
        occurrence.sharedNotes = log.sharedNotes;
        occurrence.privateNotes = log.privateNotes;
        return insert(rows, occurrence);
    });
}

Result<ChangeSet> MeetingService::setAgenda(Id meetingId, const QString &occurrence, const QString &agenda)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        auto meeting = EntityEdits::load<Meeting>(rows, meetingId);
        if (!meeting)
            return meeting.error();
        if (meeting->kind != MeetingKind::Series) {
            meeting->agenda = agenda;
            return EntityEdits::update(rows, *meeting);
        }
        if (occurrence.isEmpty())
            return Error{tr("Agenda: which occurrence of the series “%1” is it for?").arg(meeting->title)};
        auto existing = m_context.reader().overrideId(meeting->id, occurrence);
        if (!existing)
            return existing.error();
        if (*existing) {
            auto stored = EntityEdits::load<Meeting>(rows, **existing);
            if (!stored)
                return stored.error();
            stored->agenda = agenda;
            return EntityEdits::update(rows, *stored);
        }
        Meeting single = *meeting;
        single.id = 0;
        single.kind = MeetingKind::Override;
        single.seriesId = meeting->id;
        single.sequence = 0;
        single.startLocal = occurrence;
        single.recurrenceId = occurrence;
        single.rrules.clear();
        single.rdates.clear();
        single.exdates.clear();
        single.status = MeetingStatus::Planned;
        single.sharedNotes.clear();
        single.privateNotes.clear();
        single.agenda = agenda;
        return insert(rows, single);
    });
}

} // namespace trellis

namespace trellis {

namespace {

void applyReport(Meeting &meeting, const MeetingReport &report)
{
    meeting.status = report.status;
    meeting.startLocal = report.startLocal;
    meeting.timezone = report.timezone;
    meeting.floating = report.timezone.isEmpty();
    meeting.allDay = false;
    meeting.durationMinutes = report.durationMinutes;
    meeting.mode = report.mode;
    meeting.initiator = report.initiator;
    if (!report.title.trimmed().isEmpty())
        meeting.title = report.title;
    meeting.agenda = report.agenda;
    meeting.sharedNotes = report.sharedNotes;
    meeting.privateNotes = report.privateNotes;
}

} // namespace

Result<Id> MeetingService::writeReportedMeeting(RowStore &rows, const MeetingReport &report)
{
    if (!report.plannedMeetingId) {
        Meeting meeting;
        meeting.relationshipId = report.relationshipId;
        meeting.kind = MeetingKind::Single;
        meeting.title = tr("Meeting");
        applyReport(meeting, report);
        return insert(rows, meeting);
    }
    auto planned = EntityEdits::load<Meeting>(rows, *report.plannedMeetingId);
    if (!planned)
        return planned.error();
    if (planned->relationshipId != report.relationshipId)
        return Error{
            tr("Meeting log: the meeting “%1” belongs to another relationship.").arg(planned->title)};

    std::optional<Meeting> series;
    Meeting meeting = *planned;
    if (planned->kind == MeetingKind::Series) {
        if (report.occurrence.isEmpty())
            return Error{
                tr("Meeting log: which occurrence of the series “%1” took place?").arg(planned->title)};
        series = *planned;
        auto existing = m_context.reader().overrideId(planned->id, report.occurrence);
        if (!existing)
            return existing.error();
        if (!*existing) {
            Meeting occurrence = *planned;
            occurrence.id = 0;
            occurrence.kind = MeetingKind::Override;
            occurrence.seriesId = planned->id;
            occurrence.sequence = 0;
            occurrence.recurrenceId = report.occurrence;
            occurrence.rrules.clear();
            occurrence.rdates.clear();
            occurrence.exdates.clear();
            applyReport(occurrence, report);
            return insert(rows, occurrence);
        }
        auto loaded = EntityEdits::load<Meeting>(rows, **existing);
        if (!loaded)
            return loaded.error();
        meeting = *loaded;
    } else if (planned->kind == MeetingKind::Override) {
        auto loaded = EntityEdits::load<Meeting>(rows, *planned->seriesId);
        if (!loaded)
            return loaded.error();
        series = *loaded;
    }
    applyReport(meeting, report);
    if (auto s = meeting.validate(); !s)
        return s.error();
    if (auto s = deriveTimes(meeting, series ? &*series : nullptr); !s)
        return s.error();
    return EntityEdits::update(rows, meeting);
}

Result<ChangeSet> MeetingService::recordMeeting(const MeetingReport &report)
{
    return m_context.run([&](RowStore &rows) -> Result<Id> {
        if (auto s = report.validate(); !s)
            return s.error();
        auto meetingId = writeReportedMeeting(rows, report);
        if (!meetingId)
            return meetingId.error();
        for (ActionItem item : report.actionItems) {
            item.id = 0;
            item.relationshipId = report.relationshipId;
            item.meetingId = *meetingId;
            if (auto added = EntityEdits::insert(rows, item); !added)
                return added.error();
        }
        for (ProgressUpdate update : report.progress) {
            update.id = 0;
            auto goal = EntityEdits::load<Goal>(rows, update.goalId);
            if (!goal)
                return goal.error();
            if (goal->relationshipId != report.relationshipId)
                return Error{
                    tr("Meeting log: the goal “%1” belongs to another relationship.").arg(goal->title)};
            if (auto added = EntityEdits::insert(rows, update); !added)
                return added.error();
        }
        // Discussed on the meeting's day (or the day it was shared, when the meeting is older).
        const QDate day = QDate::fromString(report.startLocal.left(10), Qt::ISODate);
        for (const Id shareId : report.discussedShares) {
            auto share = EntityEdits::load<ResourceShare>(rows, shareId);
            if (!share)
                return share.error();
            if (share->relationshipId != report.relationshipId)
                return Error{tr("Meeting log: the shared resource “%1” belongs to another relationship.")
                                 .arg(share->resourceTitle)};
            share->id = shareId;
            const QDate when = day.isValid() && day >= share->sharedOn ? day : share->sharedOn;
            if (!share->readOn) {
                share->readOn = when;
                share->openedBy = report.discussedBy;
            }
            share->discussedOn = when;
            share->discussedBy = report.discussedBy;
            share->meetingId = *meetingId;
            if (auto updated = EntityEdits::update(rows, *share); !updated)
                return updated.error();
        }
        return *meetingId;
    });
}

} // namespace trellis
