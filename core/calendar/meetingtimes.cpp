#include "calendar/meetingtimes.h"

#include "calendar/recurrencerule.h"
#include "calendar/recurrenceset.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <memory>
#include <vector>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::MeetingTimes", text);
}

// Reads `count` ASCII digits at `pos`; -1 when any is not a digit. (QDate::fromString with a
// format goes through QDateTimeParser, far too slow for the occurrence query's volume.)
int digits(const QString &text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

std::optional<QDate> dateAt(const QString &text, qsizetype pos, bool extended)
{
    if (extended && (text.at(pos + 4) != u'-' || text.at(pos + 7) != u'-'))
        return std::nullopt;
    const int year = digits(text, pos, 4);
    const int month = digits(text, pos + (extended ? 5 : 4), 2);
    const int day = digits(text, pos + (extended ? 8 : 6), 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

std::optional<QTime> timeAt(const QString &text, qsizetype pos, bool extended)
{
    if (extended && (text.at(pos + 2) != u':' || text.at(pos + 5) != u':'))
        return std::nullopt;
    const int hour = digits(text, pos, 2);
    const int minute = digits(text, pos + (extended ? 3 : 2), 2);
    const int second = digits(text, pos + (extended ? 6 : 4), 2);
    if (hour < 0 || minute < 0 || second < 0 || !QTime::isValid(hour, minute, second))
        return std::nullopt;
    return QTime(hour, minute, second);
}

// Parses 'YYYY-MM-DD' (or the basic form 'YYYYMMDD').
std::optional<QDate> parseDate(const QString &text)
{
    if (text.size() == 10)
        return dateAt(text, 0, true);
    if (text.size() == 8)
        return dateAt(text, 0, false);
    return std::nullopt;
}

// Parses 'YYYY-MM-DDTHH:MM:SS' (or the basic form 'YYYYMMDDTHHMMSS') as a wall time.
std::optional<QDateTime> parseDateTime(const QString &text)
{
    std::optional<QDate> date;
    std::optional<QTime> time;
    if (text.size() == 19 && text.at(10) == u'T') {
        date = dateAt(text, 0, true);
        time = timeAt(text, 11, true);
    } else if (text.size() == 15 && text.at(8) == u'T') {
        date = dateAt(text, 0, false);
        time = timeAt(text, 9, false);
    }
    if (!date || !time)
        return std::nullopt;
    return QDateTime(*date, *time, Qt::UTC);
}

// A zone's UTC offsets as a table of transitions over 1970–2100, built once per zone and
// thread: QTimeZone lookups (ICU-backed on Debian) are too slow per occurrence.
struct ZoneTable {
    QTimeZone zone;
    std::vector<qint64> transitionsUtc; // the first entry is the start of the range
    std::vector<int> offsetsAfter;
    qint64 lastCovered = 0;

    int offsetAt(qint64 utcSecs) const
    {
        if (utcSecs < transitionsUtc.front() || utcSecs >= lastCovered)
            return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
        const auto it = std::upper_bound(transitionsUtc.begin(), transitionsUtc.end(), utcSecs);
        return offsetsAfter[std::size_t(it - transitionsUtc.begin()) - 1];
    }
};

const ZoneTable &zoneTable(const QTimeZone &zone)
{
    // Zones come from MeetingTimes::timeZone's cache, so the last one usually matches by pointer.
    thread_local QTimeZone lastZone;
    thread_local const ZoneTable *lastTable = nullptr;
    if (lastTable && zone == lastZone)
        return *lastTable;
    thread_local QHash<QByteArray, std::shared_ptr<ZoneTable>> cache;
    const QByteArray id = zone.id();
    lastZone = zone;
    if (const auto found = cache.constFind(id); found != cache.constEnd()) {
        lastTable = found->get();
        return **found;
    }
    auto table = std::make_shared<ZoneTable>();
    table->zone = zone;
    const QDateTime from(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    table->lastCovered = to.toSecsSinceEpoch();
    table->transitionsUtc.push_back(from.toSecsSinceEpoch());
    table->offsetsAfter.push_back(zone.offsetFromUtc(from));
    if (zone.hasTransitions()) {
        const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
        for (const QTimeZone::OffsetData &transition : transitions) {
            const qint64 at = transition.atUtc.toSecsSinceEpoch();
            if (at <= table->transitionsUtc.back())
                continue;
            table->transitionsUtc.push_back(at);
            table->offsetsAfter.push_back(transition.offsetFromUtc);
        }
    }
    cache.insert(id, table);
    lastTable = table.get();
    return *table;
}

qint64 offsetAt(const QTimeZone &zone, qint64 utcSecs)
{
    return zoneTable(zone).offsetAt(utcSecs);
}

} // namespace

Result<QTimeZone> MeetingTimes::timeZone(const QString &ianaId)
{
    thread_local QHash<QString, QTimeZone> cache;
    const auto found = cache.constFind(ianaId);
    if (found != cache.constEnd())
        return *found;
    if (ianaId.trimmed().isEmpty())
        return Error{tr("The meeting has no time zone; give an IANA zone such as Europe/Berlin, "
                        "or mark it floating or all-day.")};
    QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid())
        return Error{
            tr("“%1” is not a known time zone (expected an IANA id such as Europe/Berlin).").arg(ianaId)};
    cache.insert(ianaId, zone);
    return zone;
}

Result<QDateTime> MeetingTimes::parseWallTime(const LocalStart &start)
{
    if (start.allDay) {
        if (!start.timezone.isEmpty())
            return Error{tr("The all-day date “%1” must not have a time zone (it has “%2”).")
                             .arg(start.text, start.timezone)};
        const auto date = parseDate(start.text);
        if (!date || start.text.size() != 10)
            return Error{tr("“%1” is not a valid all-day date (expected YYYY-MM-DD).").arg(start.text)};
        return QDateTime(*date, QTime(0, 0), Qt::UTC);
    }
    const auto wall = parseDateTime(start.text);
    if (!wall || start.text.size() != 19)
        return Error{tr("“%1” is not a valid start time (expected YYYY-MM-DDTHH:MM:SS).").arg(start.text)};
    if (start.floating && !start.timezone.isEmpty())
        return Error{tr("The floating time “%1” must not have a time zone (it has “%2”).")
                         .arg(start.text, start.timezone)};
    return *wall;
}

Result<QDateTime> MeetingTimes::localDateTime(const LocalStart &start)
{
    auto wall = parseWallTime(start);
    if (!wall)
        return wall.error();
    if (!start.isZoned())
        return wall;
    auto zone = timeZone(start.timezone);
    if (!zone)
        return zone.error();
    const qint64 utc = wallToUtc(wall->date(), wall->time(), *zone);
    return QDateTime::fromSecsSinceEpoch(utc, *zone);
}

Result<qint64> MeetingTimes::startUtc(const LocalStart &start)
{
    auto wall = parseWallTime(start);
    if (!wall)
        return wall.error();
    if (!start.isZoned())
        return wall->toSecsSinceEpoch();
    auto zone = timeZone(start.timezone);
    if (!zone)
        return zone.error();
    return wallToUtc(wall->date(), wall->time(), *zone);
}

qint64 MeetingTimes::wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    return wallSecsToUtc(QDateTime(date, time, Qt::UTC).toSecsSinceEpoch(), zone);
}

qint64 MeetingTimes::wallSecsToUtc(qint64 wall, const QTimeZone &zone)
{
    const ZoneTable &table = zoneTable(zone);
    // The offsets a day before and after; at most one transition lies between them.
    const qint64 before = table.offsetAt(wall - 86400);
    const qint64 after = table.offsetAt(wall + 86400);
    if (before == after)
        return wall - before;
    const qint64 withBefore = wall - before;
    const qint64 withAfter = wall - after;
    const bool beforeValid = table.offsetAt(withBefore) == before;
    const bool afterValid = table.offsetAt(withAfter) == after;
    if (beforeValid && afterValid)
        return std::min(withBefore, withAfter); // repeated wall time: the first one
    if (afterValid)
        return withAfter;
    return withBefore; // valid before the transition, or skipped: the offset before the gap
}

QDateTime MeetingTimes::utcToWall(qint64 utcSecs, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs + offsetAt(zone, utcSecs), Qt::UTC);
}

