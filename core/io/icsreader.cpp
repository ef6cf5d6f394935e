#include "io/icsreader.h"

#include "calendar/recurrencerule.h"
#include "io/icsdatevalue.h"
#include "io/icszoneresolver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <libical/ical.h>

#include <algorithm>
#include <map>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::IcsReader", text);
}

QString at(int line)
{
    return tr("Line %1: ").arg(line);
}

// A DATE or DATE-TIME with what its TZID (or Z, or nothing) made of it.
struct TimeValue {
    IcsDateValue value;
    IcsTime::Kind kind = IcsTime::Kind::Floating;
    QString zone;
    int line = 0;

    IcsTime asIcsTime() const
    {
        return {kind, value.localText(), kind == IcsTime::Kind::Zoned ? zone : QString()};
    }
};

struct EventWork {
    int component = -1;
    IcsReadEvent event;
    std::vector<IcsProblem> errors;
    std::optional<TimeValue> start;
    std::optional<TimeValue> recurrenceId;
    QByteArray contentKey;
    QString rawUid;
    QString rawSummary;
};

const QStringList &knownEventProperties()
{
    static const QStringList names = {
        QStringLiteral("UID"),           QStringLiteral("DTSTAMP"),   QStringLiteral("DTSTART"),
        QStringLiteral("DTEND"),         QStringLiteral("DURATION"),  QStringLiteral("SUMMARY"),
        QStringLiteral("DESCRIPTION"),   QStringLiteral("LOCATION"),  QStringLiteral("RRULE"),
        QStringLiteral("RDATE"),         QStringLiteral("EXDATE"),    QStringLiteral("RECURRENCE-ID"),
        QStringLiteral("SEQUENCE"),      QStringLiteral("STATUS"),    QStringLiteral("CREATED"),
        QStringLiteral("LAST-MODIFIED"), QStringLiteral("CLASS"),     QStringLiteral("TRANSP"),
        QStringLiteral("PRIORITY"),      QStringLiteral("ORGANIZER"), QStringLiteral("ATTENDEE"),
        QStringLiteral("CATEGORIES"),    QStringLiteral("URL"),       QStringLiteral("GEO"),
        QStringLiteral("ATTACH"),        QStringLiteral("COMMENT"),   QStringLiteral("CONTACT"),
        QStringLiteral("RELATED-TO"),    QStringLiteral("RESOURCES"), QStringLiteral("REQUEST-STATUS"),
        QStringLiteral("EXRULE")};
    return names;
}

const QStringList &knownCalendarProperties()
{
    static const QStringList names = {QStringLiteral("VERSION"), QStringLiteral("PRODID"),
                                      QStringLiteral("CALSCALE"), QStringLiteral("METHOD")};
    return names;
}

bool isSkippedKind(const QString &kind)
{
    return kind == QLatin1String("VTODO") || kind == QLatin1String("VJOURNAL") ||
           kind == QLatin1String("VFREEBUSY");
}

qint64 utcSeconds(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone(QByteArrayLiteral("UTC"))).toSecsSinceEpoch();
}

// Seconds since the epoch of a zoned value, or of the wall-clock time read as UTC otherwise.
qint64 secondsOf(const TimeValue &t, const QString &zoneForFloating = {})
{
    const QTime time = t.value.time.value_or(QTime(0, 0));
    QString zone = t.kind == IcsTime::Kind::Zoned ? t.zone : zoneForFloating;
    if (zone.isEmpty())
        return utcSeconds(t.value.date, time);
    return QDateTime(t.value.date, time, QTimeZone(zone.toUtf8())).toSecsSinceEpoch();
}

class ReadContext {
public:
    ReadContext(const IcsReadOptions &options, IcsScan scan)
        : m_options(options)
        , m_scan(std::move(scan))
    {}

    Result<IcsReadResult> run();

private:
    void readCalendar(int root);
    void checkCalendarProperties(int root);
    void readEvent(EventWork &work, icalcomponent *event);
    void checkOtherComponent(int component);
    std::vector<const IcsContentLine *> ownLines(int component) const;
    std::optional<TimeValue> readTime(const IcsContentLine &line, const QString &text,
                                      std::vector<IcsProblem> &errors);
    std::optional<TimeValue> readSingleTime(const IcsContentLine &line, std::vector<IcsProblem> &errors);
    QString inForm(const TimeValue &value, const TimeValue &series, const QString &what);
    int durationMinutes(EventWork &work, const std::optional<TimeValue> &end,
                        const std::optional<int> &durationSeconds);
    void noteUnknownProperty(const IcsContentLine &line);
    void finish();
    void warn(int line, const QString &message) { m_result.warnings.push_back({line, message}); }

