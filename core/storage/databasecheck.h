#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace trellis {

struct DatabaseCheckReport {
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    qint64 pageCount = 0;
    qint64 fileBytes = 0;
    QStringList problems; // empty when the file is healthy
    QStringList notes;    // worth saying, not a defect
};

// Read-only checks of a database file; nothing here writes to it.
class DatabaseCheck {
public:
    // Cheap refusal checks done before every open: SQLite header, application
    // id, schema version not newer than this build, schema readable.
    [[nodiscard]] static Status preflight(const QString &path);
    // Full check: preflight plus integrity_check and foreign_key_check.
    [[nodiscard]] static Result<DatabaseCheckReport> run(const QString &path);
};

} // namespace trellis