int MeetingTimes::offsetFromUtc(qint64 utcSecs, const QTimeZone &zone)
{
    return int(offsetAt(zone, utcSecs));
}

QString MeetingTimes::formatWallTime(const QDate &date, const QTime &time, bool allDay)
{
    if (allDay)
        return QString::asprintf("%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d", date.year(), date.month(), date.day(),
                             time.hour(), time.minute(), time.second());
}

qint64 MeetingTimes::endUtc(qint64 startUtcSecs, int durationMinutes, bool allDay)
{
    if (allDay && durationMinutes <= 0)
        return startUtcSecs + 86400;
    return startUtcSecs + qint64(durationMinutes) * 60;
}

Status MeetingTimes::validateRule(const QString &rrule)
{
    auto rule = RecurrenceRule::parse(rrule);
    if (!rule)
        return rule.error();
    return Status::success();
}

Result<QStringList> MeetingTimes::parseRules(const QString &rruleLines)
{
    QStringList rules;
    const QStringList lines = rruleLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString value = line.trimmed();
        if (value.isEmpty())
            continue;
        auto rule = RecurrenceRule::parse(value);
        if (!rule)
            return rule.error();
        rules.append(rule->toString());
    }
    return rules;
}

Result<QList<QDateTime>> MeetingTimes::parseDateList(const QString &commaSeparated, const LocalStart &form)
{
    QList<QDateTime> result;
    const QStringList items = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString text = item.trimmed();
        if (text.isEmpty())
            continue;
        if (form.allDay) {
            const auto date = parseDate(text);
            if (!date)
                return Error{
                    tr("“%1” is not a valid date for an all-day series (expected YYYY-MM-DD).").arg(text)};
            result.append(QDateTime(*date, QTime(0, 0), Qt::UTC));
        } else {
            const auto wall = parseDateTime(text);
            if (!wall)
                return Error{
                    tr("“%1” is not a valid date and time for this series (expected YYYY-MM-DDTHH:MM:SS).")
                        .arg(text)};
            result.append(*wall);
        }
    }
    return result;
}

Result<SeriesBounds> MeetingTimes::seriesBounds(const LocalStart &start, int durationMinutes,
                                                const QString &rruleLines, const QString &rdates,
                                                const QString &exdates)
{
    if (durationMinutes < 0)
        return Error{tr("The duration must not be negative (it is %1 minutes).").arg(durationMinutes)};
    auto set = RecurrenceSet::create(start, rruleLines, rdates, exdates);
    if (!set)
        return set.error();
    auto dtstart = startUtc(start);
    if (!dtstart)
        return dtstart.error();

    SeriesBounds bounds;
    const auto first = set->first();
    bounds.firstStartUtc = first ? first->utc : *dtstart;
    if (set->isBounded()) {
        const auto last = set->last();
        bounds.lastEndUtc = endUtc(last ? last->utc : bounds.firstStartUtc, durationMinutes, start.allDay);
    }
    return bounds;
}

} // namespace trellis