    const IcsReadOptions &m_options;
    IcsScan m_scan;
    IcsReadResult m_result;
    IcsZoneResolver m_zones;
    std::vector<EventWork> m_events;
    std::vector<IcsProblem> m_fileErrors;
    std::vector<IcsSkippedEvent> m_brokenEvents;
    std::map<QString, std::pair<int, int>> m_unknown; // name → (first line, count)
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

std::vector<const IcsContentLine *> ReadContext::ownLines(int component) const
{
    std::vector<const IcsContentLine *> lines;
    const IcsScannedComponent &c = m_scan.components[component];
    const int last = c.endIndex >= 0 ? c.endIndex - 1 : static_cast<int>(m_scan.lines.size()) - 1;
    std::size_t child = 0;
    for (int index = c.beginIndex + 1; index <= last; ++index) {
        while (child < c.children.size() && m_scan.components[c.children[child]].beginIndex < index &&
               m_scan.components[c.children[child]].endIndex >= 0 &&
               m_scan.components[c.children[child]].endIndex < index)
            ++child;
        if (child < c.children.size() && m_scan.components[c.children[child]].beginIndex == index) {
            const int end = m_scan.components[c.children[child]].endIndex;
            if (end < 0)
                break;
            index = end;
            ++child;
            continue;
        }
        lines.push_back(&m_scan.lines[index]);
    }
    return lines;
}

void ReadContext::noteUnknownProperty(const IcsContentLine &line)
{
    auto it = m_unknown.find(line.name);
    if (it == m_unknown.end())
        m_unknown.emplace(line.name, std::make_pair(line.line, 1));
    else
        ++it->second.second;
}

std::optional<TimeValue> ReadContext::readTime(const IcsContentLine &line, const QString &text,
                                               std::vector<IcsProblem> &errors)
{
    QString problem;
    std::optional<IcsDateValue> value = IcsDateValue::parse(text, &problem);
    if (!value) {
        errors.push_back({line.line, at(line.line) % tr("%1 cannot be read: %2.").arg(line.name, problem)});
        return std::nullopt;
    }
    TimeValue result;
    result.value = *value;
    result.line = line.line;
    const QString valueType = line.parameter(QStringLiteral("VALUE")).trimmed().toUpper();
    if (valueType == QLatin1String("DATE") && !value->isDate())
        warn(line.line,
             at(line.line) %
                 tr("%1 says VALUE=DATE but holds a date-time; read as the date-time it is.").arg(line.name));
    if (value->strayZ)
        warn(line.line, at(line.line) % tr("%1: the date %2 has a stray Z; read as the date %3.")
                                            .arg(line.name, text.trimmed(), value->localText()));
    else if (valueType == QLatin1String("DATE-TIME") && value->isDate())
        warn(line.line,
             at(line.line) % tr("%1 says VALUE=DATE-TIME but holds a date; read as a date.").arg(line.name));

    const bool hasTzid = line.hasParameter(QStringLiteral("TZID"));
    if (value->isDate()) {
        result.kind = IcsTime::Kind::AllDay;
        if (hasTzid && !line.parameter(QStringLiteral("TZID")).trimmed().isEmpty())
            warn(line.line, at(line.line) % tr("%1: a TZID on a date is ignored.").arg(line.name));
        return result;
    }
    if (value->utc) {
        result.kind = IcsTime::Kind::Zoned;
        result.zone = QStringLiteral("UTC");
        if (hasTzid)
            warn(line.line, at(line.line) % tr("%1 has both a TZID and Z; read as UTC.").arg(line.name));
        return result;
    }
    if (!hasTzid) {
        result.kind = IcsTime::Kind::Floating;
        return result;
    }
    const IcsZoneResolver::Resolution zone =
        m_zones.resolve(line.parameter(QStringLiteral("TZID")), value->date.year());
    if (!zone.warning.isEmpty())
        warn(line.line, at(line.line) % zone.warning % QLatin1Char('.'));
    if (zone.floating) {
        result.kind = IcsTime::Kind::Floating;
    } else {
        result.kind = IcsTime::Kind::Zoned;
        result.zone = zone.ianaId;
    }
    return result;
}

std::optional<TimeValue> ReadContext::readSingleTime(const IcsContentLine &line,
                                                     std::vector<IcsProblem> &errors)
{
    if (!line.hasValue()) {
        const bool quote = line.text.contains(QLatin1Char('"'));
        errors.push_back(
            {line.line,
             at(line.line) % (quote ? tr("%1 has no value: a quoted parameter runs to the end of the "
                                         "line (misplaced closing quote?).")
                                    : tr("%1 has no value."))
                                 .arg(line.name)});
        return std::nullopt;
    }
    if (line.value().trimmed().isEmpty()) {
        errors.push_back({line.line, at(line.line) % tr("%1 is empty.").arg(line.name)});
        return std::nullopt;
    }
    return readTime(line, line.value(), errors);
}

// `value` in the form of the series start `series` (zone, floating or all-day), as stored in
// rdates/exdates/recurrence_id. Differences in type are matched by day, with a warning.
QString ReadContext::inForm(const TimeValue &value, const TimeValue &series, const QString &what)
{
    switch (series.kind) {
    case IcsTime::Kind::AllDay:
        if (value.kind != IcsTime::Kind::AllDay)
            warn(value.line,
                 at(value.line) %
                     tr("%1 is a date-time but the series is all-day; matched by day.").arg(what));
        return value.value.date.toString(Qt::ISODate);
    case IcsTime::Kind::Floating: {
        if (value.kind == IcsTime::Kind::AllDay) {
            warn(value.line,
                 at(value.line) % tr("%1 is a date but the series has a time; matched by day.").arg(what));
            IcsDateValue v = value.value;
            v.time = series.value.time;
            return v.localText();
        }
        if (value.kind == IcsTime::Kind::Zoned)
            warn(value.line,
                 at(value.line) %
                     tr("%1 has a time zone but the series is floating; its wall-clock time is used.")
                         .arg(what));
        return value.value.localText();
    }
    case IcsTime::Kind::Zoned:
        break;
    }
    if (value.kind == IcsTime::Kind::AllDay) {
        warn(value.line,
             at(value.line) % tr("%1 is a date but the series has a time; matched by day.").arg(what));
        IcsDateValue v = value.value;
        v.time = series.value.time;
        return v.localText();
    }
    if (value.kind == IcsTime::Kind::Floating || value.zone == series.zone)
        return value.value.localText();
    const QTime time = value.value.time.value_or(QTime(0, 0));
    const QDateTime converted = QDateTime(value.value.date, time, QTimeZone(value.zone.toUtf8()))
                                    .toTimeZone(QTimeZone(series.zone.toUtf8()));
    IcsDateValue v;
    v.date = converted.date();
    v.time = converted.time();
    return v.localText();
}

int ReadContext::durationMinutes(EventWork &work, const std::optional<TimeValue> &end,
                                 const std::optional<int> &durationSeconds)
{
    const TimeValue &start = *work.start;
    qint64 seconds = 0;
    if (durationSeconds) {
        seconds = *durationSeconds;
    } else if (end) {
        if (start.kind == IcsTime::Kind::AllDay) {
            if (end->kind != IcsTime::Kind::AllDay)
                warn(end->line,
                     at(end->line) % tr("DTEND has a time but DTSTART is a date; matched by day."));
            seconds = qint64(start.value.date.daysTo(end->value.date)) * 86400;
            if (seconds <= 0) {
                warn(end->line, at(end->line) % tr("DTEND is not after DTSTART; the event lasts one day."));
                seconds = 86400;
            }
        } else {
            if (end->kind == IcsTime::Kind::AllDay)
                warn(end->line,
                     at(end->line) % tr("DTEND is a date but DTSTART has a time; read as midnight."));
            const QString zone = start.kind == IcsTime::Kind::Zoned ? start.zone : QString();
            const qint64 startSecs = secondsOf(start);
            const qint64 endSecs = start.kind == IcsTime::Kind::Floating
                                       ? utcSeconds(end->value.date, end->value.time.value_or(QTime(0, 0)))
                                       : secondsOf(*end, zone);
            seconds = endSecs - startSecs;
            if (seconds < 0) {
                warn(end->line,
                     at(end->line) % tr("DTEND is before DTSTART; the event is read as lasting no time."));
                seconds = 0;
            }
        }
    } else if (start.kind == IcsTime::Kind::AllDay) {
        seconds = 86400;
    }
    if (seconds < 0) {
        warn(work.event.line,
             at(work.event.line) % tr("negative DURATION; the event is read as lasting no time."));
        seconds = 0;
    }
    return static_cast<int>((seconds + 30) / 60);
}

void ReadContext::readEvent(EventWork &work, icalcomponent *event)
{
    const IcsScannedComponent &component = m_scan.components[work.component];
    const int beginLine = component.beginLine(m_scan.lines);
    work.event.line = beginLine;
    std::vector<IcsProblem> &errors = work.errors;

    std::vector<const IcsContentLine *> dtstarts, dtends, durations, recurrenceIds;
    std::optional<TimeValue> end;
    std::optional<int> durationSeconds;
    std::vector<const IcsContentLine *> lines = ownLines(work.component);
    static const QStringList keyNames = {QStringLiteral("DTSTART"),  QStringLiteral("DTEND"),
                                         QStringLiteral("DURATION"), QStringLiteral("SUMMARY"),
                                         QStringLiteral("LOCATION"), QStringLiteral("DESCRIPTION"),
                                         QStringLiteral("RRULE"),    QStringLiteral("RDATE"),
                                         QStringLiteral("EXDATE"),   QStringLiteral("RECURRENCE-ID")};
    for (const IcsContentLine *line : lines) {
        if (line->dropped)
            continue;
        if (keyNames.contains(line->name))
            work.contentKey += line->text.toUtf8() + '\n';
        if (line->name == QLatin1String("UID"))
            work.rawUid = line->value();
        else if (line->name == QLatin1String("SUMMARY"))
            work.rawSummary = line->value();
        else if (line->name == QLatin1String("DTSTART"))
            dtstarts.push_back(line);
        else if (line->name == QLatin1String("DTEND"))
            dtends.push_back(line);
        else if (line->name == QLatin1String("DURATION"))
            durations.push_back(line);
        else if (line->name == QLatin1String("RECURRENCE-ID"))
            recurrenceIds.push_back(line);
        else if (line->name == QLatin1String("EXRULE"))
            warn(line->line, at(line->line) % tr("EXRULE (deprecated) ignored."));
        else if (!knownEventProperties().contains(line->name))
            noteUnknownProperty(*line);
        if ((line->name == QLatin1String("SUMMARY") || line->name == QLatin1String("DESCRIPTION") ||
             line->name == QLatin1String("LOCATION")) &&
            line->value().contains(QLatin1String("\\N")))
            warn(line->line,
                 at(line->line) % tr("upper-case \\N in %1 read as a line break.").arg(line->name));
    }

    if (dtstarts.empty()) {
        errors.push_back({beginLine, at(beginLine) % tr("the event has no DTSTART.")});
    } else {
        if (dtstarts.size() > 1)
            warn(dtstarts[1]->line, at(dtstarts[1]->line) % tr("a second DTSTART ignored."));
        work.start = readSingleTime(*dtstarts.front(), errors);
    }
    if (!dtends.empty())
        end = readSingleTime(*dtends.front(), errors);
    if (!durations.empty()) {
        const IcsContentLine &line = *durations.front();
        const QByteArray text = line.value().trimmed().toUtf8();
        const icaldurationtype duration = icaldurationtype_from_string(text.constData());
        if (text.isEmpty() || icaldurationtype_is_bad_duration(duration))
            errors.push_back(
                {line.line, at(line.line) % tr("DURATION \"%1\" cannot be read.").arg(line.value())});
        else if (!end)
            durationSeconds = icaldurationtype_as_int(duration);
        else
            warn(line.line, at(line.line) % tr("the event has both DTEND and DURATION; DTEND is used."));
    }
    if (!recurrenceIds.empty()) {
        const IcsContentLine &line = *recurrenceIds.front();
        work.recurrenceId = readSingleTime(line, errors);
        if (line.parameter(QStringLiteral("RANGE")).toUpper() == QLatin1String("THISANDFUTURE"))
            warn(line.line, at(line.line) % tr("RANGE=THISANDFUTURE is read as this occurrence only."));
    }

    // Recurrence: RRULE checked and kept in RecurrenceRule's spelling, RDATE/EXDATE in the start's form.
    for (const IcsContentLine *line : lines) {
        if (line->name == QLatin1String("RRULE")) {
            if (!line->hasValue() || line->value().trimmed().isEmpty()) {
                errors.push_back({line->line, at(line->line) % tr("RRULE is empty.")});
            } else if (auto rule = RecurrenceRule::parse(line->value()); !rule) {
                // RecurrenceRule checks what libical accepts silently (impossible UNTIL dates,
                // out-of-range BYxxx values, COUNT with UNTIL).
                const QString problem =
                    RecurrenceRule::problemIn(line->value()).value_or(rule.errorMessage());
                errors.push_back(
                    {line->line,
                     at(line->line) % tr("RRULE \"%1\" cannot be read: %2.").arg(line->value(), problem)});
            } else {
                work.event.rrules.append(rule->toString());
            }
            continue;
        }
        const bool rdate = line->name == QLatin1String("RDATE");
        if (!rdate && line->name != QLatin1String("EXDATE"))
            continue;
        if (!line->hasValue() || line->value().trimmed().isEmpty()) {
            errors.push_back({line->line, at(line->line) % tr("%1 is empty.").arg(line->name)});
            continue;
        }
        const QStringList values = line->value().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString text : values) {
            if (rdate && text.contains(QLatin1Char('/'))) {
                warn(line->line, at(line->line) % tr("RDATE period read as its start."));
                text = text.section(QLatin1Char('/'), 0, 0);
            }
            const std::optional<TimeValue> value = readTime(*line, text, errors);
            if (!value || !work.start)
                continue;
            const QString converted = inForm(*value, *work.start, line->name);
            (rdate ? work.event.rdates : work.event.exdates).append(converted);
        }
    }

