#include "io/icszoneresolver.h"

#include "calendar/windowszones.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <libical/ical.h>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::IcsZoneResolver", text);
}

QString normalisedTzid(const QString &tzid)
{
    QString text = tzid.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    text.replace(QStringLiteral("\\,"), QStringLiteral(","));
    text.replace(QStringLiteral("\\;"), QStringLiteral(";"));
    return text.trimmed();
}

qint64 noonUtc(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone(QByteArrayLiteral("UTC"))).toSecsSinceEpoch();
}

int vtimezoneOffset(icaltimezone *zone, qint64 utcSecs)
{
    icaltimetype utc =
        icaltime_from_timet_with_zone(static_cast<time_t>(utcSecs), 0, icaltimezone_get_utc_timezone());
    int daylight = 0;
    return icaltimezone_get_utc_offset_of_utc_time(zone, &utc, &daylight);
}

// True when the VTIMEZONE and the IANA zone give the same UTC offset every day of `year`.
bool sameOffsets(icaltimezone *vtimezone, const QByteArray &ianaId, int year)
{
    const QTimeZone zone(ianaId);
    if (!zone.isValid())
        return false;
    const QDate first(year, 1, 1);
    // Quick test on two days first; most candidates fail here.
    for (int day : {14, 195}) {
        const qint64 t = noonUtc(first.addDays(day));
        if (vtimezoneOffset(vtimezone, t) != zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)))
            return false;
    }
    for (QDate d = first; d.year() == year; d = d.addDays(1)) {
        const qint64 t = noonUtc(d);
        if (vtimezoneOffset(vtimezone, t) != zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)))
            return false;
    }
    return true;
}

QString fixedOffsetZone(int offsetSeconds)
{
    if (offsetSeconds % 3600 != 0)
        return {};
    const int hours = offsetSeconds / 3600;
    if (hours == 0)
        return QStringLiteral("UTC");
    // IANA's Etc zones have the POSIX sign: Etc/GMT-7 is UTC+7.
    return QStringLiteral("Etc/GMT%1%2")
        .arg(hours > 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(qAbs(hours));
}

} // namespace

IcsZoneResolver::~IcsZoneResolver()
{
    clearZones();
}

void IcsZoneResolver::clearZones()
{
    for (icaltimezone *zone : std::as_const(m_zones))
        icaltimezone_free(zone, 1);
    m_zones.clear();
}

int IcsZoneResolver::setCalendar(icalcomponent *calendar)
{
    clearZones();
    m_cache.clear();
    int unusable = 0;
    for (icalcomponent *vtz = icalcomponent_get_first_component(calendar, ICAL_VTIMEZONE_COMPONENT); vtz;
         vtz = icalcomponent_get_next_component(calendar, ICAL_VTIMEZONE_COMPONENT)) {
        icalproperty *tzidProperty = icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY);
        const char *tzid = tzidProperty ? icalproperty_get_tzid(tzidProperty) : nullptr;
        if (!tzid || !*tzid) {
            ++unusable;
            continue;
        }
        icaltimezone *zone = icaltimezone_new();
        if (!icaltimezone_set_component(zone, icalcomponent_new_clone(vtz))) {
            icaltimezone_free(zone, 1);
            ++unusable;
            continue;
        }
        const QString key = normalisedTzid(QString::fromUtf8(tzid));
        if (m_zones.contains(key)) {
            icaltimezone_free(zone, 1);
            continue;
        }
        m_zones.insert(key, zone);
    }
    return unusable;
}

bool IcsZoneResolver::isKnownIanaId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*$"));
    return shape.match(id).hasMatch() && QTimeZone(id.toUtf8()).isValid();
}

IcsZoneResolver::Resolution IcsZoneResolver::resolve(const QString &tzid, int year)
{
    const QString key = tzid + QLatin1Char('\n') + QString::number(year);
    auto cached = m_cache.constFind(key);
    Resolution result = cached != m_cache.constEnd() ? cached.value() : resolveUncached(tzid, year);
    if (cached == m_cache.constEnd())
        m_cache.insert(key, result);
    if (!result.warning.isEmpty()) {
        if (m_warned.contains(tzid))
            result.warning.clear();
        else
            m_warned.insert(tzid);
    }
    return result;
}

