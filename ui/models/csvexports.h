#pragma once

#include "models/datasource.h"
#include "util/result.h"

#include <QString>

namespace trellis {

// The CSV exports a widget starts (RosterExporter), on the calling thread's connection: run them
// in a BackgroundJob, they read the whole roster or every relationship. Each returns the number of
// data rows written.
class CsvExports {
public:
    [[nodiscard]] static Result<int> writeRoster(const DataSource &data, const QString &path);
    [[nodiscard]] static Result<int> writeRelationships(const DataSource &data, const QString &path);
};

} // namespace trellis
