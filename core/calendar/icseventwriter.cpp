#include "calendar/icseventwriter.h"

#include "calendar/recurrencerule.h"
#include "calendar/vtimezonewriter.h"

#include <QCoreApplication>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("IcsEventWriter", text);
}

struct ComponentDeleter {
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray takeString(char *text)
{
    QByteArray result(text);
    free(text);
    return result;
}

bool isUtcForm(const IcsEventTime &t)
{
    return t.form == IcsEventTime::Form::Zoned && VtimezoneWriter::isUtc(t.timeZone);
}

bool needsTzid(const IcsEventTime &t)
{
    return t.form == IcsEventTime::Form::Zoned && !VtimezoneWriter::isUtc(t.timeZone);
}

icaltimetype toIcal(const IcsEventTime &t)
{
    icaltimetype v = icaltime_null_time();
    v.year = t.date.year();
    v.month = t.date.month();
    v.day = t.date.day();
    if (t.form == IcsEventTime::Form::Date) {
        v.is_date = 1;
    } else {
        v.hour = t.time.hour();
        v.minute = t.time.minute();
        v.second = t.time.second();
        if (isUtcForm(t))
            v.zone = icaltimezone_get_utc_timezone();
    }
    return v;
}

const icaltimezone *zoneOf(const IcsEventTime &t)
{
    if (isUtcForm(t))
        return icaltimezone_get_utc_timezone();
    const QByteArray id = t.timeZone.toUtf8();
    return icaltimezone_get_builtin_timezone(id.constData());
}

// Gives a property the TZID parameter of its time (plain IANA name; none for UTC).
icalproperty *withTzid(icalproperty *p, const IcsEventTime &t)
{
    if (needsTzid(t)) {
        const QByteArray id = t.timeZone.toUtf8();
        icalproperty_add_parameter(p, icalparameter_new_tzid(id.constData()));
    }
    return p;
}

icaltimetype utcStamp(const QDateTime &when)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(when.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

Status checkTime(const IcsEventTime &t, const char *what)
{
    if (!t.date.isValid() || (t.form != IcsEventTime::Form::Date && !t.time.isValid()))
        return Error{tr("The %1 is not a valid date or time.").arg(QLatin1String(what))};
    if (t.form == IcsEventTime::Form::Zoned && !VtimezoneWriter::isKnown(t.timeZone))
        return Error{tr("The %1 uses the unknown time zone \"%2\".").arg(QLatin1String(what), t.timeZone)};
    return {};
}

// The end: exclusive next day(s) for all-day, wall clock for floating, elapsed time otherwise.
icaltimetype endOf(const IcsEventTime &start, int durationMinutes)
{
    icaltimetype begin = toIcal(start);
    switch (start.form) {
    case IcsEventTime::Form::Date: {
        const int days = std::max(1, (durationMinutes + 1439) / 1440);
        icaldurationtype d = icaldurationtype_null_duration();
        d.days = static_cast<unsigned int>(days);
        return icaltime_add(begin, d);
    }
    case IcsEventTime::Form::Floating:
        return icaltime_add(begin, icaldurationtype_from_int(durationMinutes * 60));
    case IcsEventTime::Form::Zoned:
        break;
    }
    const icaltimezone *zone = zoneOf(start);
    const time_t at = icaltime_as_timet_with_zone(begin, zone) + static_cast<time_t>(durationMinutes) * 60;
    icaltimetype end = icaltime_from_timet_with_zone(at, 0, zone);
    end.zone = isUtcForm(start) ? icaltimezone_get_utc_timezone() : nullptr;
    return end;
}

// Whether every occurrence falls at DTSTART's wall-clock time, at most once a day.
bool endsOnWholeDays(const icalrecurrencetype &rule)
{
    const bool daily = rule.freq == ICAL_DAILY_RECURRENCE || rule.freq == ICAL_WEEKLY_RECURRENCE ||
                       rule.freq == ICAL_MONTHLY_RECURRENCE || rule.freq == ICAL_YEARLY_RECURRENCE;
    return daily && rule.by_hour[0] == ICAL_RECURRENCE_ARRAY_MAX &&
           rule.by_minute[0] == ICAL_RECURRENCE_ARRAY_MAX && rule.by_second[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

// The UNTIL of a zoned rule whose occurrences fall once a day at DTSTART's time, moved to the
// end (23:59:59, in UTC) of the last local day with an occurrence, as Google Calendar writes it.
// Equivalent for such rules, and robust against readers that compare UNTIL with occurrences
// computed at DTSTART's UTC offset across a DST switch (dateutil with pytz).
icaltimetype endOfLastDay(icaltimetype until, const IcsEventTime &start)
{
    const icaltimezone *zone = zoneOf(start);
    if (icaltime_is_utc(until))
        until = icaltime_convert_to_zone(until, const_cast<icaltimezone *>(zone));
    if (!until.is_date) {
        const QTime time(until.hour, until.minute, until.second);
        if (time < start.time) {
            icaldurationtype back = icaldurationtype_null_duration();
            back.is_neg = 1;
            back.days = 1;
            until = icaltime_add(until, back);
        }
    }
    until.is_date = 0;
    until.hour = 23;
    until.minute = 59;
    until.second = 59;
    until.zone = nullptr;
    const time_t at = icaltime_as_timet_with_zone(until, zone);
    return icaltime_from_timet_with_zone(at, 0, icaltimezone_get_utc_timezone());
}

// RRULE with UNTIL in the form RFC 5545 asks for DTSTART's form (rule 10).
Result<icalrecurrencetype> ruleFor(const QString &text, const IcsEventTime &start)
{
    // RecurrenceRule checks what libical accepts silently and gives the text libical reads as meant.
    auto parsed = RecurrenceRule::parse(text);
    if (!parsed)
        return parsed.error();
    const QByteArray utf8 = parsed->toString().toUtf8();
    icalrecurrencetype rule = icalrecurrencetype_from_string(utf8.constData());
    icalerror_clear_errno();
    if (rule.freq == ICAL_NO_RECURRENCE)
        return Error{tr("The recurrence rule \"%1\" cannot be read.").arg(text)};
    icaltimetype until = rule.until;
    if (icaltime_is_null_time(until))
        return rule;
    switch (start.form) {
    case IcsEventTime::Form::Date:
        until.is_date = 1;
        until.hour = until.minute = until.second = 0;
        until.zone = nullptr;
        break;
    case IcsEventTime::Form::Floating:
        if (until.is_date) {
            until.is_date = 0;
            until.hour = 23;
            until.minute = 59;
            until.second = 59;
        }
        until.zone = nullptr;
        break;
    case IcsEventTime::Form::Zoned:
        if (!isUtcForm(start) && endsOnWholeDays(rule)) {
            until = endOfLastDay(until, start);
            break;
        }
        if (!icaltime_is_utc(until)) {
            if (until.is_date) {
                until.is_date = 0;
                until.hour = 23;
                until.minute = 59;
                until.second = 59;
            }
            const time_t at = icaltime_as_timet_with_zone(until, zoneOf(start));
            until = icaltime_from_timet_with_zone(at, 0, icaltimezone_get_utc_timezone());
        }
        break;
    }
    rule.until = until;
    return rule;
}

icalproperty_status statusOf(IcsEvent::Status status)
{
    switch (status) {
    case IcsEvent::Status::Tentative:
        return ICAL_STATUS_TENTATIVE;
    case IcsEvent::Status::Cancelled:
        return ICAL_STATUS_CANCELLED;
    case IcsEvent::Status::Confirmed:
        break;
    }
    return ICAL_STATUS_CONFIRMED;
}

QByteArray textValue(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text.toUtf8();
}

icalproperty *personProperty(bool organizer, const IcsEvent::Person &person)
{
    const QByteArray address = QByteArray("mailto:") + person.email.trimmed().toUtf8();
    icalproperty *p = organizer ? icalproperty_new_organizer(address.constData())
                                : icalproperty_new_attendee(address.constData());
    if (!person.name.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(textValue(person.name).constData()));
    if (!organizer) {
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(p, icalparameter_new_cutype(ICAL_CUTYPE_INDIVIDUAL));
    }
    return p;
}

} // namespace

IcsEventWriter::IcsEventWriter(const QDateTime &dtstamp)
    : m_dtstamp(dtstamp.toUTC())
{}

QString IcsEventWriter::productId()
{
    return QStringLiteral("-//Trellis//Trellis %1//EN").arg(QLatin1String(TRELLIS_VERSION));
}

QByteArray IcsEventWriter::calendarBegin()
{
    QByteArray text("BEGIN:VCALENDAR\r\n");
    const QByteArray prodId = productId().toUtf8();
    for (icalproperty *p :
         {icalproperty_new_prodid(prodId.constData()), icalproperty_new_version("2.0"),
          icalproperty_new_calscale("GREGORIAN"), icalproperty_new_method(ICAL_METHOD_PUBLISH)}) {
        text += takeString(icalproperty_as_ical_string_r(p));
        icalproperty_free(p);
    }
    return text;
}

QByteArray IcsEventWriter::calendarEnd()
{
    return QByteArray("END:VCALENDAR\r\n");
}

Result<QByteArray> IcsEventWriter::write(const IcsEvent &event) const
{
    if (event.uid.trimmed().isEmpty())
        return Error{tr("The event has no UID.")};
    if (Status ok = checkTime(event.start, "start"); !ok)
        return ok.error();
    if (event.recurrenceId) {
        if (Status ok = checkTime(*event.recurrenceId, "original start (RECURRENCE-ID)"); !ok)
            return ok.error();
    }
    for (const auto *list : {&event.rdates, &event.exdates}) {
        for (const IcsEventTime &t : *list) {
            if (Status ok =
                    checkTime(t, list == &event.rdates ? "extra date (RDATE)" : "excluded date (EXDATE)");
                !ok)
                return ok.error();
        }
    }

    ComponentPtr vevent(icalcomponent_new_vevent());
    icalcomponent *ev = vevent.get();
    const QByteArray uid = event.uid.toUtf8();
    icalcomponent_add_property(ev, icalproperty_new_uid(uid.constData()));
    icalcomponent_add_property(ev, icalproperty_new_dtstamp(utcStamp(m_dtstamp)));
    if (event.created)
        icalcomponent_add_property(ev, icalproperty_new_created(utcStamp(*event.created)));
    if (event.lastModified)
        icalcomponent_add_property(ev, icalproperty_new_lastmodified(utcStamp(*event.lastModified)));
    icalcomponent_add_property(ev, icalproperty_new_sequence(std::max(0, event.sequence)));

    icalcomponent_add_property(ev, withTzid(icalproperty_new_dtstart(toIcal(event.start)), event.start));
    icalcomponent_add_property(
        ev, withTzid(icalproperty_new_dtend(endOf(event.start, std::max(0, event.durationMinutes))),
                     event.start));
    if (event.recurrenceId)
        icalcomponent_add_property(
            ev, withTzid(icalproperty_new_recurrenceid(toIcal(*event.recurrenceId)), *event.recurrenceId));

    for (const QString &text : event.rrules) {
        if (text.trimmed().isEmpty())
            continue;
        auto rule = ruleFor(text, event.start);
        if (!rule)
            return rule.error();
        icalcomponent_add_property(ev, icalproperty_new_rrule(rule.value()));
    }
    for (const IcsEventTime &t : event.rdates) {
        icaldatetimeperiodtype value;
        value.time = toIcal(t);
        value.period = icalperiodtype_null_period();
        icalcomponent_add_property(ev, withTzid(icalproperty_new_rdate(value), t));
    }
    for (const IcsEventTime &t : event.exdates)
        icalcomponent_add_property(ev, withTzid(icalproperty_new_exdate(toIcal(t)), t));

    const QByteArray summary = textValue(event.summary);
    icalcomponent_add_property(ev, icalproperty_new_summary(summary.constData()));
    if (!event.location.isEmpty())
        icalcomponent_add_property(ev, icalproperty_new_location(textValue(event.location).constData()));
    if (!event.description.isEmpty())
        icalcomponent_add_property(ev,
                                   icalproperty_new_description(textValue(event.description).constData()));
    icalcomponent_add_property(ev, icalproperty_new_status(statusOf(event.status)));

    if (event.organizer && !event.organizer->email.trimmed().isEmpty())
        icalcomponent_add_property(ev, personProperty(true, *event.organizer));
    for (const IcsEvent::Person &person : event.attendees) {
        if (!person.email.trimmed().isEmpty())
            icalcomponent_add_property(ev, personProperty(false, person));
    }

    if (event.reminderMinutes) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(alarm, icalproperty_new_description(summary.constData()));
        icalcomponent_add_property(
            alarm, icalproperty_new_trigger(icaltriggertype_from_int(-*event.reminderMinutes * 60)));
        icalcomponent_add_component(ev, alarm);
    }

    return takeString(icalcomponent_as_ical_string_r(ev));
}

} // namespace trellis
