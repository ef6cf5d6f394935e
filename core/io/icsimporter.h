#pragma once

#include "domain/enums.h"
#include "io/icsimportreport.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

namespace trellis {

class ChangeNotifier;
class Database;

// Imports an .ics file into a chosen relationship (ICALENDAR.md, import): IcsReader reads and
// validates it; a refused file writes nothing at all (the database is not even written to);
// otherwise MeetingImportService writes every event in ONE transaction and one ChangeSet, keyed
// on UID + RECURRENCE-ID: known events update in place (in their own relationship) when the
// file's SEQUENCE is higher, else stay unchanged; new ones go to the chosen relationship;
// overrides attach to their series. Any failure or a cancel writes nothing.
// Runs on the calling thread with that thread's connection (a worker thread in the GUI).
class IcsImporter {
public:
    // Steps done of total: reading the file is the first half, writing the second.
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    explicit IcsImporter(Database &db, ChangeNotifier *notifier = nullptr);

    // Import the complete valid events of a damaged file and list the skipped ones.
    void setSkipInvalid(bool skip) { m_skipInvalid = skip; }
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    // When the flag becomes true the import stops with an error and writes nothing.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // An error when the file cannot be read, the relationship does not exist, the import was
    // cancelled or writing failed (then nothing is written); a refused file is a report.
    [[nodiscard]] Result<IcsImportReport> importFile(const QString &path, Id relationshipId);
    [[nodiscard]] Result<IcsImportReport> importData(const QByteArray &data, Id relationshipId);

private:
    Result<IcsImportReport> write(IcsReadResult read, Id relationshipId);

    Database &m_db;
    ChangeNotifier *m_notifier = nullptr;
    bool m_skipInvalid = false;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace trellis
