#include "calendar/recurrenceset.h"

#include "calendar/recurrencerule.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <libical/ical.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace trellis {

namespace {

constexpr qint64 s_day = 86400;
// A guard against rules that produce far more instances than a calendar can show.
constexpr int s_maxIterations = 200000;

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::RecurrenceSet", text);
}

qint64 wallSecs(const QDateTime &wall)
{
    return wall.toSecsSinceEpoch();
}

icaltimetype toIcal(qint64 wall, bool isDate)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(wall, Qt::UTC);
    icaltimetype t = icaltime_null_time();
    t.year = dt.date().year();
    t.month = dt.date().month();
    t.day = dt.date().day();
    if (isDate) {
        t.is_date = 1;
    } else {
        t.hour = dt.time().hour();
        t.minute = dt.time().minute();
        t.second = dt.time().second();
    }
    return t;
}

qint64 fromIcal(const icaltimetype &t)
{
    const QTime time = t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second);
    return QDateTime(QDate(t.year, t.month, t.day), time, Qt::UTC).toSecsSinceEpoch();
}

// Validated, parsed rules by text: many series share a handful of rules, and validation
// (which builds a libical iterator) is costly. Per thread, bounded.
Result<RecurrenceRule> parsedRule(const QString &text)
{
    thread_local QHash<QString, RecurrenceRule> cache;
    if (const auto found = cache.constFind(text); found != cache.constEnd())
        return *found;
    auto rule = RecurrenceRule::parse(text);
    if (!rule)
        return rule.error();
    if (cache.size() > 4096)
        cache.clear();
    cache.insert(text, *rule);
    return rule;
}

struct IteratorDeleter {
    void operator()(icalrecur_iterator *iterator) const { icalrecur_iterator_free(iterator); }
};
using IteratorPtr = std::unique_ptr<icalrecur_iterator, IteratorDeleter>;

} // namespace

struct RecurrenceSet::Data {
    struct Rule {
        icalrecurrencetype rule;
        bool hasCount = false;
        std::optional<qint64> untilWall;
    };

    LocalStart start;
    QTimeZone zone; // valid only for zoned series
    qint64 dtstartWall = 0;
    bool isDate = false;
    std::vector<Rule> rules;
    std::vector<qint64> rdates; // sorted wall times
    QSet<qint64> exdates;       // wall times

    qint64 toUtc(qint64 wall) const
    {
        if (!start.isZoned())
            return wall;
        return MeetingTimes::wallSecsToUtc(wall, zone);
    }

    qint64 toWall(qint64 utc) const
    {
        if (!start.isZoned())
            return utc;
        return utc + MeetingTimes::offsetFromUtc(utc, zone);
    }

    Instance instance(qint64 wall) const
    {
        return Instance{QDateTime::fromSecsSinceEpoch(wall, Qt::UTC), toUtc(wall)};
    }

    IteratorPtr iterator(const Rule &rule, std::optional<qint64> startWall = std::nullopt) const
    {
        IteratorPtr it(icalrecur_iterator_new(rule.rule, toIcal(dtstartWall, isDate)));
        icalerror_clear_errno();
        if (it && startWall && !rule.hasCount && *startWall > dtstartWall) {
            // set_start cannot be used with COUNT; on failure the iterator still starts at DTSTART.
            icalrecur_iterator_set_start(it.get(), toIcal(*startWall, isDate));
            icalerror_clear_errno();
        }
        return it;
    }

    // Calls visit(wall) for each instance of a rule from startWall (or DTSTART) on,
    // until visit returns false or the rule ends.
    template <typename Visit>
    void forEach(const Rule &rule, std::optional<qint64> startWall, Visit visit) const
    {
        IteratorPtr it = iterator(rule, startWall);
        if (!it)
            return;
        for (int i = 0; i < s_maxIterations; ++i) {
            const icaltimetype t = icalrecur_iterator_next(it.get());
            if (icaltime_is_null_time(t))
                break;
            if (!visit(fromIcal(t)))
                break;
        }
        icalerror_clear_errno();
    }
};

RecurrenceSet::RecurrenceSet(std::shared_ptr<const Data> data)
    : m_data(std::move(data))
{}

Result<RecurrenceSet> RecurrenceSet::create(const LocalStart &start, const QString &rruleLines,
                                            const QString &rdates, const QString &exdates)
{
    QList<RecurrenceRule> rules;
    const QStringList lines = rruleLines.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        auto parsed = parsedRule(text);
        if (!parsed)
            return parsed.error();
        rules.append(*parsed);
    }
    return create(start, rules, rdates, exdates);
}