    if (work.start) {
        work.event.start = work.start->asIcsTime();
        work.event.durationMinutes = durationMinutes(work, end, durationSeconds);
    }

    // Text and the rest from libical.
    if (const char *uid = icalcomponent_get_uid(event))
        work.event.uid = QString::fromUtf8(uid).trimmed();
    if (const char *summary = icalcomponent_get_summary(event))
        work.event.summary = QString::fromUtf8(summary);
    if (const char *description = icalcomponent_get_description(event))
        work.event.description = QString::fromUtf8(description);
    if (const char *location = icalcomponent_get_location(event))
        work.event.location = QString::fromUtf8(location);
    if (icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY)) {
        const int sequence = icalcomponent_get_sequence(event);
        work.event.sequence = std::max(0, sequence);
    }
    if (icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY)) {
        switch (icalcomponent_get_status(event)) {
        case ICAL_STATUS_TENTATIVE:
            work.event.status = IcsEventStatus::Tentative;
            break;
        case ICAL_STATUS_CONFIRMED:
            work.event.status = IcsEventStatus::Confirmed;
            break;
        case ICAL_STATUS_CANCELLED:
            work.event.status = IcsEventStatus::Cancelled;
            break;
        default:
            break;
        }
    }

    // Reminder: the first VALARM's TRIGGER, as minutes before the start.
    icalcomponent *alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
    icalproperty *trigger = alarm ? icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY) : nullptr;
    if (trigger && work.start) {
        const icaltriggertype value = icalproperty_get_trigger(trigger);
        if (!icaltime_is_null_time(value.time)) {
            const icaltimetype t = value.time;
            TimeValue absolute;
            absolute.value.date = QDate(t.year, t.month, t.day);
            absolute.value.time = QTime(t.hour, t.minute, t.second);
            absolute.kind = icaltime_is_utc(t) ? IcsTime::Kind::Zoned : IcsTime::Kind::Floating;
            absolute.zone = icaltime_is_utc(t) ? QStringLiteral("UTC") : QString();
            if (absolute.value.date.isValid() && absolute.value.time->isValid()) {
                const QString zone = work.start->kind == IcsTime::Kind::Zoned ? work.start->zone : QString();
                const qint64 before = secondsOf(*work.start) - secondsOf(absolute, zone);
                if (before >= 0)
                    work.event.reminderMinutes = static_cast<int>(before / 60);
            }
        } else {
            qint64 offset = icaldurationtype_as_int(value.duration);
            icalparameter *related = icalproperty_get_first_parameter(trigger, ICAL_RELATED_PARAMETER);
            if (related && icalparameter_get_related(related) == ICAL_RELATED_END)
                offset += qint64(work.event.durationMinutes) * 60;
            if (offset <= 0)
                work.event.reminderMinutes = static_cast<int>(-offset / 60);
        }
    }
}

