#include "storage/migrations.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// version -> resource path, read once.
const QMap<int, QString> &scripts()
{
    static const QMap<int, QString> all = [] {
        QMap<int, QString> found;
        const QDir dir(QStringLiteral(":/sql"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            if (ok && version > 0)
                found.insert(version, dir.filePath(name));
        }
        return found;
    }();
    return all;
}

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql) && query.next())
        return query.value(0).toLongLong();
    return -1;
}

Status execScript(sqlite3 *handle, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
        sqlite3_free(message);
        return Error{text};
    }
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    return scripts().isEmpty() ? 0 : scripts().lastKey();
}

Result<int> Migrations::apply(QSqlDatabase &db, const QString &path)
{
    sqlite3 *handle = Database::nativeHandle(db);
    if (!handle)
        return Error{tr("Cannot open %1: the SQLite driver is unavailable.").arg(path)};

    const qint64 appId = scalar(db, QStringLiteral("PRAGMA application_id"));
    const qint64 objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (appId != Database::ApplicationId && (appId != 0 || objects > 0))
        return Error{tr("Cannot open %1: it is not a Trellis database.").arg(path)};

    QSqlQuery journal(db);
    if (!journal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !journal.next() ||
        journal.value(0).toString() != QLatin1String("wal"))
        return Error{tr("Cannot open %1: write-ahead logging is unavailable (%2).")
                         .arg(path, journal.lastError().text())};
    journal.finish();

    int version = int(scalar(db, QStringLiteral("PRAGMA user_version")));
    for (auto it = scripts().cbegin(); it != scripts().cend(); ++it) {
        if (it.key() <= version)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read migration %1.").arg(it.value())};
        if (auto begun = execScript(handle, "BEGIN IMMEDIATE"); !begun)
            return Error{tr("Cannot upgrade %1: %2").arg(path, begun.errorMessage())};
        // Another process may have migrated while we waited for the lock.
        if (scalar(db, QStringLiteral("PRAGMA user_version")) >= it.key()) {
            (void)execScript(handle, "ROLLBACK");
            version = int(scalar(db, QStringLiteral("PRAGMA user_version")));
            continue;
        }
        const QByteArray bump = QByteArray("PRAGMA application_id = ") +
                                QByteArray::number(Database::ApplicationId) +
                                "; PRAGMA user_version = " + QByteArray::number(it.key()) + ";";
        Status applied = execScript(handle, file.readAll());
        if (applied)
            applied = execScript(handle, bump);
        if (applied)
            applied = execScript(handle, "COMMIT");
        if (!applied) {
            (void)execScript(handle, "ROLLBACK");
            return Error{tr("Cannot upgrade %1 to schema %2 (%3): %4")
                             .arg(path)
                             .arg(it.key())
                             .arg(QFileInfo(it.value()).fileName(), applied.errorMessage())};
        }
        version = it.key();
    }
    return version;
}

} // namespace trellis
