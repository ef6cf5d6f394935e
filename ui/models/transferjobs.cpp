#include "models/transferjobs.h"

#include "io/icsexporter.h"
#include "io/icsimportpreview.h"
#include "storage/database.h"
#include "util/jobcontrol.h"

#include <QCoreApplication>

namespace trellis {

namespace {

Error noDatabase()
{
    return Error{QCoreApplication::translate("TransferJobs", "No database is open.")};
}

// IcsImportPreview and IcsExporter count steps; JobControl takes a fraction.
auto reportTo(JobControl &control)
{
    return [&control](qint64 done, qint64 total) {
        control.report(total > 0 ? double(done) / double(total) : 1.0);
    };
}

} // namespace

Result<IcsImportReport> TransferJobs::previewCalendarImport(const DataSource &source, const QString &path,
                                                            Id relationshipId, bool skipInvalid,
                                                            JobControl &control)
{
    if (!source.isValid())
        return noDatabase();
    return IcsImportPreview::run(*source.database(), path, relationshipId, skipInvalid, reportTo(control),
                                 control.cancelFlag());
}

Result<IcsExportSummary> TransferJobs::exportCalendar(const DataSource &source,
                                                      const MeetingExportScope &scope, const QString &path,
                                                      const IcsExportOptions &options, JobControl &control)
{
    if (!source.isValid())
        return noDatabase();
    IcsExporter exporter(*source.database());
    exporter.setOptions(options);
    exporter.setCancelFlag(control.cancelFlag());
    exporter.setProgressCallback(reportTo(control));
    return exporter.exportToFile(scope, path);
}

Result<RosterImportPlan> TransferJobs::planRosterImport(const DataSource &source, const CsvTable &table,
                                                        const RosterMapping &mapping, const QString &fileName)
{
    if (!source.isValid())
        return noDatabase();
    return RosterImporter(*source.database()).plan(table, mapping, fileName);
}

} // namespace trellis
