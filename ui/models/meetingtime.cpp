#include "models/meetingtime.h"

#include "models/displaytexts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace trellis {

namespace {

std::optional<QTimeZone> &viewerOverride()
{
    static std::optional<QTimeZone> zone;
    return zone;
}

TimeDisplay &displayChoice()
{
    static TimeDisplay display = TimeDisplay::ViewerZone;
    return display;
}

QString clock(const QDateTime &at)
{
    return QLocale().toString(at.time(), QStringLiteral("HH:mm"));
}

// The meeting's zone when it is known and shows another wall time than the viewer's.
std::optional<QTimeZone> otherZone(qint64 startUtc, const QString &zoneId)
{
    if (zoneId.isEmpty())
        return std::nullopt;
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        return std::nullopt;
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC);
    if (zone.offsetFromUtc(utc) == MeetingTime::viewerZone().offsetFromUtc(utc))
        return std::nullopt;
    return zone;
}

// The first and the second of the two times, in the order the preference asks for.
struct Pair {
    QDateTime first;
    QDateTime second;
    QString firstLabel;
    QString secondLabel;
};

Pair pairOf(qint64 startUtc, const QTimeZone &meeting, const QString &zoneId)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC);
    const QDateTime here = utc.toTimeZone(MeetingTime::viewerZone());
    const QDateTime there = utc.toTimeZone(meeting);
    const QString hereLabel = MeetingTime::tr("here");
    const QString thereLabel = MeetingTime::zoneName(zoneId);
    if (MeetingTime::display() == TimeDisplay::MeetingZone)
        return {there, here, thereLabel, hereLabel};
    return {here, there, hereLabel, thereLabel};
}

// "17:30 here · 11:30 New York", with the second's weekday when its date is another.
QString both(const Pair &pair)
{
    QString second = clock(pair.second);
    if (pair.second.date() != pair.first.date())
        second = QLocale().dayName(pair.second.date().dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') +
                 second;
    return MeetingTime::tr("%1 %2 · %3 %4").arg(clock(pair.first), pair.firstLabel, second, pair.secondLabel);
}

QDateTime shownFirst(qint64 startUtc, const QString &zoneId)
{
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(startUtc, Qt::UTC);
    if (const auto zone = otherZone(startUtc, zoneId);
        zone && MeetingTime::display() == TimeDisplay::MeetingZone)
        return utc.toTimeZone(*zone);
    return utc.toTimeZone(MeetingTime::viewerZone());
}

} // namespace

QTimeZone MeetingTime::viewerZone()
{
    return viewerOverride().value_or(QTimeZone::systemTimeZone());
}

void MeetingTime::setViewerZone(const std::optional<QTimeZone> &zone)
{
    viewerOverride() = zone;
}

TimeDisplay MeetingTime::display()
{
    return displayChoice();
}

void MeetingTime::setDisplay(TimeDisplay display)
{
    displayChoice() = display;
}

QString MeetingTime::time(qint64 startUtc, const QString &zoneId)
{
    if (const auto zone = otherZone(startUtc, zoneId))
        return both(pairOf(startUtc, *zone, zoneId));
    return clock(shownFirst(startUtc, zoneId));
}

QString MeetingTime::dateTime(qint64 startUtc, const QString &zoneId)
{
    const QDateTime first = shownFirst(startUtc, zoneId);
    return QLocale().toString(first.date(), QStringLiteral("ddd d MMM yyyy, ")) + time(startUtc, zoneId);
}

QString MeetingTime::dateTime(const Occurrence &occurrence)
{
    if (occurrence.allDay)
        return QLocale().toString(occurrence.startLocal.date(), QStringLiteral("ddd d MMM yyyy"));
    if (occurrence.floating || occurrence.timezone.isEmpty())
        return DisplayTexts::dateTime(occurrence.startLocal);
    return dateTime(occurrence.startUtc, occurrence.timezone);
}

QString MeetingTime::upcoming(qint64 startUtc, const QString &zoneId, const QDate &today)
{
    const QDate day = shownFirst(startUtc, zoneId).date();
    const QString at = time(startUtc, zoneId);
    const qint64 days = today.daysTo(day);
    if (days == 0)
        return tr("today %1").arg(at);
    if (days == 1)
        return tr("tomorrow %1").arg(at);
    if (days > 1 && days < 7)
        return tr("%1 %2").arg(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat), at);
    return tr("%1, %2").arg(QLocale().toString(day, QStringLiteral("ddd d MMM")), at);
}

QString MeetingTime::zoneName(const QString &zoneId)
{
    const QString city = zoneId.section(QLatin1Char('/'), -1);
    return city.isEmpty() ? zoneId : QString(city).replace(QLatin1Char('_'), QLatin1Char(' '));
}

} // namespace trellis
