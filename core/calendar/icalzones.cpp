#include "calendar/icalzones.h"

#include <libical/ical.h>

#include <mutex>

namespace trellis {

void IcalZones::prepare()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Asking for UTC loads the whole table of built-in zones (zones.tab), not just UTC.
        icaltimezone_get_utc_timezone();
        icaltimezone_get_builtin_timezones();
    });
}

} // namespace trellis
