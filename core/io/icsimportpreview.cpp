#include "io/icsimportpreview.h"

#include "io/icsimporter.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace trellis {

Result<IcsImportReport> IcsImportPreview::run(Database &db, const QString &path, Id relationshipId,
                                              bool skipInvalid, const ProgressCallback &progress,
                                              const std::atomic_bool *cancel)
{
    QSqlDatabase connection = db.connection();
    if (!connection.transaction())
        return Error{QCoreApplication::translate(
            "IcsImportPreview", "Cannot preview the import: the database is busy. Try again.")};
    IcsImporter importer(db);
    importer.setSkipInvalid(skipInvalid);
    importer.setProgressCallback(progress);
    importer.setCancelFlag(cancel);
    auto report = importer.importFile(path, relationshipId);
    connection.rollback();
    if (report)
        report->changes = ChangeSet{}; // nothing of it was kept
    return report;
}

} // namespace trellis
