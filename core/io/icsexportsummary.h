#pragma once

#include <QtGlobal>

namespace trellis {

// What an .ics export wrote.
struct IcsExportSummary {
    qint64 events = 0; // VEVENTs: singles + series + overrides
    qint64 singles = 0;
    qint64 series = 0;
    qint64 overrides = 0;            // changed occurrences (RECURRENCE-ID)
    qint64 cancelledOccurrences = 0; // cancelled overrides written as EXDATE on their series
    int timeZones = 0;               // VTIMEZONEs
};

} // namespace trellis