IcsZoneResolver::Resolution IcsZoneResolver::resolveUncached(const QString &rawTzid, int year)
{
    Resolution result;
    const QString tzid = normalisedTzid(rawTzid);
    if (tzid.isEmpty()) {
        result.floating = true;
        result.warning = tr("empty TZID: the time is read as floating (the same wall-clock time everywhere)");
        return result;
    }
    icaltimezone *vtimezone = m_zones.value(tzid, nullptr);

    if (isKnownIanaId(tzid)) {
        result.ianaId = tzid;
        if (!vtimezone)
            result.warning =
                tr("time zone %1 has no VTIMEZONE in the file; the system's definition is used").arg(tzid);
        return result;
    }

    // libical-style prefixes: /softwarestudio.org/Tzfile/America/Chicago, /mozilla.org/…/Europe/Berlin.
    if (tzid.startsWith(QLatin1Char('/'))) {
        QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        while (parts.size() > 1) {
            parts.removeFirst();
            const QString candidate = parts.join(QLatin1Char('/'));
            if (isKnownIanaId(candidate)) {
                result.ianaId = candidate;
                result.warning = tr("time zone %1 read as %2").arg(tzid, candidate);
                return result;
            }
        }
    }

    const QList<QByteArray> candidates = WindowsZones::candidates(tzid);
    if (vtimezone) {
        for (const QByteArray &candidate : candidates) {
            if (sameOffsets(vtimezone, candidate, year)) {
                result.ianaId = QString::fromUtf8(candidate);
                result.warning =
                    tr("time zone \"%1\" read as %2, which has the same rules as the file's VTIMEZONE")
                        .arg(tzid, result.ianaId);
                return result;
            }
        }
        // A custom zone: look for any IANA zone with the same offsets, representative ones first.
        QList<QByteArray> others = WindowsZones::representativeZones();
        for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
            if (!others.contains(id))
                others.append(id);
        }
        for (const QByteArray &candidate : std::as_const(others)) {
            if (sameOffsets(vtimezone, candidate, year)) {
                result.ianaId = QString::fromUtf8(candidate);
                result.warning = tr("custom time zone \"%1\" read as %2, which has the same offsets in %3")
                                     .arg(tzid, result.ianaId)
                                     .arg(year);
                return result;
            }
        }
        const int winter = vtimezoneOffset(vtimezone, noonUtc(QDate(year, 1, 15)));
        const int summer = vtimezoneOffset(vtimezone, noonUtc(QDate(year, 7, 15)));
        if (!candidates.isEmpty()) {
            result.ianaId = QString::fromUtf8(candidates.first());
            result.warning = tr("time zone \"%1\" read as %2, although its VTIMEZONE has different rules")
                                 .arg(tzid, result.ianaId);
            return result;
        }
        const QString fixed = winter == summer ? fixedOffsetZone(winter) : QString();
        if (!fixed.isEmpty()) {
            result.ianaId = fixed;
            result.warning = tr("custom time zone \"%1\" matches no known zone; its fixed offset %2 is used")
                                 .arg(tzid, fixed);
            return result;
        }
        result.floating = true;
        result.warning =
            tr("custom time zone \"%1\" matches no known zone; its times are read as floating").arg(tzid);
        return result;
    }

    if (!candidates.isEmpty()) {
        result.ianaId = QString::fromUtf8(candidates.first());
        result.warning =
            tr("Windows time zone \"%1\" (no VTIMEZONE in the file) read as %2").arg(tzid, result.ianaId);
        return result;
    }
    if (const std::optional<int> offset = WindowsZones::displayOffsetSeconds(tzid)) {
        const QString fixed = fixedOffsetZone(*offset);
        if (!fixed.isEmpty()) {
            result.ianaId = fixed;
            result.warning = tr("unknown time zone \"%1\" read as the fixed offset %2").arg(tzid, fixed);
            return result;
        }
    }
    result.floating = true;
    result.warning =
        tr("unknown time zone \"%1\" without a VTIMEZONE: its times are read as floating").arg(tzid);
    return result;
}

} // namespace trellis