void ReadContext::checkOtherComponent(int component)
{
    const IcsScannedComponent &c = m_scan.components[component];
    const int line = c.beginLine(m_scan.lines);
    if (c.kind == QLatin1String("VTIMEZONE")) {
        bool hasTzid = false;
        for (const IcsContentLine *l : ownLines(component))
            hasTzid = hasTzid || (l->name == QLatin1String("TZID") && !l->dropped);
        if (!hasTzid)
            warn(line, at(line) % tr("a VTIMEZONE without TZID ignored."));
        return;
    }
    if (!isSkippedKind(c.kind)) {
        warn(line, at(line) % tr("%1 skipped: Trellis does not read this component.").arg(c.kind));
        return;
    }
    warn(line, at(line) % tr("%1 skipped: Trellis imports events only.").arg(c.kind));
    // Its dates are still checked: nonsense dates mean a damaged file.
    static const QStringList timeNames = {QStringLiteral("DTSTART"), QStringLiteral("DTEND"),
                                          QStringLiteral("DUE"), QStringLiteral("RECURRENCE-ID")};
    std::vector<IcsProblem> errors;
    for (const IcsContentLine *l : ownLines(component)) {
        if (!timeNames.contains(l->name) || !l->hasValue() || l->value().trimmed().isEmpty())
            continue;
        QString problem;
        if (!IcsDateValue::parse(l->value(), &problem))
            errors.push_back({l->line, at(l->line) % tr("%1 cannot be read: %2 (in a %3 at line %4).")
                                                         .arg(l->name, problem, c.kind)
                                                         .arg(line)});
    }
    if (!errors.empty()) {
        m_result.skipped.push_back({line, QString(), QString(), errors});
        m_fileErrors.insert(m_fileErrors.end(), errors.begin(), errors.end());
    }
}

