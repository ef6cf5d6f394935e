#pragma once

#include "domain/preferences.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSettings;

namespace trellis {

class RowStore;

// Reads and writes both kinds; unreadable or missing values fall back to the defaults.
class Preferences {
public:
    [[nodiscard]] static DatabasePreferences load(const QSqlDatabase &db);
    // All values or none (one transaction), outside any ChangeSet: the undoable edit is
    // SettingsService::savePreferences.
    [[nodiscard]] static Status save(QSqlDatabase db, const DatabasePreferences &preferences);
    // Inside an edit: validates and writes every value.
    [[nodiscard]] static Status write(RowStore &rows, const DatabasePreferences &preferences);

    // weekStart defaults to the locale's first day of the week.
    [[nodiscard]] static UserPreferences loadUser(const QSettings &settings);
    static void saveUser(QSettings &settings, const UserPreferences &preferences);
};

} // namespace trellis
