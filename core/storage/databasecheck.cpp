#include "storage/databasecheck.h"

#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/readonlyconnection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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
    QSqlQuery query(probe.db());
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        if (query.exec(QStringLiteral("PRAGMA application_id")) && query.next())
            applicationId = quint32(query.value(0).toLongLong());
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
            userVersion = quint32(query.value(0).toLongLong());
    }

    if (applicationId != 0 && applicationId != Database::ApplicationId)
        return openError(path, tr("it is an SQLite database of another application (application id 0x%1).")
                                   .arg(applicationId, 8, 16, QLatin1Char('0')));
    if (applicationId == Database::ApplicationId && userVersion > quint32(Database::latestSchemaVersion()))
        return openError(path, tr("it was written by a newer version of Trellis (schema %1; this version "
                                  "reads up to %2). Update Trellis to open it.")
                                   .arg(userVersion)
                                   .arg(Database::latestSchemaVersion()));

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return openError(path, tr("the file is damaged (%1).").arg(query.lastError().databaseText()));
    const int objects = query.value(0).toInt();
    if (applicationId == 0 && objects > 0)
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
    QSqlQuery query(probe.db());
    auto scalar = [&](const QString &sql) -> qint64 {
        if (query.exec(sql) && query.next())
            return query.value(0).toLongLong();
        return -1;
    };
    report.schemaVersion = int(scalar(QStringLiteral("PRAGMA user_version")));
    report.pageCount = scalar(QStringLiteral("PRAGMA page_count"));
    const qint64 appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (appId != Database::ApplicationId)
        report.problems << tr("application id is not Trellis's (the file was never initialised)");
    if (report.schemaVersion < report.latestSchemaVersion)
        report.notes << tr("schema %1 is older than %2; opening it with Trellis will upgrade it")
                            .arg(report.schemaVersion)
                            .arg(report.latestSchemaVersion);

    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.problems << tr("integrity check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << tr("integrity: %1").arg(line);
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        report.problems << tr("foreign key check failed: %1").arg(query.lastError().databaseText());
    } else {
        while (query.next())
            report.problems << tr("foreign key: row %1 of %2 refers to a missing %3 row")
                                   .arg(query.value(1).toString(), query.value(0).toString(),
                                        query.value(2).toString());
    }
    return report;
}

} // namespace trellis
