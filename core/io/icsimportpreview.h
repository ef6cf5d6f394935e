#pragma once

#include "domain/enums.h"
#include "io/icsimportreport.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace trellis {

class Database;

// What importing an .ics file into a relationship would do, exactly as IcsImporter would do it
// (added, updated, unchanged, skipped, warnings), without keeping anything: the import runs in
// a transaction on the calling thread's connection that is always rolled back, and nobody is
// notified. Run it on a worker thread; it holds the database's write lock while it runs.
class IcsImportPreview {
public:
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    [[nodiscard]] static Result<IcsImportReport> run(Database &db, const QString &path, Id relationshipId,
                                                     bool skipInvalid, const ProgressCallback &progress = {},
                                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace trellis
