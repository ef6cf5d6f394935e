#include "models/calendarfiltersettings.h"

#include "storage/database.h"
#include "storage/settingsstore.h"

namespace trellis {

CalendarFilter CalendarFilterSettings::load(const DataSource &data)
{
    if (!data.isValid())
        return {};
    const auto text = SettingsStore(data.database()->connection()).value(QLatin1String(Key));
    return text ? CalendarFilter::fromText(*text) : CalendarFilter{};
}

bool CalendarFilterSettings::save(const DataSource &data, const CalendarFilter &filter)
{
    if (!data.isValid())
        return false;
    SettingsStore store(data.database()->connection());
    const Status written = filter.activeCount() == 0 ? store.remove(QLatin1String(Key))
                                                     : store.setValue(QLatin1String(Key), filter.toText());
    return written.ok();
}

} // namespace trellis