Result<RecurrenceSet> RecurrenceSet::create(const LocalStart &start, const QList<RecurrenceRule> &rules,
                                            const QString &rdates, const QString &exdates)
{
    auto data = std::make_shared<Data>();
    data->start = start;
    data->isDate = start.allDay;
    auto wall = MeetingTimes::parseWallTime(start);
    if (!wall)
        return wall.error();
    data->dtstartWall = wallSecs(*wall);
    if (start.isZoned()) {
        auto zone = MeetingTimes::timeZone(start.timezone);
        if (!zone)
            return zone.error();
        data->zone = *zone;
    }

    for (const RecurrenceRule &recurrence : rules) {
        Data::Rule rule;
        rule.rule = recurrence.libicalRule();
        rule.hasCount = recurrence.count().has_value();
        if (const auto until = recurrence.until()) {
            // Bring UNTIL into the series' wall-clock frame, where libical iterates.
            qint64 untilWall = wallSecs(until->value);
            switch (until->form) {
            case RecurrenceRule::Until::Form::Date:
                untilWall += data->isDate ? 0 : s_day - 1;
                break;
            case RecurrenceRule::Until::Form::Utc:
                untilWall = data->toWall(untilWall);
                break;
            case RecurrenceRule::Until::Form::Floating:
                break;
            }
            if (data->isDate)
                untilWall -= untilWall % s_day + (untilWall % s_day < 0 ? s_day : 0);
            rule.untilWall = untilWall;
            rule.rule.until = toIcal(untilWall, data->isDate);
        }
        data->rules.push_back(rule);
    }

    auto rdateList = MeetingTimes::parseDateList(rdates, start);
    if (!rdateList)
        return Error{tr("RDATE: %1").arg(rdateList.errorMessage())};
    for (const QDateTime &rdate : std::as_const(*rdateList))
        data->rdates.push_back(wallSecs(rdate));
    std::sort(data->rdates.begin(), data->rdates.end());
    data->rdates.erase(std::unique(data->rdates.begin(), data->rdates.end()), data->rdates.end());

    auto exdateList = MeetingTimes::parseDateList(exdates, start);
    if (!exdateList)
        return Error{tr("EXDATE: %1").arg(exdateList.errorMessage())};
    for (const QDateTime &exdate : std::as_const(*exdateList))
        data->exdates.insert(wallSecs(exdate));

    if (data->rules.empty() && data->rdates.empty())
        return Error{tr("A series needs at least one repeat rule or extra date.")};
    return RecurrenceSet(std::move(data));
}

const LocalStart &RecurrenceSet::start() const
{
    return m_data->start;
}

QList<RecurrenceSet::Instance> RecurrenceSet::between(qint64 fromUtc, qint64 toUtc) const
{
    const Data &d = *m_data;
    if (toUtc <= fromUtc)
        return {};
    // Wall-clock bounds with a day's margin for zone offsets; filtered by UTC below.
    const qint64 wallFrom = d.toWall(fromUtc) - 2 * s_day;
    const qint64 wallTo = d.toWall(toUtc) + 2 * s_day;

    std::vector<qint64> walls;
    for (const Data::Rule &rule : d.rules) {
        if (rule.untilWall && *rule.untilWall < wallFrom)
            continue;
        d.forEach(rule, wallFrom, [&](qint64 wall) {
            if (wall > wallTo)
                return false;
            if (wall >= wallFrom)
                walls.push_back(wall);
            return true;
        });
    }
    for (qint64 rdate : d.rdates) {
        if (rdate >= wallFrom && rdate <= wallTo)
            walls.push_back(rdate);
    }
    std::sort(walls.begin(), walls.end());
    walls.erase(std::unique(walls.begin(), walls.end()), walls.end());

    QList<Instance> result;
    for (qint64 wall : walls) {
        if (d.exdates.contains(wall))
            continue;
        Instance instance = d.instance(wall);
        if (instance.utc >= fromUtc && instance.utc < toUtc)
            result.append(std::move(instance));
    }
    return result;
}

std::optional<RecurrenceSet::Instance> RecurrenceSet::first() const
{
    const Data &d = *m_data;
    std::optional<qint64> best;
    for (const Data::Rule &rule : d.rules) {
        d.forEach(rule, std::nullopt, [&](qint64 wall) {
            if (best && wall >= *best)
                return false;
            if (d.exdates.contains(wall))
                return true;
            best = wall;
            return false;
        });
    }
    for (qint64 rdate : d.rdates) {
        if (!d.exdates.contains(rdate) && (!best || rdate < *best)) {
            best = rdate;
            break;
        }
    }
    if (!best)
        return std::nullopt;
    return d.instance(*best);
}

bool RecurrenceSet::isBounded() const
{
    return std::all_of(m_data->rules.begin(), m_data->rules.end(),
                       [](const Data::Rule &rule) { return rule.hasCount || rule.untilWall.has_value(); });
}

std::optional<RecurrenceSet::Instance> RecurrenceSet::last() const
{
    if (!isBounded())
        return std::nullopt;
    const Data &d = *m_data;
    std::optional<qint64> best;
    for (const Data::Rule &rule : d.rules) {
        std::optional<qint64> lastOfRule;
        auto visit = [&](qint64 wall) {
            if (!d.exdates.contains(wall))
                lastOfRule = wall;
            return true;
        };
        if (!rule.hasCount && rule.untilWall) {
            // Only the tail before UNTIL matters; fall back to the whole rule if the tail is empty.
            d.forEach(rule, *rule.untilWall - 400 * s_day, visit);
        }
        if (!lastOfRule)
            d.forEach(rule, std::nullopt, visit);
        if (lastOfRule && (!best || *lastOfRule > *best))
            best = lastOfRule;
    }
    for (auto it = d.rdates.rbegin(); it != d.rdates.rend(); ++it) {
        if (!d.exdates.contains(*it)) {
            if (!best || *it > *best)
                best = *it;
            break;
        }
    }
    if (!best)
        return std::nullopt;
    return d.instance(*best);
}

QString RecurrenceSet::recurrenceIdText(const Instance &instance) const
{
    return MeetingTimes::formatWallTime(instance.wall.date(), instance.wall.time(), m_data->isDate);
}

} // namespace trellis
