#include "calendar/recurrencerule.h"

#include <QCoreApplication>
#include <QStringList>

#include <libical/ical.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <variant>

namespace trellis {

struct RecurrenceRule::Data {
    icalrecurrencetype rule;
    QString text;
};

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RecurrenceRule", text);
}

const char *const s_weekdayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// Qt::DayOfWeek (1 = Monday) ⇄ libical's weekday (ICAL_SUNDAY_WEEKDAY = 1).
icalrecurrencetype_weekday toIcalWeekday(int dayOfWeek)
{
    return icalrecurrencetype_weekday(dayOfWeek % 7 + 1);
}

Qt::DayOfWeek fromIcalWeekday(icalrecurrencetype_weekday weekday)
{
    const int value = int(weekday);
    return Qt::DayOfWeek(value == 1 ? 7 : value - 1);
}

// libical encodes a BYDAY item as sign(position) * (|position| * 8 + weekday).
short encodeDay(const RecurrenceRule::WeekdayNum &day)
{
    const int weekday = int(toIcalWeekday(day.weekday));
    const int magnitude = std::abs(day.position) * 8 + weekday;
    return short(day.position < 0 ? -magnitude : magnitude);
}

std::optional<int> weekdayIndex(QStringView code)
{
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1String(s_weekdayCodes[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

// Digits only (RFC 5545: 1*DIGIT), with an optional sign when `signedValue`.
std::optional<qint64> number(QStringView text, bool signedValue)
{
    qsizetype start = 0;
    if (signedValue && !text.isEmpty() && (text.front() == u'+' || text.front() == u'-'))
        start = 1;
    if (text.size() <= start || text.size() - start > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return text.front() == u'-' ? -value : value;
}

// An UNTIL value checked strictly: libical reads "20241341" or "20240101T256000Z" without
// complaint and then iterates with a nonsense end.
std::optional<RecurrenceRule::Until> untilFromText(QStringView text)
{
    const qsizetype size = text.size();
    if (size != 8 && size != 15 && size != 16)
        return std::nullopt;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool digit = c >= u'0' && c <= u'9';
        if ((i == 8 && c != u'T') || (i == 15 && c != u'Z') || (i != 8 && i != 15 && !digit))
            return std::nullopt;
    }
    const auto part = [&](qsizetype from, qsizetype length) { return text.mid(from, length).toInt(); };
    const QDate date(part(0, 4), part(4, 2), part(6, 2));
    if (!date.isValid() || date.year() < 1)
        return std::nullopt;
    if (size == 8)
        return RecurrenceRule::Until::date(date);
    const QTime time(part(9, 2), part(11, 2), part(13, 2));
    if (!time.isValid())
        return std::nullopt;
    const QDateTime wall(date, time, Qt::UTC);
    if (size == 16)
        return RecurrenceRule::Until::utc(wall.toSecsSinceEpoch());
    return RecurrenceRule::Until::floating(wall);
}

icaltimetype toIcal(const RecurrenceRule::Until &until)
{
    const QDate date = until.value.date();
    const QTime time = until.value.time();
    icaltimetype t = icaltime_null_time();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    switch (until.form) {
    case RecurrenceRule::Until::Form::Date:
        t.is_date = 1;
        break;
    case RecurrenceRule::Until::Form::Utc:
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
        t.zone = icaltimezone_get_utc_timezone();
        break;
    case RecurrenceRule::Until::Form::Floating:
        t.hour = time.hour();
        t.minute = time.minute();
        t.second = time.second();
        break;
    }
    return t;
}

RecurrenceRule::Until fromIcal(const icaltimetype &t)
{
    const QDate date(t.year, t.month, t.day);
    if (t.is_date)
        return RecurrenceRule::Until::date(date);
    const QDateTime wall(date, QTime(t.hour, t.minute, t.second), Qt::UTC);
    if (icaltime_is_utc(t))
        return RecurrenceRule::Until::utc(wall.toSecsSinceEpoch());
    return RecurrenceRule::Until::floating(wall);
}

QString serialised(icalrecurrencetype rule)
{
    char *text = icalrecurrencetype_as_string_r(&rule);
    icalerror_clear_errno();
    const QString result = QString::fromUtf8(text ? text : "");
    icalmemory_free_buffer(text);
    return result;
}

struct RulePart {
    QString name; // upper case
    QString value;
};

// What a BYxxx list may hold: its values' range (and negatives, when allowed).
struct ListSpec {
    const char *name;
    int min;
    int max;
    bool negative;
};

// BYSECOND stops at 59: RFC 5545 allows 60 (a leap second), but libical loops forever on it.
// Negative BYWEEKNO values are valid RFC 5545, but libical 3.0 expands them a week off or
// crashes; they are refused rather than read wrongly.
const ListSpec s_lists[] = {
    {"BYSECOND", 0, 59, false},  {"BYMINUTE", 0, 59, false},  {"BYHOUR", 0, 23, false},
    {"BYMONTHDAY", 1, 31, true}, {"BYYEARDAY", 1, 366, true}, {"BYWEEKNO", 1, 53, false},
    {"BYMONTH", 1, 12, false},   {"BYSETPOS", 1, 366, true},
};

const ListSpec *listSpec(const QString &name)
{
    for (const ListSpec &spec : s_lists) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

bool isKnownPart(const QString &name)
{
    static const QStringList names = {QStringLiteral("FREQ"),  QStringLiteral("UNTIL"),
                                      QStringLiteral("COUNT"), QStringLiteral("INTERVAL"),
                                      QStringLiteral("BYDAY"), QStringLiteral("WKST")};
    return names.contains(name) || listSpec(name) != nullptr;
}

std::optional<QString> checkList(const RulePart &part, const ListSpec &spec)
{
    const QString whole = part.name % QLatin1Char('=') % part.value;
    const QStringList items = part.value.split(QLatin1Char(','));
    for (const QString &item : items) {
        const auto value = number(item, true);
        if (!value)
            return tr("%1: “%2” is not a number").arg(whole, item);
        if (*value < 0 && qstrcmp(spec.name, "BYWEEKNO") == 0)
            return tr("%1: negative week numbers are not supported").arg(whole);
        const qint64 magnitude = std::abs(*value);
        const bool inRange = magnitude >= spec.min && magnitude <= spec.max && (*value >= 0 || spec.negative);
        if (inRange && !(spec.negative && *value == 0))
            continue;
        if (spec.negative)
            return tr("%1: %2 is not between %3 and %4 (or -%4 and -%3)")
                .arg(whole, item)
                .arg(spec.min)
                .arg(spec.max);
        return tr("%1: %2 is not between %3 and %4").arg(whole, item).arg(spec.min).arg(spec.max);
    }
    return std::nullopt;
}

std::optional<QString> checkByDay(const RulePart &part, const QString &frequency)
{
    const QString whole = part.name % QLatin1Char('=') % part.value;
    const QStringList items = part.value.split(QLatin1Char(','));
    for (const QString &item : items) {
        const auto weekday = item.size() >= 2 ? weekdayIndex(QStringView(item).right(2)) : std::nullopt;
        const QStringView prefix = QStringView(item).left(item.size() - 2);
        const auto position = prefix.isEmpty() ? std::optional<qint64>(0) : number(prefix, true);
        if (!weekday || !position)
            return tr("%1: “%2” is not a weekday (MO, TU, WE, TH, FR, SA or SU, numbered as in 2TU or -1FR "
                      "in monthly and yearly rules)")
                .arg(whole, item);
        if (*position == 0 && !prefix.isEmpty())
            return tr("%1: “%2” has position 0 (give 1 to %3, or -1 to -%3)")
                .arg(whole, item)
                .arg(frequency == QLatin1String("MONTHLY") ? 5 : 53);
        if (*position == 0)
            continue;
        // RFC 5545: a numbered BYDAY only in MONTHLY and YEARLY rules (libical expands it wrongly otherwise).
        if (frequency != QLatin1String("MONTHLY") && frequency != QLatin1String("YEARLY"))
            return tr("%1: a numbered weekday (%2) needs FREQ=MONTHLY or FREQ=YEARLY").arg(whole, item);
        const int limit = frequency == QLatin1String("MONTHLY") ? 5 : 53;
        if (std::abs(*position) > limit)
            return tr("%1: %2 is not between 1 and %3 (or -%3 and -1)")
                .arg(whole, QString::number(*position))
                .arg(limit);
    }
    return std::nullopt;
}

// Splits and checks the text: every part NAME=VALUE, known, given once, with a readable value.
// On success `parts` holds the parts in order (names in upper case).
std::optional<QString> checkParts(const QString &value, QList<RulePart> &parts)
{
    static const QStringList frequencies = {QStringLiteral("SECONDLY"), QStringLiteral("MINUTELY"),
                                            QStringLiteral("HOURLY"),   QStringLiteral("DAILY"),
                                            QStringLiteral("WEEKLY"),   QStringLiteral("MONTHLY"),
                                            QStringLiteral("YEARLY")};
    if (value.startsWith(QLatin1String("RRULE"), Qt::CaseInsensitive))
        return tr("give it without the “RRULE:” prefix");
    for (const QString &piece : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString text = piece.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return tr("“%1” is not NAME=VALUE").arg(text);
        RulePart part{text.left(eq).trimmed().toUpper(), text.mid(eq + 1).trimmed()};
        if (part.name == QLatin1String("RSCALE") || part.name == QLatin1String("SKIP"))
            return tr("it uses %1 (RFC 7529 calendars), which Trellis does not support").arg(part.name);
        if (!isKnownPart(part.name))
            return tr("unknown part “%1”").arg(text);
        for (const RulePart &earlier : std::as_const(parts)) {
            if (earlier.name == part.name)
                return tr("%1 is given more than once").arg(part.name);
        }
        if (part.value.isEmpty())
            return tr("%1 has no value").arg(part.name);
        parts.append(part);
    }

    QString frequency;
    const RulePart *count = nullptr;
    const RulePart *until = nullptr;
    for (const RulePart &part : std::as_const(parts)) {
        if (part.name == QLatin1String("FREQ"))
            frequency = part.value.toUpper();
        else if (part.name == QLatin1String("COUNT"))
            count = &part;
        else if (part.name == QLatin1String("UNTIL"))
            until = &part;
    }
    if (frequency.isEmpty())
        return tr("it has no FREQ (e.g. FREQ=WEEKLY)");
    if (!frequencies.contains(frequency))
        return tr("FREQ=%1 is not a frequency (DAILY, WEEKLY, MONTHLY, YEARLY…)").arg(frequency);
    if (count && until)
        return tr("it has both COUNT and UNTIL; give only one");

    for (const RulePart &part : std::as_const(parts)) {
        if (part.name == QLatin1String("COUNT") || part.name == QLatin1String("INTERVAL")) {
            const auto n = number(part.value, false);
            if (!n || *n < 1)
                return tr("%1=%2 is not a positive number").arg(part.name, part.value);
            // libical keeps INTERVAL in a short.
            const qint64 limit = part.name == QLatin1String("INTERVAL") ? SHRT_MAX : INT_MAX;
            if (*n > limit)
                return tr("%1=%2 is too large (at most %3)").arg(part.name, part.value).arg(limit);
        } else if (part.name == QLatin1String("UNTIL")) {
            if (!untilFromText(part.value.toUpper()))
                return tr("UNTIL=%1 is not a real date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS, with Z for "
                          "UTC)")
                    .arg(part.value);
        } else if (part.name == QLatin1String("WKST")) {
            if (!weekdayIndex(part.value) || part.value.size() != 2)
                return tr("WKST=%1 is not a weekday (MO…SU)").arg(part.value);
        } else if (part.name == QLatin1String("BYDAY")) {
            if (auto problem = checkByDay(part, frequency))
                return problem;
        } else if (const ListSpec *spec = listSpec(part.name)) {
            if (auto problem = checkList(part, *spec))
                return problem;
        }
    }

    // RFC 5545 §3.3.10 forbids these combinations; libical expands them to nothing or wrongly.
    const auto has = [&](const char *name) {
        return std::any_of(parts.cbegin(), parts.cend(),
                           [&](const RulePart &part) { return part.name == QLatin1String(name); });
    };
    if (has("BYWEEKNO") && frequency != QLatin1String("YEARLY"))
        return tr("BYWEEKNO needs FREQ=YEARLY");
    if (has("BYYEARDAY") && (frequency == QLatin1String("DAILY") || frequency == QLatin1String("WEEKLY") ||
                             frequency == QLatin1String("MONTHLY")))
        return tr("BYYEARDAY cannot be used with FREQ=%1").arg(frequency);
    if (has("BYMONTHDAY") && frequency == QLatin1String("WEEKLY"))
        return tr("BYMONTHDAY cannot be used with FREQ=WEEKLY");
    return std::nullopt;
}

// The text checked and parsed, or what is wrong with it.
std::variant<std::shared_ptr<RecurrenceRule::Data>, QString> parseText(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return tr("it is empty");
    QList<RulePart> parts;
    if (auto problem = checkParts(value, parts))
        return *problem;

    // Names and values are case-insensitive (RFC 5545 §3.1): stored in upper case.
    QStringList cleaned;
    for (const RulePart &part : std::as_const(parts))
        cleaned.append(part.name % QLatin1Char('=') % part.value.toUpper());
    auto data = std::make_shared<RecurrenceRule::Data>();
    data->text = cleaned.join(QLatin1Char(';'));
    icalerror_clear_errno();
    data->rule = icalrecurrencetype_from_string(data->text.toUtf8().constData());
    const bool read = data->rule.freq != ICAL_NO_RECURRENCE && icalerrno == ICAL_NO_ERROR;
    icalerror_clear_errno();
    if (!read)
        return tr("libical cannot read it");

    // Some rules pass every check above and still cannot be expanded (BYMONTH=2;BYMONTHDAY=30).
    icaltimetype probe = icaltime_null_time();
    probe.year = 2024;
    probe.month = 1;
    probe.day = 1;
    probe.hour = 10;
    icalrecur_iterator *iterator = icalrecur_iterator_new(data->rule, probe);
    icalerror_clear_errno();
    if (!iterator)
        return tr("it combines parts that cannot be expanded");
    icalrecur_iterator_free(iterator);
    return data;
}

} // namespace

RecurrenceRule::Until RecurrenceRule::Until::date(const QDate &day)
{
    return Until{Form::Date, QDateTime(day, QTime(0, 0), Qt::UTC)};
}

RecurrenceRule::Until RecurrenceRule::Until::utc(qint64 utcSecs)
{
    return Until{Form::Utc, QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC)};
}

RecurrenceRule::Until RecurrenceRule::Until::floating(const QDateTime &wall)
{
    return Until{Form::Floating, QDateTime(wall.date(), wall.time(), Qt::UTC)};
}

RecurrenceRule::Until RecurrenceRule::Until::forStart(const LocalStart &start, qint64 utcSecs,
                                                      const QDateTime &wall)
{
    if (start.allDay)
        return date(wall.date());
    if (start.floating)
        return floating(wall);
    return utc(utcSecs);
}

RecurrenceRule::RecurrenceRule(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

Result<RecurrenceRule> RecurrenceRule::parse(const QString &text)
{
    auto parsed = parseText(text);
    if (auto *problem = std::get_if<QString>(&parsed)) {
        if (text.trimmed().isEmpty())
            return Error{tr("The repeat rule is empty.")};
        return Error{tr("The repeat rule “%1” cannot be read: %2.").arg(text.trimmed(), *problem)};
    }
    return RecurrenceRule(std::get<std::shared_ptr<Data>>(std::move(parsed)));
}

std::optional<QString> RecurrenceRule::problemIn(const QString &text)
{
    auto parsed = parseText(text);
    if (auto *problem = std::get_if<QString>(&parsed))
        return *problem;
    return std::nullopt;
}

RecurrenceRule RecurrenceRule::create(Frequency frequency)
{
    auto data = std::make_shared<Data>();
    icalrecurrencetype_clear(&data->rule);
    data->rule.freq = icalrecurrencetype_frequency(int(ICAL_SECONDLY_RECURRENCE) + int(frequency));
    data->rule.week_start = ICAL_MONDAY_WEEKDAY; // the RFC 5545 default, as the parser sets it
    data->text = serialised(data->rule);
    return RecurrenceRule(std::move(data));
}

QString RecurrenceRule::toString() const
{
    return m_data->text;
}

const icalrecurrencetype &RecurrenceRule::libicalRule() const
{
    return m_data->rule;
}

RecurrenceRule::Frequency RecurrenceRule::frequency() const
{
    return Frequency(int(m_data->rule.freq) - int(ICAL_SECONDLY_RECURRENCE));
}

int RecurrenceRule::interval() const
{
    return m_data->rule.interval;
}

std::optional<int> RecurrenceRule::count() const
{
    if (m_data->rule.count > 0)
        return m_data->rule.count;
    return std::nullopt;
}

std::optional<RecurrenceRule::Until> RecurrenceRule::until() const
{
    if (icaltime_is_null_time(m_data->rule.until))
        return std::nullopt;
    return fromIcal(m_data->rule.until);
}

bool RecurrenceRule::isBounded() const
{
    return count() || until();
}

QList<RecurrenceRule::WeekdayNum> RecurrenceRule::byDay() const
{
    QList<WeekdayNum> days;
    for (int i = 0; i < ICAL_BY_DAY_SIZE && m_data->rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
        const short day = m_data->rule.by_day[i];
        days.append(
            {fromIcalWeekday(icalrecurrencetype_day_day_of_week(day)), icalrecurrencetype_day_position(day)});
    }
    return days;
}

namespace {

// A modified copy: the rule rewritten by libical.
template <typename Change>
std::shared_ptr<RecurrenceRule::Data> changed(const RecurrenceRule::Data &from, Change change)
{
    auto data = std::make_shared<RecurrenceRule::Data>(from);
    change(data->rule);
    data->text = serialised(data->rule);
    return data;
}

} // namespace

RecurrenceRule RecurrenceRule::withInterval(int interval) const
{
    return RecurrenceRule(
        changed(*m_data, [&](icalrecurrencetype &rule) { rule.interval = short(interval); }));
}

RecurrenceRule RecurrenceRule::withCount(int count) const
{
    return RecurrenceRule(changed(*m_data, [&](icalrecurrencetype &rule) {
        rule.until = icaltime_null_time();
        rule.count = count;
    }));
}

RecurrenceRule RecurrenceRule::withUntil(const Until &until) const
{
    return RecurrenceRule(changed(*m_data, [&](icalrecurrencetype &rule) {
        rule.count = 0;
        rule.until = toIcal(until);
    }));
}

RecurrenceRule RecurrenceRule::withoutEnd() const
{
    return RecurrenceRule(changed(*m_data, [&](icalrecurrencetype &rule) {
        rule.count = 0;
        rule.until = icaltime_null_time();
    }));
}

RecurrenceRule RecurrenceRule::withByDay(const QList<WeekdayNum> &days) const
{
    return RecurrenceRule(changed(*m_data, [&](icalrecurrencetype &rule) {
        // In the week's order from WKST, as libical's parser sorts them (so the text reads back the same).
        QList<WeekdayNum> sorted = days;
        const int weekStart =
            rule.week_start == ICAL_NO_WEEKDAY ? int(ICAL_MONDAY_WEEKDAY) : int(rule.week_start);
        const auto offset = [&](const WeekdayNum &day) {
            return (int(toIcalWeekday(day.weekday)) - weekStart + 7) % 7;
        };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&](const WeekdayNum &a, const WeekdayNum &b) { return offset(a) < offset(b); });
        int i = 0;
        for (; i < sorted.size() && i < ICAL_BY_DAY_SIZE; ++i)
            rule.by_day[i] = encodeDay(sorted.at(i));
        if (i < ICAL_BY_DAY_SIZE)
            rule.by_day[i] = ICAL_RECURRENCE_ARRAY_MAX;
    }));
}

RecurrenceRule RecurrenceRule::withWeekdaysShifted(int days) const
{
    const int shift = ((days % 7) + 7) % 7;
    QList<WeekdayNum> weekdays = byDay();
    if (shift == 0 || weekdays.isEmpty())
        return *this;
    for (WeekdayNum &day : weekdays)
        day.weekday = Qt::DayOfWeek((int(day.weekday) - 1 + shift) % 7 + 1);
    return withByDay(weekdays);
}

RecurrenceRule RecurrenceRule::withUntilShifted(qint64 seconds, int days) const
{
    auto end = until();
    if (!end || (seconds == 0 && days == 0))
        return *this;
    if (end->form == Until::Form::Date)
        end->value = end->value.addDays(days);
    else
        end->value = end->value.addSecs(seconds);
    return withUntil(*end);
}

bool RecurrenceRule::sameAs(const RecurrenceRule &other) const
{
    return serialised(m_data->rule) == serialised(other.m_data->rule);
}

} // namespace trellis
