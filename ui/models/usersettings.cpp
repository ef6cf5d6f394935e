#include "models/usersettings.h"

#include "services/preferences.h"

#include <QSettings>

namespace trellis {

UserPreferences UserSettings::load()
{
    return Preferences::loadUser(QSettings());
}

void UserSettings::save(const UserPreferences &preferences)
{
    QSettings settings;
    Preferences::saveUser(settings, preferences);
}

} // namespace trellis
