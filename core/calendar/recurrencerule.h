#pragma once

#include "calendar/meetingtimes.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

struct icalrecurrencetype;

namespace trellis {

// One RRULE value ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20250630T215959Z"), parsed by libical and
// checked more strictly than libical does (it silently accepts impossible UNTIL dates,
// out-of-range BYxxx values and parts RFC 5545 forbids together, and then expands them
// wrongly or not at all). The only place Trellis reads or writes rule text: callers change a
// rule through the modifiers below, never by editing the string.
//
// An immutable value, cheap to copy. toString() gives the text as parsed (parts trimmed,
// empty ones dropped) while the rule is unchanged, so a stored rule keeps its spelling; a
// modified rule is written by libical (FREQ first, then UNTIL or COUNT, INTERVAL, BYxxx, WKST).
class RecurrenceRule {
public:
    enum class Frequency { Secondly, Minutely, Hourly, Daily, Weekly, Monthly, Yearly };

    // One BYDAY item: a weekday and, in MONTHLY and YEARLY rules, its position in the period
    // (2 = the second, -1 = the last; 0 = every such weekday).
    struct WeekdayNum {
        Qt::DayOfWeek weekday = Qt::Monday;
        int position = 0;
        friend bool operator==(const WeekdayNum &, const WeekdayNum &) = default;
    };

    // An UNTIL value. ICALENDAR.md rule 10: a DATE when DTSTART is a DATE, a UTC date-time
    // (written with Z) when DTSTART has a zone, a local date-time when DTSTART is floating.
    struct Until {
        enum class Form { Date, Utc, Floating };
        Form form = Form::Utc;
        // A Qt::UTC QDateTime: the instant (Utc), the wall time (Floating) or the day at 00:00 (Date).
        QDateTime value;

        static Until date(const QDate &day);
        static Until utc(qint64 utcSecs);
        static Until floating(const QDateTime &wall);
        // The form rule 10 asks for a series starting in `start`'s form, for its last instant
        // `utc` whose wall time (in the series' zone) is `wall`.
        static Until forStart(const LocalStart &start, qint64 utc, const QDateTime &wall);

        friend bool operator==(const Until &, const Until &) = default;
    };

    // Parses one RRULE value (without the "RRULE:" prefix). The error names the rule and what is
    // wrong with it ("The repeat rule “FREQ=WEEKLY;COUNT=2;UNTIL=20240401” cannot be read: it has
    // both COUNT and UNTIL; give only one.").
    [[nodiscard]] static Result<RecurrenceRule> parse(const QString &text);
    // The same check, giving only what is wrong as a clause ("it has both COUNT and UNTIL; give
    // only one"), for callers that name the rule themselves (an .ics line); nothing when valid.
    static std::optional<QString> problemIn(const QString &text);

    // A rule with only FREQ (every period, no end), to build on with the modifiers.
    static RecurrenceRule create(Frequency frequency);

    QString toString() const;

    Frequency frequency() const;
    int interval() const;               // 1 when not given
    std::optional<int> count() const;   // COUNT
    std::optional<Until> until() const; // UNTIL
    bool isBounded() const;             // COUNT or UNTIL given
    QList<WeekdayNum> byDay() const;    // BYDAY, in the rule's order

    [[nodiscard]] RecurrenceRule withInterval(int interval) const;
    // COUNT instead of any COUNT or UNTIL.
    [[nodiscard]] RecurrenceRule withCount(int count) const;
    // UNTIL instead of any COUNT or UNTIL.
    [[nodiscard]] RecurrenceRule withUntil(const Until &until) const;
    // Neither COUNT nor UNTIL: the rule never ends.
    [[nodiscard]] RecurrenceRule withoutEnd() const;
    [[nodiscard]] RecurrenceRule withByDay(const QList<WeekdayNum> &days) const;
    // BYDAY weekdays moved by `days`, positions kept (an occurrence moved from Tuesday to
    // Wednesday moves a weekly rule's TU to WE). Unchanged when there is no BYDAY.
    [[nodiscard]] RecurrenceRule withWeekdaysShifted(int days) const;
    // UNTIL moved along with the series' start, so its last occurrence stays: a date-time by
    // `seconds`, a DATE by `days`. Unchanged when there is no UNTIL.
    [[nodiscard]] RecurrenceRule withUntilShifted(qint64 seconds, int days) const;

    // Same rule (libical's reading of both texts is equal), whatever the spelling.
    bool sameAs(const RecurrenceRule &other) const;

    struct Data;

private:
    friend class RecurrenceSet;
    explicit RecurrenceRule(std::shared_ptr<const Data> data);
    // libical's parsed form, for the expansion in RecurrenceSet.
    const icalrecurrencetype &libicalRule() const;

    std::shared_ptr<const Data> m_data;
};

} // namespace trellis
