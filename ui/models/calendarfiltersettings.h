#pragma once

#include "insights/calendarfilter.h"
#include "models/datasource.h"

namespace trellis {

// The calendar's filters, remembered per database in its settings table (key
// `calendar.filter`), so that reopening the calendar on this database shows what it showed and
// another database starts unfiltered. A filter is a view, not programme data: it is written
// directly (SettingsStore::setValue), outside the undo stack, on the calling thread (one row).
class CalendarFilterSettings {
public:
    static constexpr const char *Key = "calendar.filter";

    // No filter when nothing (readable) is stored or no database is open.
    [[nodiscard]] static CalendarFilter load(const DataSource &data);
    // False when it could not be written (a read-only database): the filter then lasts the session.
    static bool save(const DataSource &data, const CalendarFilter &filter);
};

} // namespace trellis
