#pragma once

#include "util/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace trellis {

// A meeting's start as the meeting table stores it (ARCHITECTURE.md, meetings contract):
// wall-clock text plus an IANA zone, or floating wall-clock text, or an all-day date.
// An override's recurrence_id uses the same form as its series, so
// LocalStart{recurrenceId, series.timezone, series.floating, series.allDay} describes it too.
struct LocalStart {
    QString text;     // 'YYYY-MM-DDTHH:MM:SS', or 'YYYY-MM-DD' when allDay
    QString timezone; // IANA id; empty when floating or allDay
    bool floating = false;
    bool allDay = false;

    bool isZoned() const { return !floating && !allDay; }
};

// The UTC span a series can touch: the values of range_start_utc / range_end_utc.
struct SeriesBounds {
    qint64 firstStartUtc = 0;
    std::optional<qint64> lastEndUtc; // std::nullopt when a rule has neither COUNT nor UNTIL
};

// Pure conversions between the stored form of meeting times and UTC instants
// (Unix seconds). Floating and all-day times are converted with UTC as their zone,
// as the schema says. Wall times that fall into a DST gap or overlap follow
// RFC 5545 §3.3.5: a skipped time uses the offset before the gap (02:30 becomes
// 03:30 summer time); a repeated time means its first occurrence.
class MeetingTimes {
public:
    // The zone for an IANA id, or an error naming it.
    [[nodiscard]] static Result<QTimeZone> timeZone(const QString &ianaId);

    // The wall-clock date and time a stored start names (no zone applied).
    [[nodiscard]] static Result<QDateTime> parseWallTime(const LocalStart &start);

    // The stored start as a QDateTime in its zone; floating and all-day starts come back
    // as a Qt::UTC QDateTime showing the same wall time.
    [[nodiscard]] static Result<QDateTime> localDateTime(const LocalStart &start);

    // The stored start as a UTC instant (Unix seconds): the value of start_utc
    // (and of recurrence_id_utc for an override's recurrence_id in its series' form).
    [[nodiscard]] static Result<qint64> startUtc(const LocalStart &start);

    // A wall time in a zone as a UTC instant, with the RFC 5545 gap/overlap rules above.
    static qint64 wallToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);
    // The same for a wall time given as seconds since 1970-01-01T00:00 read as UTC.
    static qint64 wallSecsToUtc(qint64 wallSecs, const QTimeZone &zone);
    // A UTC instant as the wall time in a zone (returned as a Qt::UTC QDateTime showing that wall time).
    static QDateTime utcToWall(qint64 utcSecs, const QTimeZone &zone);

    // The zone's UTC offset (seconds) at an instant (cached per zone; fast).
    static int offsetFromUtc(qint64 utcSecs, const QTimeZone &zone);

    // The stored text for a wall time: 'YYYY-MM-DDTHH:MM:SS', or 'YYYY-MM-DD' when allDay.
    static QString formatWallTime(const QDate &date, const QTime &time, bool allDay);

    // An end instant: start + duration; an all-day meeting with duration 0 lasts one day.
    static qint64 endUtc(qint64 startUtcSecs, int durationMinutes, bool allDay);

    // Validates one RRULE value (without the "RRULE:" prefix), e.g. "FREQ=WEEKLY;BYDAY=TU"
    // (RecurrenceRule::parse, for callers that need only the verdict).
    [[nodiscard]] static Status validateRule(const QString &rrule);

    // Splits the stored rrule column (one RRULE value per line), validating each line; the rules in
    // RecurrenceRule's spelling.
    [[nodiscard]] static Result<QStringList> parseRules(const QString &rruleLines);

    // Parses a stored rdates/exdates column (comma-separated, in the form of `form`):
    // the wall times it names. Also accepts the iCalendar basic form (20240305T100000).
    [[nodiscard]] static Result<QList<QDateTime>> parseDateList(const QString &commaSeparated,
                                                                const LocalStart &form);

    // The bounds of a series: its first start (after EXDATEs) and, when every RRULE has
    // COUNT or UNTIL, the end of its last occurrence (RDATEs included).
    [[nodiscard]] static Result<SeriesBounds> seriesBounds(const LocalStart &start, int durationMinutes,
                                                           const QString &rruleLines, const QString &rdates,
                                                           const QString &exdates);
};

} // namespace trellis
