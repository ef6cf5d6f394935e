#pragma once

#include <QString>

namespace trellis {

// Old IANA names (backward links such as "Europe/Kiev", "US/Pacific") that the system still
// resolves but does not list as available zones, mapped to their current names through the
// system's tzdata ("L Europe/Kyiv Europe/Kiev" lines of /usr/share/zoneinfo/tzdata.zi).
class IanaZoneAliases {
public:
    // The current name for `zoneId`; `zoneId` itself when it is current or unknown.
    static QString canonical(const QString &zoneId);
};

} // namespace trellis