void ReadContext::checkCalendarProperties(int root)
{
    const int line = m_scan.components[root].beginLine(m_scan.lines);
    bool version = false;
    bool prodid = false;
    for (const IcsContentLine *l : ownLines(root)) {
        if (l->dropped)
            continue;
        if (l->name == QLatin1String("VERSION")) {
            version = true;
            if (l->value().trimmed() != QLatin1String("2.0"))
                warn(l->line, at(l->line) % tr("VERSION %1 read as 2.0.").arg(l->value().trimmed()));
        } else if (l->name == QLatin1String("PRODID")) {
            prodid = true;
        } else if (!knownCalendarProperties().contains(l->name)) {
            noteUnknownProperty(*l);
        }
    }
    if (!version)
        warn(line, at(line) % tr("the VCALENDAR has no VERSION; read as 2.0."));
    if (!prodid)
        warn(line, at(line) % tr("the VCALENDAR has no PRODID."));
}

void ReadContext::readCalendar(int root)
{
    checkCalendarProperties(root);
    const IcsScannedComponent &calendar = m_scan.components[root];
    std::vector<bool> skip(m_scan.components.size(), false);
    std::vector<int> eventComponents;
    for (int child : calendar.children) {
        const IcsScannedComponent &c = m_scan.components[child];
        if (c.kind == QLatin1String("VEVENT") && c.complete()) {
            eventComponents.push_back(child);
            continue;
        }
        if (c.kind == QLatin1String("VEVENT")) {
            skip[child] = true;
            IcsSkippedEvent skipped;
            skipped.line = c.beginLine(m_scan.lines);
            for (const IcsContentLine *l : ownLines(child)) {
                if (l->name == QLatin1String("UID"))
                    skipped.uid = l->value();
                if (l->name == QLatin1String("SUMMARY"))
                    skipped.summary = l->value();
            }
            skipped.problems.push_back(
                {skipped.line,
                 at(skipped.line) % tr("the event is incomplete: its BEGIN and END do not pair up.")});
            m_brokenEvents.push_back(skipped);
            continue;
        }
        if (c.kind == QLatin1String("VTIMEZONE") && c.complete()) {
            checkOtherComponent(child);
            continue;
        }
        skip[child] = true;
        if (c.complete())
            checkOtherComponent(child);
    }

    // libical reads the calendar's own lines and VTIMEZONEs once, then the events in batches
    // (with the same header), so its memory does not grow with the number of events.
    const int line = calendar.beginLine(m_scan.lines);
    QByteArray header;
    std::vector<bool> headerSkip = skip;
    for (int event : eventComponents)
        headerSkip[event] = true;
    IcsLineScanner::appendComponentText(m_scan, root, headerSkip, header, true);
    {
        const QByteArray text = header + "END:VCALENDAR\r\n";
        icalcomponent *parsed = icalparser_parse_string(text.constData());
        if (!parsed || icalcomponent_isa(parsed) != ICAL_VCALENDAR_COMPONENT) {
            m_fileErrors.push_back(
                {line, at(line) % tr("libical cannot read the VCALENDAR that begins here.")});
            if (parsed)
                icalcomponent_free(parsed);
            return;
        }
        m_zones.setCalendar(parsed);
        icalcomponent_free(parsed);
    }

    constexpr std::size_t batchSize = 500;
    for (std::size_t first = 0; first < eventComponents.size() && !m_cancelled; first += batchSize) {
        const std::size_t end = std::min(first + batchSize, eventComponents.size());
        QByteArray text = header;
        for (std::size_t i = first; i < end; ++i)
            IcsLineScanner::appendComponentText(m_scan, eventComponents[i], skip, text);
        text += "END:VCALENDAR\r\n";
        icalcomponent *parsed = icalparser_parse_string(text.constData());
        if (!parsed || icalcomponent_isa(parsed) != ICAL_VCALENDAR_COMPONENT) {
            const int eventLine = m_scan.components[eventComponents[first]].beginLine(m_scan.lines);
            m_fileErrors.push_back(
                {eventLine, at(eventLine) % tr("libical cannot read the events from here on.")});
            if (parsed)
                icalcomponent_free(parsed);
            return;
        }
        std::size_t next = first;
        for (icalcomponent *event = icalcomponent_get_first_component(parsed, ICAL_VEVENT_COMPONENT);
             event && next < end; event = icalcomponent_get_next_component(parsed, ICAL_VEVENT_COMPONENT)) {
            EventWork work;
            work.component = eventComponents[next++];
            readEvent(work, event);
            m_events.push_back(std::move(work));
            ++m_done;
            if (m_options.progress)
                m_options.progress(m_done, m_total);
            if (m_options.cancel && m_options.cancel->load()) {
                m_cancelled = true;
                break;
            }
        }
        icalcomponent_free(parsed);
        if (!m_cancelled && next != end) {
            const int eventLine = m_scan.components[eventComponents[next]].beginLine(m_scan.lines);
            m_fileErrors.push_back({eventLine, at(eventLine) % tr("libical cannot read this event.")});
            return;
        }
    }
}

