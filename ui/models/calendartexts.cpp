#include "models/calendartexts.h"

#include "models/displaytexts.h"
#include "models/meetingtime.h"

#include <QLocale>

namespace trellis {

QString CalendarTexts::who(const AgendaEntry &entry, Role viewer)
{
    switch (viewer) {
    case Role::Mentor:
        return entry.menteeName;
    case Role::Mentee:
        return entry.mentorName;
    case Role::Coordinator:
        break;
    }
    return tr("%1 – %2").arg(entry.mentorName, entry.menteeName);
}

QString CalendarTexts::startTime(const AgendaEntry &entry, const QTimeZone &zone)
{
    const Occurrence &o = entry.occurrence;
    if (o.allDay)
        return tr("All day");
    const QTime start =
        o.floating ? o.startLocal.time() : QDateTime::fromSecsSinceEpoch(o.startUtc, zone).time();
    return QLocale().toString(start, QLocale::ShortFormat);
}

QString CalendarTexts::timeRange(const AgendaEntry &entry, const QTimeZone &zone)
{
    const Occurrence &o = entry.occurrence;
    if (o.allDay)
        return tr("All day");
    const QTime end = o.floating ? o.endLocal.time() : QDateTime::fromSecsSinceEpoch(o.endUtc, zone).time();
    return tr("%1–%2").arg(startTime(entry, zone), QLocale().toString(end, QLocale::ShortFormat));
}

QString CalendarTexts::status(const AgendaEntry &entry, qint64 nowUtc)
{
    if (entry.occurrence.isUnloggedAt(nowUtc))
        return tr("Not logged yet");
    return DisplayTexts::occurrenceStatus(entry.occurrence.status);
}

QString CalendarTexts::tooltip(const AgendaEntry &entry, Role viewer, qint64 nowUtc)
{
    const Occurrence &o = entry.occurrence;
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(who(entry, viewer).toHtmlEscaped());
    if (viewer != Role::Coordinator)
        lines << (viewer == Role::Mentor ? tr("Mentee of %1") : tr("Mentored by %1"))
                     .arg(viewer == Role::Mentor ? entry.mentorName : entry.menteeName)
                     .toHtmlEscaped();
    const int minutes = int((o.endUtc - o.startUtc) / 60);
    lines << (o.allDay ? tr("%1, all day").arg(QLocale().toString(o.startLocal.date(), QLocale::LongFormat))
                       : tr("%1 (%n min)", nullptr, minutes).arg(MeetingTime::dateTime(o)))
                 .toHtmlEscaped();
    if (!o.title.isEmpty())
        lines << o.title.toHtmlEscaped();
    lines << status(entry, nowUtc).toHtmlEscaped();
    if (o.seriesId)
        lines << (o.overrideId ? tr("Part of a series, changed for this time") : tr("Part of a series"))
                     .toHtmlEscaped();
    if (entry.conflict)
        lines << QStringLiteral("<b>%1</b>")
                     .arg(tr("Conflict: someone in this meeting has another meeting at the same time")
                              .toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QString CalendarTexts::accessible(const AgendaEntry &entry, Role viewer, const QTimeZone &zone, qint64 nowUtc)
{
    QStringList parts{who(entry, viewer), timeRange(entry, zone), status(entry, nowUtc)};
    if (entry.conflict)
        parts << tr("conflict");
    return parts.join(QStringLiteral(", "));
}

} // namespace trellis
