#include "domain/meeting.h"

#include "domain/validation.h"

#include <QDate>
#include <QTime>

namespace trellis {

using namespace validation;

namespace {

bool isLocalForm(const QString &text, bool allDay)
{
    if (allDay)
        return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
    // Date and time apart: a local-time QDateTime would consult the system zone for every value.
    return text.size() == 19 && text.at(10) == QLatin1Char('T') &&
           QDate::fromString(text.left(10), Qt::ISODate).isValid() &&
           QTime::fromString(text.mid(11), QStringLiteral("HH:mm:ss")).isValid();
}

} // namespace

Status Meeting::validate() const
{
    const QString entity = tr("Meeting");
    if (auto s = requireId(relationshipId, entity, tr("the relationship")); !s)
        return s;
    if (!isLocalForm(startLocal, allDay))
        return Error{(allDay ? tr("Meeting “%1”: the start “%2” is not a date (YYYY-MM-DD).")
                             : tr("Meeting “%1”: the start “%2” is not a local time (YYYY-MM-DDTHH:MM:SS)."))
                         .arg(title, startLocal)};
    if (floating && allDay)
        return Error{tr("Meeting “%1”: a meeting is either floating or all-day, not both.").arg(title)};
    if ((floating || allDay) && !timezone.isEmpty())
        return Error{tr("Meeting “%1”: a floating or all-day meeting has no time zone.").arg(title)};
    if (!floating && !allDay && timezone.isEmpty())
        return Error{tr("Meeting “%1”: the time zone is empty.").arg(title)};
    if (auto s = requireTimeZone(timezone, entity, tr("the time zone")); !s)
        return s;
    if (auto s = requireAtLeast(durationMinutes, 0, entity, tr("the duration (minutes)")); !s)
        return s;
    if (reminderMinutes)
        if (auto s = requireAtLeast(*reminderMinutes, 0, entity, tr("the reminder (minutes)")); !s)
            return s;
    for (const QStringList *dates : {&rdates, &exdates}) {
        for (const QString &date : *dates) {
            if (!isLocalForm(date, allDay))
                return Error{
                    tr("Meeting “%1”: the recurrence date “%2” is not in the form of the start “%3”.")
                        .arg(title, date, startLocal)};
        }
    }
    const bool recurs = !rrules.isEmpty() || !rdates.isEmpty() || !exdates.isEmpty();
    switch (kind) {
    case MeetingKind::Single:
        if (seriesId || recurs || !recurrenceId.isEmpty())
            return Error{tr("Meeting “%1”: a single meeting has no recurrence and no series.").arg(title)};
        break;
    case MeetingKind::Series:
        if (rrules.isEmpty() && rdates.isEmpty())
            return Error{tr("Meeting “%1”: a series needs a recurrence rule or dates.").arg(title)};
        if (seriesId || !recurrenceId.isEmpty())
            return Error{tr("Meeting “%1”: a series cannot belong to another series.").arg(title)};
        break;
    case MeetingKind::Override:
        if (!seriesId || *seriesId <= 0)
            return Error{tr("Meeting “%1”: an override needs its series.").arg(title)};
        if (recurrenceId.isEmpty())
            return Error{
                tr("Meeting “%1”: an override needs the original start of its occurrence.").arg(title)};
        if (recurs)
            return Error{tr("Meeting “%1”: an override cannot recur.").arg(title)};
        break;
    }
    return {};
}

} // namespace trellis
