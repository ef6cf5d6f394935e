#pragma once

#include "domain/enums.h"
#include "domain/meetingexportscope.h"
#include "io/icsexportoptions.h"
#include "io/icsexportsummary.h"
#include "io/icsimportreport.h"
#include "io/rosterimporter.h"
#include "models/datasource.h"
#include "util/result.h"

#include <QString>

namespace trellis {

class JobControl;

// The worker halves of the file dialogs (calendar import preview and export, roster import
// check): each runs inside a BackgroundJob on its worker thread, on that thread's own connection,
// so a dialog hands over its DataSource and never names the database. Progress goes to
// `control`; a cancel stops the work (an export then leaves no file, a preview writes nothing).
class TransferJobs {
public:
    // What importing `path` into the relationship would do, without keeping anything
    // (IcsImportPreview).
    [[nodiscard]] static Result<IcsImportReport> previewCalendarImport(const DataSource &source,
                                                                       const QString &path, Id relationshipId,
                                                                       bool skipInvalid, JobControl &control);
    // Writes the scope's meetings to `path` (IcsExporter).
    [[nodiscard]] static Result<IcsExportSummary>
    exportCalendar(const DataSource &source, const MeetingExportScope &scope, const QString &path,
                   const IcsExportOptions &options, JobControl &control);
    // Checks a roster table against the database (duplicates, managers) without writing.
    [[nodiscard]] static Result<RosterImportPlan> planRosterImport(const DataSource &source,
                                                                   const CsvTable &table,
                                                                   const RosterMapping &mapping,
                                                                   const QString &fileName);
};

} // namespace trellis