void ReadContext::finish()
{
    // Derived UIDs: a hash of what the event says, numbered when the same content repeats.
    QHash<QByteArray, int> seen;
    for (EventWork &work : m_events) {
        if (!work.event.uid.isEmpty())
            continue;
        const QByteArray hash = QCryptographicHash::hash(work.contentKey, QCryptographicHash::Sha1).toHex();
        const int n = ++seen[hash];
        work.event.uid =
            QStringLiteral("trellis-import-%1%2@derived")
                .arg(QString::fromLatin1(hash), n > 1 ? QStringLiteral("-%1").arg(n) : QString());
        work.event.uidDerived = true;
        warn(work.event.line,
             at(work.event.line) %
                 tr("the event has no UID; %1 derived from its content.").arg(work.event.uid));
    }

    // Overrides: RECURRENCE-ID in the form of their series (which may come later in the file).
    QHash<QString, const EventWork *> masters;
    for (const EventWork &work : m_events) {
        if (!work.recurrenceId && work.start && work.errors.empty() && !masters.contains(work.event.uid))
            masters.insert(work.event.uid, &work);
    }
    for (EventWork &work : m_events) {
        if (!work.recurrenceId)
            continue;
        const EventWork *master = masters.value(work.event.uid, nullptr);
        if (master) {
            work.event.seriesInFile = true;
            const TimeValue &series = *master->start;
            IcsTime id;
            id.kind = series.kind;
            id.zone = series.kind == IcsTime::Kind::Zoned ? series.zone : QString();
            id.local = inForm(*work.recurrenceId, series, QStringLiteral("RECURRENCE-ID"));
            work.event.recurrenceId = id;
        } else {
            work.event.recurrenceId = work.recurrenceId->asIcsTime();
        }
    }

    // The same UID + RECURRENCE-ID twice: the higher SEQUENCE wins, the first on a tie.
    QHash<QString, std::size_t> identity;
    std::vector<bool> duplicate(m_events.size(), false);
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const IcsReadEvent &e = m_events[i].event;
        if (!m_events[i].errors.empty())
            continue;
        const QString key = e.uid + QLatin1Char('\n') + (e.recurrenceId ? e.recurrenceId->local : QString());
        auto it = identity.find(key);
        if (it == identity.end()) {
            identity.insert(key, i);
            continue;
        }
        const std::size_t kept = e.sequence > m_events[*it].event.sequence ? i : *it;
        const std::size_t dropped = kept == i ? *it : i;
        duplicate[dropped] = true;
        *it = kept;
        warn(m_events[dropped].event.line,
             at(m_events[dropped].event.line) %
                 tr("another event with the same UID and RECURRENCE-ID (line %1) is used instead.")
                     .arg(m_events[kept].event.line));
    }

    std::vector<IcsProblem> errors = m_fileErrors;
    std::vector<IcsProblem> structural = m_scan.errors;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        EventWork &work = m_events[i];
        if (!work.errors.empty()) {
            errors.insert(errors.end(), work.errors.begin(), work.errors.end());
            m_result.skipped.push_back({work.event.line, work.rawUid, work.rawSummary, work.errors});
            continue;
        }
        if (!duplicate[i])
            m_result.events.push_back(std::move(work.event));
    }
    for (const IcsSkippedEvent &broken : m_brokenEvents)
        m_result.skipped.push_back(broken);
    errors.insert(errors.end(), structural.begin(), structural.end());
    std::stable_sort(errors.begin(), errors.end(),
                     [](const IcsProblem &a, const IcsProblem &b) { return a.line < b.line; });
    std::stable_sort(m_result.skipped.begin(), m_result.skipped.end(),
                     [](const IcsSkippedEvent &a, const IcsSkippedEvent &b) { return a.line < b.line; });
    m_result.errors = errors;

    for (const auto &[name, where] : m_unknown) {
        const QString message =
            where.second > 1
                ? QCoreApplication::translate("trellis::IcsReader",
                                              "property %1 ignored (here and on %n more line(s)).", nullptr,
                                              where.second - 1)
                      .arg(name)
                : tr("property %1 ignored.").arg(name);
        warn(where.first, at(where.first) % message);
    }
    std::stable_sort(m_result.warnings.begin(), m_result.warnings.end(),
                     [](const IcsProblem &a, const IcsProblem &b) { return a.line < b.line; });

    if (m_scan.notICalendar || (!m_options.skipInvalid && !errors.empty())) {
        m_result.refused = true;
        m_result.events.clear();
        if (m_scan.notICalendar)
            m_result.skipped.clear();
    } else if (m_result.events.empty()) {
        warn(1, at(1) % tr("the file holds no events; nothing to import."));
    }
}

