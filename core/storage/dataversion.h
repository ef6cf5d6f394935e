#pragma once

#include <QSqlDatabase>

#include <optional>

namespace trellis {

// A number that changes when another connection commits to the database
// (SqlDialect::dataVersion); the change notifier polls it.
class DataVersion {
public:
    static std::optional<qint64> read(const QSqlDatabase &db);
};

} // namespace trellis
