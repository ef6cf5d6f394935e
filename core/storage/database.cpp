#include "storage/database.h"

#include "storage/databasecheck.h"
#include "storage/databasefile.h"
#include "storage/filepermissions.h"
#include "storage/migrations.h"
#include "storage/sqldialect.h"
#include "util/runningwork.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace trellis {

namespace {

QAtomicInt s_nextInstance;

// How long closing waits for a worker thread that still reads through its connection.
constexpr int workerWaitMs = 60000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

Error openError(const QString &path, const QString &problem)
{
    return Error{tr("Cannot open %1: %2").arg(path, problem)};
}

// The databases not yet destroyed, by instance: a worker's "finished" handler may run after its
// Database is gone (a database opened and closed on that worker, as the demo generator does).
QMutex s_liveMutex;
QSet<int> s_live;

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instance(s_nextInstance.fetchAndAddRelaxed(1))
{
    QMutexLocker live(&s_liveMutex);
    s_live.insert(m_instance);
}

// Destroying a Database waits for the worker threads that still hold a connection (see below), so
// it must run on a thread that is not one of them and that no worker waits for: the GUI thread.
Database::~Database()
{
    // Work handed to a worker may not have opened its connection yet: it would open one on a
    // database already gone. So closing waits for the running work first (not from a worker,
    // whose own work is counted).
    if (!RunningWork::isWorkerThread() && !RunningWork::waitUntilIdle(QDeadlineTimer(workerWaitMs)))
        qWarning("Closing %s while background work still runs", qPrintable(m_path));
    // A worker thread may still be reading through its own connection (a page closed while its
    // load runs): closing that connection under it crashes inside SQLite. So the threads that
    // hold one are waited for too; each removes its connection as it finishes.
    QMutexLocker lock(&m_mutex);
    QList<QThread *> workers;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        if (it.key() != QThread::currentThread())
            workers.append(it.key());
    lock.unlock();
    for (QThread *worker : std::as_const(workers))
        if (!worker->wait(QDeadlineTimer(workerWaitMs)))
            qWarning("Closing %s while a worker thread still reads it", qPrintable(m_path));
    lock.relock();
    const auto names = m_connections.values();
    m_connections.clear();
    lock.unlock();
    for (const QString &name : names) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!m_readOnly)
        FilePermissions::restrictSidecars(m_path);
    QMutexLocker live(&s_liveMutex);
    s_live.remove(m_instance);
}

int Database::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/trellis.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &requestedPath, OpenMode mode)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);

    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return openError(path, tr("the file does not exist."));
        if (auto created = FilePermissions::createPrivateFile(path); !created)
            return created.error();
    } else {
        if (!info.isFile())
            return openError(path, tr("it is not a file."));
        // An empty file is only ever made a database on purpose (init, demo, the first run).
        if (info.size() == 0 && mode != OpenMode::CreateIfMissing)
            return openError(path,
                             tr("the file is empty, not a Trellis database (trellis-cli init makes one)."));
        // A file its owner made read-only stays so: it is not written, nor its permissions widened.
        // (Its owner's write bit, not access(): root may write anything.)
        if (mode != OpenMode::ReadOnly && !(QFile::permissions(path) & QFile::WriteOwner))
            return openError(path, tr("the file is read-only."));
        // Refusals happen here, on the raw bytes and on a read-only immutable
        // connection, so that a refused file is never modified.
        auto verdict = DatabaseCheck::preflight(path);
        if (!verdict)
            return verdict.error();
    }

    std::unique_ptr<Database> database(new Database(path));
    database->m_readOnly = mode == OpenMode::ReadOnly;
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return openError(path, db.lastError().text());

    if (database->m_readOnly) {
        // Nothing may be changed, so an older file cannot be brought up to date here.
        auto version = SqlDialect::of(db).schemaVersion(db);
        if (!version)
            return openError(path, version.errorMessage());
        if (*version != latestSchemaVersion())
            return openError(path,
                             tr("it was written by an older Trellis (schema %1 of %2); open it once with "
                                "Trellis or a writing command to bring it up to date.")
                                 .arg(*version)
                                 .arg(latestSchemaVersion()));
        database->m_schemaVersion = *version;
        return database;
    }
    auto migrated = Migrations::apply(db, path);
    if (!migrated)
        return migrated.error();
    database->m_schemaVersion = migrated.value();
    FilePermissions::restrictSidecars(path);
    return database;
}

