#include "calendar/vtimezonewriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <libical/ical.h>

#include <cstdlib>
#include <vector>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VtimezoneWriter", text);
}

bool isObservance(icalcomponent *c)
{
    const icalcomponent_kind kind = icalcomponent_isa(c);
    return kind == ICAL_XSTANDARD_COMPONENT || kind == ICAL_XDAYLIGHT_COMPONENT;
}

QByteArray propertyText(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    if (!p)
        return {};
    char *text = icalproperty_get_value_as_string_r(p);
    QByteArray result(text);
    free(text);
    return result;
}

// The observance's RRULE without UNTIL, and whether it had one.
QByteArray ruleWithoutUntil(icalcomponent *c, bool *hadUntil, icaltimetype *until)
{
    icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY);
    *hadUntil = false;
    if (!p || icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY))
        return {};
    icalrecurrencetype rule = icalproperty_get_rrule(p);
    *hadUntil = !icaltime_is_null_time(rule.until);
    *until = rule.until;
    rule.until = icaltime_null_time();
    char *text = icalrecurrencetype_as_string_r(&rule);
    QByteArray result(text);
    free(text);
    return result;
}

// libical ends every rule from the zoneinfo file in 2037 and continues it with a
// copy starting the next year; join such pairs into one open-ended rule.
void mergeSplitRules(icalcomponent *vtz)
{
    std::vector<icalcomponent *> observances;
    for (icalcomponent *c = icalcomponent_get_first_component(vtz, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(vtz, ICAL_ANY_COMPONENT)) {
        if (isObservance(c))
            observances.push_back(c);
    }
    std::vector<icalcomponent *> removed;
    for (icalcomponent *first : observances) {
        bool firstHasUntil = false;
        icaltimetype until = icaltime_null_time();
        const QByteArray firstRule = ruleWithoutUntil(first, &firstHasUntil, &until);
        if (!firstHasUntil || firstRule.isEmpty())
            continue;
        for (icalcomponent *second : observances) {
            if (second == first || std::find(removed.begin(), removed.end(), second) != removed.end())
                continue;
            bool secondHasUntil = false;
            icaltimetype ignored = icaltime_null_time();
            if (icalcomponent_isa(second) != icalcomponent_isa(first) ||
                ruleWithoutUntil(second, &secondHasUntil, &ignored) != firstRule || secondHasUntil)
                continue;
            const icaltimetype firstStart = icalcomponent_get_dtstart(first);
            const icaltimetype secondStart = icalcomponent_get_dtstart(second);
            if (secondStart.year != until.year + 1 || secondStart.hour != firstStart.hour ||
                secondStart.minute != firstStart.minute)
                continue;
            bool same = true;
            for (icalproperty_kind kind :
                 {ICAL_TZOFFSETFROM_PROPERTY, ICAL_TZOFFSETTO_PROPERTY, ICAL_TZNAME_PROPERTY})
                same = same && propertyText(first, kind) == propertyText(second, kind);
            if (!same)
                continue;
            icalproperty *rrule = icalcomponent_get_first_property(first, ICAL_RRULE_PROPERTY);
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            rule.until = icaltime_null_time();
            icalproperty_set_rrule(rrule, rule);
            removed.push_back(second);
            break;
        }
    }
    for (icalcomponent *c : removed) {
        icalcomponent_remove_component(vtz, c);
        icalcomponent_free(c);
    }
}

} // namespace

bool VtimezoneWriter::isUtc(const QString &zone)
{
    static const QStringList aliases{
        QStringLiteral("UTC"),       QStringLiteral("Etc/UTC"),   QStringLiteral("Etc/UCT"),
        QStringLiteral("UCT"),       QStringLiteral("Universal"), QStringLiteral("Etc/Universal"),
        QStringLiteral("Zulu"),      QStringLiteral("Etc/Zulu"),  QStringLiteral("GMT"),
        QStringLiteral("Etc/GMT"),   QStringLiteral("Etc/GMT0"),  QStringLiteral("Etc/GMT+0"),
        QStringLiteral("Etc/GMT-0"), QStringLiteral("GMT0"),      QStringLiteral("GMT+0"),
        QStringLiteral("GMT-0"),     QStringLiteral("Greenwich"), QStringLiteral("Etc/Greenwich")};
    return aliases.contains(zone);
}

bool VtimezoneWriter::isKnown(const QString &zone)
{
    if (isUtc(zone))
        return true;
    const QByteArray id = zone.toUtf8();
    return !zone.isEmpty() && icaltimezone_get_builtin_timezone(id.constData()) != nullptr;
}

Result<QByteArray> VtimezoneWriter::write(const QString &zone, qint64 fromUtcSecs)
{
    const QByteArray id = zone.toUtf8();
    icaltimezone *builtin = isUtc(zone) ? nullptr : icaltimezone_get_builtin_timezone(id.constData());
    icalcomponent *source = builtin ? icaltimezone_get_component(builtin) : nullptr;
    if (!source)
        return Error{tr("The time zone \"%1\" is not known to this system's time zone data.").arg(zone)};

    icalcomponent *vtz = icalcomponent_new_clone(source);
    // Observances from the first of January of the earliest year on.
    const QDate from = QDateTime::fromSecsSinceEpoch(fromUtcSecs, Qt::UTC).date();
    icaltimetype start = icaltime_null_time();
    start.year = from.year();
    start.month = 1;
    start.day = 1;
    start.zone = icaltimezone_get_utc_timezone();
    icaltimezone_truncate_vtimezone(vtz, start, icaltime_null_time(), 0);
    mergeSplitRules(vtz);

    if (icalproperty *tzid = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, id.constData());
    else
        icalcomponent_add_property(vtz, icalproperty_new_tzid(id.constData()));

    char *text = icalcomponent_as_ical_string_r(vtz);
    QByteArray result(text);
    free(text);
    icalcomponent_free(vtz);
    return result;
}

} // namespace trellis
