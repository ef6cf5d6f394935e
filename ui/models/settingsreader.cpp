#include "models/settingsreader.h"

#include "services/preferences.h"
#include "storage/database.h"
#include "storage/profilestore.h"

namespace trellis {

std::optional<Profile> SettingsReader::profile() const
{
    if (!m_data.isValid())
        return std::nullopt;
    return ProfileStore(m_data.database()->connection()).profile();
}

DatabasePreferences SettingsReader::preferences() const
{
    if (!m_data.isValid())
        return {};
    return Preferences::load(m_data.database()->connection());
}

} // namespace trellis
