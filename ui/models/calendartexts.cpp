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
    return QLocale().toString(start, QStringLiteral("HH:mm")); // as MeetingTime shows times
}

QString CalendarTexts::chipDetails(const AgendaEntry &entry, const QTimeZone &zone, qreal width,
                                   const std::function<qreal(const QString &)> &advance)
{
    const QString range = timeRange(entry, zone);
    if (advance(range) > width)
        return startTime(entry, zone);
    const QString &title = entry.occurrence.title;
    if (title.isEmpty())
        return range;
    const QString withTitle = tr("%1 · %2").arg(range, title);
    const QString titleStart = tr("%1 · %2").arg(range, title.left(4) + QChar(0x2026));
    return advance(withTitle) <= width || advance(titleStart) <= width ? withTitle : range;
}

QString CalendarTexts::timeRange(const AgendaEntry &entry, const QTimeZone &zone)
{
    const Occurrence &o = entry.occurrence;
    if (o.allDay)
        return tr("All day");
    const QTime end = o.floating ? o.endLocal.time() : QDateTime::fromSecsSinceEpoch(o.endUtc, zone).time();
    return tr("%1–%2").arg(startTime(entry, zone), QLocale().toString(end, QStringLiteral("HH:mm")));
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

QString CalendarTexts::tooltip(const AgendaEntry &entry, Role viewer, qint64 nowUtc, const Meeting &details)
{
    QString text = tooltip(entry, viewer, nowUtc);
    QStringList more;
    more << tr("Mode: %1").arg(DisplayTexts::meetingMode(details.mode)).toHtmlEscaped();
    const QString agenda = details.agenda.simplified();
    if (!agenda.isEmpty()) {
        // A summary, not the whole agenda: the first 160 characters.
        constexpr int Longest = 160;
        const QString shown = agenda.size() > Longest ? agenda.left(Longest - 1) + QChar(0x2026) : agenda;
        more << tr("Agenda: %1").arg(shown).toHtmlEscaped();
    }
    return text + QStringLiteral("<br>") + more.join(QStringLiteral("<br>"));
}

QString CalendarTexts::conflictWarning(const QList<AgendaEntry> &clashes, Id mentorId, Id menteeId,
                                       const QTimeZone &zone)
{
    if (clashes.isEmpty())
        return {};
    const AgendaEntry &other = clashes.first();
    // The person both meetings share, and the other person of the meeting already there.
    QString busy;
    QString with;
    if (other.mentorId == mentorId || other.mentorId == menteeId) {
        busy = other.mentorName;
        with = other.menteeName;
    } else {
        busy = other.menteeName;
        with = other.mentorName;
    }
    if (other.mentorId == mentorId && other.menteeId == menteeId)
        with = other.menteeName; // the same pair: another meeting of this relationship
    const Occurrence &o = other.occurrence;
    const QString when =
        tr("%1, %2").arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(o.startUtc, zone).date(),
                                            QStringLiteral("ddd d MMM")),
                         timeRange(other, zone));
    QString text =
        o.title.isEmpty()
            ? tr("%1 already has a meeting then: with %2, %3.").arg(busy, with, when)
            : tr("%1 already has a meeting then: with %2, “%3”, %4.").arg(busy, with, o.title, when);
    if (clashes.size() > 1)
        text +=
            QLatin1Char(' ') + tr("And %n more meeting(s) at that time.", nullptr, int(clashes.size() - 1));
    return text;
}

QString CalendarTexts::accessible(const AgendaEntry &entry, Role viewer, const QTimeZone &zone, qint64 nowUtc)
{
    QStringList parts{who(entry, viewer), timeRange(entry, zone), status(entry, nowUtc)};
    if (entry.conflict)
        parts << tr("conflict");
    return parts.join(QStringLiteral(", "));
}

} // namespace trellis
