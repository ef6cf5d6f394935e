#include "calendar/meetingtimes.h"

#include "calendar/recurrenceset.h"

#include <QCoreApplication>
#include <QHash>

#include <libical/ical.h>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::MeetingTimes", text);
}

const QString s_dateFormat = QStringLiteral("yyyy-MM-dd");
const QString s_timeFormat = QStringLiteral("HH:mm:ss");

// Parses 'YYYY-MM-DD' (or the basic form 'YYYYMMDD').
std::optional<QDate> parseDate(const QString &text)
{
    QDate date;
    if (text.size() == 10)
        date = QDate::fromString(text, s_dateFormat);
    else if (text.size() == 8)
        date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

// Parses 'YYYY-MM-DDTHH:MM:SS' (or the basic form 'YYYYMMDDTHHMMSS') as a wall time.
std::optional<QDateTime> parseDateTime(const QString &text)
{
    QDate date;
    QTime time;
    if (text.size() == 19 && text.at(10) == QLatin1Char('T')) {
        date = QDate::fromString(text.left(10), s_dateFormat);
        time = QTime::fromString(text.mid(11), s_timeFormat);
    } else if (text.size() == 15 && text.at(8) == QLatin1Char('T')) {
        date = QDate::fromString(text.left(8), QStringLiteral("yyyyMMdd"));
        time = QTime::fromString(text.mid(9), QStringLiteral("HHmmss"));
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

qint64 offsetAt(const QTimeZone &zone, qint64 utcSecs)
{
    return zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC));
}

// Tries to parse one RRULE value with libical.
bool libicalAccepts(const QByteArray &value)
{
    icalerror_clear_errno();
    const icalrecurrencetype rule = icalrecurrencetype_from_string(value.constData());
    const bool ok = rule.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    return ok;
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
    const qint64 wall = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    // The offsets a day before and after; at most one transition lies between them.
    const qint64 before = offsetAt(zone, wall - 86400);
    const qint64 after = offsetAt(zone, wall + 86400);
    const qint64 withBefore = wall - before;
    const qint64 withAfter = wall - after;
    const bool beforeValid = offsetAt(zone, withBefore) == before;
    const bool afterValid = offsetAt(zone, withAfter) == after;
    if (beforeValid && afterValid)
        return std::min(withBefore, withAfter); // repeated wall time: the first one
    if (afterValid)
        return withAfter;
    return withBefore; // valid before the transition, or skipped: the offset before the gap
}

QDateTime MeetingTimes::utcToWall(qint64 utcSecs, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utcSecs, zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QString MeetingTimes::formatWallTime(const QDate &date, const QTime &time, bool allDay)
{
    if (allDay)
        return date.toString(s_dateFormat);
    return date.toString(s_dateFormat) + QLatin1Char('T') + time.toString(s_timeFormat);
}

qint64 MeetingTimes::endUtc(qint64 startUtcSecs, int durationMinutes, bool allDay)
{
    if (allDay && durationMinutes <= 0)
        return startUtcSecs + 86400;
    return startUtcSecs + qint64(durationMinutes) * 60;
}

Status MeetingTimes::validateRule(const QString &rrule)
{
    const QString value = rrule.trimmed();
    if (value.isEmpty())
        return Error{tr("The repeat rule is empty.")};
    if (value.startsWith(QLatin1String("RRULE"), Qt::CaseInsensitive))
        return Error{tr("The repeat rule “%1” must be given without the “RRULE:” prefix.").arg(value)};

    const QStringList parts = value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QString freq;
    bool hasCount = false;
    bool hasUntil = false;
    for (const QString &part : parts) {
        const QString name = part.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
        if (name == QLatin1String("FREQ"))
            freq = part;
        else if (name == QLatin1String("COUNT"))
            hasCount = true;
        else if (name == QLatin1String("UNTIL"))
            hasUntil = true;
        else if (name == QLatin1String("RSCALE"))
            return Error{tr("The repeat rule “%1” uses RSCALE, which Trellis does not support.").arg(value)};
    }
    if (freq.isEmpty())
        return Error{tr("The repeat rule “%1” has no FREQ (e.g. FREQ=WEEKLY).").arg(value)};
    if (hasCount && hasUntil)
        return Error{tr("The repeat rule “%1” has both COUNT and UNTIL; give only one.").arg(value)};

    if (!libicalAccepts(value.toUtf8())) {
        // Name the first part libical rejects.
        if (!libicalAccepts(freq.toUtf8()))
            return Error{tr("The repeat rule “%1” has an unknown frequency “%2”.").arg(value, freq)};
        for (const QString &part : parts) {
            if (part == freq)
                continue;
            if (!libicalAccepts((freq + QLatin1Char(';') + part).toUtf8()))
                return Error{tr("The repeat rule “%1” has an invalid part “%2”.").arg(value, part)};
        }
        return Error{tr("The repeat rule “%1” is not valid.").arg(value)};
    }

    const icalrecurrencetype rule = icalrecurrencetype_from_string(value.toUtf8().constData());
    if (rule.interval < 1)
        return Error{tr("The repeat rule “%1” has an INTERVAL below 1.").arg(value)};
    if (hasCount && rule.count < 1)
        return Error{tr("The repeat rule “%1” has a COUNT below 1.").arg(value)};
    icaltimetype probe = icaltime_null_time();
    probe.year = 2024;
    probe.month = 1;
    probe.day = 1;
    probe.hour = 10;
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, probe);
    icalerror_clear_errno();
    if (!iterator)
        return Error{tr("The repeat rule “%1” combines parts that cannot be expanded.").arg(value)};
    icalrecur_iterator_free(iterator);
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
        const Status valid = validateRule(value);
        if (!valid)
            return valid.error();
        rules.append(value);
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
