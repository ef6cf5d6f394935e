#include "storage/databasecheck.h"

#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/readonlyconnection.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error openError(const QString &path, const QString &problem)
{
    return Error{tr("Cannot open %1: %2").arg(path, problem)};
}

} // namespace

Status DatabaseCheck::preflight(const QString &path)
{
    auto header = DatabaseFile::inspect(path);
    if (!header)
        return header.error();
    if (header->empty)
        return {};

    // The header's application id and version can be stale while the first pages are still
    // in the -wal of a live database, so ask SQLite (which reads the WAL) when one exists.
    quint32 applicationId = header->applicationId;
    quint32 userVersion = header->userVersion;
    ReadOnlyConnection probe(path);
    if (!probe.isOpen())
        return openError(path, probe.errorText());
    const QSqlDatabase db = probe.db();
    const SqlDialect &dialect = SqlDialect::of(db);
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        if (auto id = dialect.applicationId(db))
            applicationId = quint32(*id);
        if (auto version = dialect.schemaVersion(db))
            userVersion = quint32(*version);
    }

    if (applicationId != 0 && applicationId != Database::ApplicationId)
        return openError(path, tr("it is an SQLite database of another application (application id 0x%1).")
                                   .arg(applicationId, 8, 16, QLatin1Char('0')));
    if (applicationId == Database::ApplicationId && userVersion > quint32(Database::latestSchemaVersion()))
        return openError(path, tr("it was written by a newer version of Trellis (schema %1; this version "
                                  "reads up to %2). Update Trellis to open it.")
                                   .arg(userVersion)
                                   .arg(Database::latestSchemaVersion()));

    auto objects = dialect.objectCount(db);
    if (!objects)
        return openError(path, tr("the file is damaged (%1).").arg(objects.errorMessage()));
    if (applicationId == 0 && *objects > 0)
        return openError(path, tr("it is an SQLite database of another application."));
    return {};
}

Result<DatabaseCheckReport> DatabaseCheck::run(const QString &path)
{
    if (auto ok = preflight(path); !ok)
        return ok.error();

    DatabaseCheckReport report;
    report.latestSchemaVersion = Database::latestSchemaVersion();
    report.fileBytes = QFileInfo(path).size();

    ReadOnlyConnection probe(path);
    const QSqlDatabase db = probe.db();
    const SqlDialect &dialect = SqlDialect::of(db);
    const auto version = dialect.schemaVersion(db);
    const auto pages = dialect.pageCount(db);
    report.schemaVersion = version ? *version : -1;
    report.pageCount = pages ? *pages : -1;
    const auto appId = dialect.applicationId(db);
    if (!appId || *appId != Database::ApplicationId)
        report.problems << tr("application id is not Trellis's (the file was never initialised)");
    if (report.schemaVersion < report.latestSchemaVersion)
        report.notes << tr("schema %1 is older than %2; opening it with Trellis will upgrade it")
                            .arg(report.schemaVersion)
                            .arg(report.latestSchemaVersion);

    auto problems = dialect.integrityProblems(db);
    if (!problems)
        report.problems << tr("integrity check failed: %1").arg(problems.errorMessage());
    else
        report.problems << *problems;
    return report;
}

} // namespace trellis
