#pragma once

#include "domain/meetingexportscope.h"
#include "io/icsexportoptions.h"
#include "io/icsexportsummary.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace trellis {

class Database;

// Exports the meetings of a scope to iCalendar (ICALENDAR.md, export rules):
// singles and series as VEVENTs, changed occurrences as VEVENTs with the
// series' UID and a RECURRENCE-ID, cancelled occurrences as EXDATEs. Streams
// event by event from a forward-only query, so memory stays flat whatever the
// number of meetings. Runs on the calling thread (use a worker thread in the GUI)
// with that thread's database connection.
class IcsExporter {
public:
    // done/total VEVENTs; called from the exporting thread, now and then and at the end.
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    explicit IcsExporter(Database &db);

    void setOptions(const IcsExportOptions &options) { m_options = options; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // When the flag becomes true the export stops with an error and (for files) writes nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Writes the file atomically: on any error or cancel the target is left untouched.
    [[nodiscard]] Result<IcsExportSummary> exportToFile(const MeetingExportScope &scope, const QString &path);
    // Writes to an open device (partial output remains there on error or cancel).
    [[nodiscard]] Result<IcsExportSummary> exportTo(const MeetingExportScope &scope, QIODevice &device);

private:
    Database &m_db;
    IcsExportOptions m_options;
    ProgressCallback m_progress;
    std::function<QString()> m_describeWriteFailure; // set while exportToFile writes its file
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace trellis