QString Database::connectionName(QThread *thread) const
{
    return QStringLiteral("trellis-%1-%2").arg(m_instance).arg(reinterpret_cast<quintptr>(thread), 0, 16);
}

QSqlDatabase Database::connection()
{
    QThread *thread = QThread::currentThread();
    QMutexLocker lock(&m_mutex);
    if (auto it = m_connections.constFind(thread); it != m_connections.cend())
        return QSqlDatabase::database(*it, false);

    const QString name = connectionName(thread);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (m_readOnly) {
        // Read-only, and with no -wal beside the file (no writer has it open) immutable, so that
        // SQLite needs no -shm either: it works in a read-only folder or on a read-only mount.
        const bool live = QFileInfo::exists(m_path + QStringLiteral("-wal"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           (live ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1")));
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open())
        return db;
    if (auto configured = SqlDialect::of(db).configureConnection(db); !configured) {
        qWarning("%s", qPrintable(tr("Cannot configure %1: %2").arg(m_path, configured.errorMessage())));
        db.close();
        return db;
    }
    m_connections.insert(thread, name);

    if (thread != QCoreApplication::instance()->thread()) {
        // Worker threads end; drop their connection with them.
        QObject::connect(
            thread, &QThread::finished, thread,
            [this, instance = m_instance, thread, name] {
                QMutexLocker live(&s_liveMutex);
                if (!s_live.contains(instance))
                    return; // closed already, with this connection
                {
                    QMutexLocker innerLock(&m_mutex);
                    if (m_connections.value(thread) != name)
                        return;
                    m_connections.remove(thread);
                }
                {
                    QSqlDatabase dying = QSqlDatabase::database(name, false);
                    dying.close();
                }
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
    return db;
}

Status Database::checkIntact()
{
    QSqlDatabase db = connection();
    auto problems = SqlDialect::of(db).quickCheckProblems(db, 3);
    if (!problems)
        return problems.error();
    if (problems->isEmpty())
        return {};
    return Error{tr("%1 is damaged (%2); nothing was written. trellis-cli check says more; restore a backup.")
                     .arg(m_path, problems->join(QStringLiteral("; ")))};
}

Status Database::backupTo(const QString &requestedOut)
{
    // A damaged file is not copied: the copy would carry the damage, or silently drop its rows.
    if (Status intact = checkIntact(); !intact)
        return intact.error();
    const QString out = QFileInfo(requestedOut).absoluteFilePath();
    if (QFileInfo::exists(out))
        return Error{tr("Cannot back up to %1: the file already exists.").arg(out)};
    // The backup goes into an existing empty file; creating it first gives it 0600.
    if (auto created = FilePermissions::createPrivateFile(out); !created)
        return created.error();

    const QSqlDatabase db = connection();
    if (auto copied = SqlDialect::of(db).backup(db, out); !copied) {
        QFile::remove(out);
        return Error{tr("Cannot back up %1 to %2: %3").arg(m_path, out, copied.errorMessage())};
    }
    auto report = DatabaseCheck::run(out);
    if (!report) {
        QFile::remove(out);
        return report.error();
    }
    if (!report->problems.isEmpty()) {
        QFile::remove(out);
        return Error{tr("The backup %1 failed verification: %2")
                         .arg(out, report->problems.join(QStringLiteral("; ")))};
    }
    FilePermissions::restrictSidecars(out);
    return {};
}

} // namespace trellis
