#pragma once

#include "domain/preferences.h"
#include "domain/profile.h"
#include "models/datasource.h"

#include <optional>

namespace trellis {

// The database's own settings as a widget reads them: the profile and the preferences shared by
// everyone who opens the file. Reads synchronously on the calling thread's connection: they are a
// handful of rows of the settings table (by key), so a settings page's load() or a dialog's
// defaults may read them on the GUI thread without a loader. Changes go through Edits
// (setProfile, savePreferences), never through here.
class SettingsReader {
public:
    explicit SettingsReader(const DataSource &data)
        : m_data(data)
    {}

    // None when no profile was chosen yet, or no database is open.
    [[nodiscard]] std::optional<Profile> profile() const;
    // The defaults where nothing (valid) is stored, or no database is open.
    [[nodiscard]] DatabasePreferences preferences() const;

private:
    DataSource m_data;
};

} // namespace trellis
