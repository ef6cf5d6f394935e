#pragma once

#include "domain/preferences.h"

namespace trellis {

// The preferences of the person at this computer (week start, language), kept in QSettings
// whatever database is open. They are not programme data, so they stay outside the undo stack.
class UserSettings {
public:
    // The week starts on the locale's first day unless chosen; the language is the system's ("").
    [[nodiscard]] static UserPreferences load();
    static void save(const UserPreferences &preferences);
};

} // namespace trellis
