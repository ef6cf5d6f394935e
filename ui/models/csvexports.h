#pragma once

#include "domain/profile.h"
#include "models/datasource.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace trellis {

// The CSV exports a widget starts (RosterExporter), on the calling thread's connection: run them
// in a BackgroundJob, they read the whole roster or every relationship. Each returns the number of
// data rows written.
class CsvExports {
public:
    [[nodiscard]] static Result<int> writeRoster(const DataSource &data, const QString &path);
    // The relationships `profile` works in (all of them for a coordinator or without a profile),
    // with only the feedback-derived health that profile's role may see.
    [[nodiscard]] static Result<int> writeRelationships(const DataSource &data, const QString &path,
                                                        const std::optional<Profile> &profile);
};

} // namespace trellis
