#pragma once

#include <QHash>
#include <QSet>
#include <QString>

struct icalcomponent_impl;
struct _icaltimezone;

namespace trellis {

// Turns the TZIDs of an .ics file into IANA zone ids, following the import policy of
// ICALENDAR.md: IANA names as they are (the system's definition when the file has no
// VTIMEZONE), libical-style prefixes ("/softwarestudio.org/Tzfile/America/Chicago") stripped,
// Windows ids and Outlook display names matched against the file's VTIMEZONE (an IANA zone
// with the same offsets in the event's year), else the Windows→IANA table; an empty TZID is
// floating.
class IcsZoneResolver {
public:
    struct Resolution {
        bool floating = false;
        QString ianaId;  // empty when floating
        QString warning; // set the first time a TZID needed interpretation
    };

    IcsZoneResolver() = default;
    ~IcsZoneResolver();
    IcsZoneResolver(const IcsZoneResolver &) = delete;
    IcsZoneResolver &operator=(const IcsZoneResolver &) = delete;

    // Makes the VTIMEZONEs of one VCALENDAR (a libical component) the ones TZIDs refer to.
    // Returns the number of VTIMEZONEs that could not be used (no TZID).
    int setCalendar(icalcomponent_impl *calendar);

    // `year` is the year of the time that uses the TZID (rules are compared in that year).
    Resolution resolve(const QString &tzid, int year);

    // A plain IANA id that this system knows ("Europe/Berlin", "UTC", "US/Pacific").
    static bool isKnownIanaId(const QString &id);

private:
    Resolution resolveUncached(const QString &tzid, int year);
    void clearZones();

    QHash<QString, _icaltimezone *> m_zones; // by normalised TZID
    QHash<QString, Resolution> m_cache;      // by TZID + year
    QSet<QString> m_warned;
};

} // namespace trellis