Result<IcsReadResult> ReadContext::run()
{
    m_result.warnings = m_scan.warnings;
    if (!m_scan.notICalendar) {
        for (int root : m_scan.roots) {
            for (int child : m_scan.components[root].children) {
                if (m_scan.components[child].kind == QLatin1String("VEVENT"))
                    ++m_total;
            }
        }
        for (int root : m_scan.roots) {
            readCalendar(root);
            if (m_cancelled)
                return Error{tr("Reading the calendar file was cancelled.")};
        }
    }
    finish();
    return std::move(m_result);
}

QString joinProblems(const std::vector<IcsProblem> &problems)
{
    QStringList lines;
    for (const IcsProblem &p : problems)
        lines.append(p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString IcsReadResult::errorText() const
{
    return joinProblems(errors);
}

QString IcsReadResult::warningText() const
{
    return joinProblems(warnings);
}

IcsReader::IcsReader(IcsReadOptions options)
    : m_options(std::move(options))
{}

Result<IcsReadResult> IcsReader::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(path, file.errorString())};
    return readData(file.readAll());
}

Result<IcsReadResult> IcsReader::readData(const QByteArray &data) const
{
    IcsScan scan = IcsLineScanner::scan(data, m_options.cancel);
    if (scan.cancelled)
        return Error{tr("Reading the calendar file was cancelled.")};
    ReadContext context(m_options, std::move(scan));
    return context.run();
}

} // namespace trellis
