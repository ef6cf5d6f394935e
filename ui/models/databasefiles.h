#pragma once

#include "models/datasource.h"
#include "util/result.h"

#include <QString>

namespace trellis {

// What the window does with the open database's file, without naming core/storage: its path
// (the title), where a new one goes by default, and a backup copy.
class DatabaseFiles {
public:
    // The file of `data` ("" when none is open).
    [[nodiscard]] static QString pathOf(const DataSource &data);
    // Where File ▸ New suggests a new database.
    [[nodiscard]] static QString defaultPath();
    // A consistent copy of the open database at `outPath` (which must not exist). It grows with the
    // data: run it in a BackgroundJob (it uses the calling thread's connection).
    [[nodiscard]] static Status backUp(const DataSource &data, const QString &outPath);
};

} // namespace trellis
