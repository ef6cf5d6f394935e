#pragma once

#include "util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace trellis {

// Numbered SQL scripts per dialect in resources (:/sql/<dialect>/NNNN_name.sql, from
// resources/sql/<dialect>/; SqlDialect::migrationsFolder). Each is applied in
// its own transaction together with the user_version bump, so a failure
// leaves the database at the previous version.
class Migrations {
public:
    static int latestVersion();
    // Brings the database to the latest version; returns the version reached.
    [[nodiscard]] static Result<int> apply(QSqlDatabase &db, const QString &path);
};

} // namespace trellis
