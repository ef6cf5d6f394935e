#include "storage/database.h"

#include "storage/databasecheck.h"
#include "storage/settingsstore.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "util/runningwork.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <sys/stat.h>

using namespace trellis;
using trellis::test::readAll;

namespace {

qint64 pragma(QSqlDatabase db, const char *name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QString pragmaText(QSqlDatabase db, const char *name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) || !query.next())
        return {};
    return query.value(0).toString();
}

// Writes a plain SQLite file with the given application id and user_version, and one table.
void writeSqliteFile(const QString &path, qint64 applicationId, qint64 userVersion, bool withTable = true)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        if (withTable)
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

int mode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 0777);
}

} // namespace

class DatabaseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldCreateAndMigrateAnEmptyDatabase()
    {
        // GIVEN a path that does not exist
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));

        // WHEN it is opened with CreateIfMissing
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);

        // THEN it is a Trellis database at the latest schema with the contract's pragmas
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        Database &db = *opened.value();
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlDatabase c = db.connection();
        QCOMPARE(pragma(c, "application_id"), qint64(Database::ApplicationId));
        QCOMPARE(pragma(c, "user_version"), qint64(Database::latestSchemaVersion()));
        QCOMPARE(pragmaText(c, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(c, "foreign_keys"), 1);
        QCOMPARE(pragma(c, "synchronous"), 2); // FULL
        QCOMPARE(pragma(c, "busy_timeout"), 5000);
    }

    void shouldRefuseToCreateWhenOpeningExistingOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.errorMessage().contains(path));
        QVERIFY(opened.errorMessage().contains(QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(path));
    }

    void shouldReopenWithoutMigratingAgain()
    {
        test::TempDatabase temp;
        QVERIFY(SettingsStore(temp.db().connection()).setValue(QStringLiteral("k"), QStringLiteral("v")));
        temp.close();
        auto again = Database::open(temp.path());
        QVERIFY(again.ok());
        QCOMPARE(SettingsStore(again.value()->connection()).value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void shouldOpenADatabaseThatIsOpenElsewhere()
    {
        // GIVEN a new database still open, its first pages only in the -wal
        test::TempDatabase temp;
        QVERIFY(SettingsStore(temp.db().connection()).setValue(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));

        // WHEN a second process (here: a second Database) opens it
        auto second = Database::open(temp.path());

        // THEN it is accepted and sees the data
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.errorMessage()));
        QCOMPARE(SettingsStore(second.value()->connection()).value(QStringLiteral("k")), QStringLiteral("v"));
    }

    void shouldOpenAZeroLengthFileAsNewOnlyWhenAskedToCreate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        // Opening an existing database, to write or to read, refuses it and leaves it empty.
        for (const auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::ReadOnly}) {
            auto refused = Database::open(path, mode);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("empty")),
                     qPrintable(refused.errorMessage()));
            QCOMPARE(QFileInfo(path).size(), qint64(0));
        }
        auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
    }

    void shouldOpenAFileKilledWhileCopyingItsWal()
    {
        // GIVEN a database whose recent writes are only in its -wal (no checkpoint yet)
        QTemporaryDir dir;
        const QString live = dir.filePath(QStringLiteral("live.sqlite"));
        const QString killed = dir.filePath(QStringLiteral("killed.sqlite"));
        {
            auto created = Database::open(live, Database::OpenMode::CreateIfMissing);
            QVERIFY(created.ok());
            QSqlDatabase db = created.value()->connection();
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            for (int i = 0; i < 200; ++i)
                QVERIFY(
                    SettingsStore(db).setValue(QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('x'))));
            // AND a process killed in the middle of copying that -wal into the file: page 1
            // already tells the new size, the last pages are not written yet
            QVERIFY(QFile::copy(live, killed));
            QVERIFY(QFile::copy(live + QStringLiteral("-wal"), killed + QStringLiteral("-wal")));
        }
        QFile file(killed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray header = file.read(100);
        const quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
        const quint32 pages = quint32(file.size() / pageSize) + 3;
        const auto put = [&header](int offset, quint32 value) {
            for (int i = 0; i < 4; ++i)
                header[offset + i] = char((value >> (8 * (3 - i))) & 0xFF);
        };
        put(24, 77); // change counter ...
        put(92, 77); // ... and the version the size is valid for agree: the size is believed
        put(28, pages);
        QVERIFY(file.seek(0));
        QVERIFY(file.write(header) == header.size());
        file.close();

        // WHEN it is opened THEN SQLite finishes from the -wal and every write is there
        auto opened = Database::open(killed);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QCOMPARE(SettingsStore(opened.value()->connection()).value(QStringLiteral("k199")),
                 QString(200, QLatin1Char('x')));
    }

    void shouldOpenReadOnlyWithoutChangingAnything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        {
            auto created = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(created.ok());
            QVERIFY(SettingsStore(created.value()->connection())
                        .setValue(QStringLiteral("k"), QStringLiteral("v")));
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        const QByteArray before = readAll(path);
        auto opened = Database::open(path, Database::OpenMode::ReadOnly);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->isReadOnly());
        QCOMPARE(SettingsStore(opened.value()->connection()).value(QStringLiteral("k")), QStringLiteral("v"));
        QVERIFY(
            !SettingsStore(opened.value()->connection()).setValue(QStringLiteral("k"), QStringLiteral("w")));
        opened.value().reset();
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void shouldRefuseWithoutTouchingTheFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("sqlite of another app, no id")
            << QStringLiteral("foreign") << QStringLiteral("another application");
        QTest::newRow("sqlite of another app, other id")
            << QStringLiteral("foreign-id") << QStringLiteral("another application");
        QTest::newRow("newer Trellis schema")
            << QStringLiteral("newer") << QStringLiteral("newer version of Trellis");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("truncated");
        QTest::newRow("damaged schema page") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("short header") << QStringLiteral("short") << QStringLiteral("truncated");
    }

    void shouldRefuseWithoutTouchingTheFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);

        // GIVEN a file that Trellis must not open
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("victim.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,role\nAna,mentee\n");
        } else if (kind == QLatin1String("foreign")) {
            writeSqliteFile(path, 0, 0);
        } else if (kind == QLatin1String("foreign-id")) {
            writeSqliteFile(path, 0x12345678, 3);
        } else if (kind == QLatin1String("newer")) {
            writeSqliteFile(path, Database::ApplicationId, Database::latestSchemaVersion() + 1);
        } else {
            {
                auto made = Database::open(path, Database::OpenMode::CreateIfMissing);
                QVERIFY(made.ok());
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() >= 4096);
            if (kind == QLatin1String("truncated")) {
                QVERIFY(file.resize(file.size() / 2 + 100));
            } else if (kind == QLatin1String("short")) {
                QVERIFY(file.resize(60));
            } else {
                // Scribble over page 1 after the header, where sqlite_master lives.
                file.seek(100);
                file.write(QByteArray(900, '\x5a'));
            }
        }
        const QByteArray before = readAll(path);

        // WHEN Trellis opens it
        auto opened = Database::open(path);

        // THEN it is refused with one line naming the file and the problem, and nothing changed
        QVERIFY(!opened.ok());
        const QString message = opened.errorMessage();
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QCOMPARE(readAll(path), before);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(suffix)), suffix);

        // AND the read-only check refuses it the same way
        auto checked = DatabaseCheck::run(path);
        QVERIFY(!checked.ok());
        QCOMPARE(readAll(path), before);
    }

    void shouldKeepFilesPrivateWhateverTheUmask()
    {
        // GIVEN the common umask 022 (which would give 0644 files)
        const mode_t previous = ::umask(022);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("nested/trellis"));
        const QString path = folder + QStringLiteral("/private.sqlite");

        // WHEN a database is created in a new folder and written to
        {
            auto opened = Database::open(path, Database::OpenMode::CreateIfMissing);
            QVERIFY(opened.ok());
            QVERIFY(SettingsStore(opened.value()->connection())
                        .setValue(QStringLiteral("a"), QStringLiteral("b")));

            // THEN the folders we made are 0700 and the file and its companions 0600
            QCOMPARE(mode(folder), 0700);
            QCOMPARE(mode(dir.filePath(QStringLiteral("nested"))), 0700);
            QCOMPARE(mode(path), 0600);
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            QCOMPARE(mode(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(mode(path + QStringLiteral("-shm")), 0600);

            // AND a backup is 0600 too
            const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
            QVERIFY(opened.value()->backupTo(backup));
            QCOMPARE(mode(backup), 0600);
        }
        ::umask(previous);
    }

    void shouldGiveEachThreadItsOwnConnection()
    {
        test::TempDatabase temp;
        QSqlDatabase mine = temp.db().connection();
        QCOMPARE(temp.db().connection().connectionName(), mine.connectionName());

        QString workerName;
        qint64 workerForeignKeys = -1;
        bool workerWrote = false;
        QThread *worker = QThread::create([&] {
            QSqlDatabase theirs = temp.db().connection();
            workerName = theirs.connectionName();
            workerForeignKeys = pragma(theirs, "foreign_keys");
            workerWrote =
                SettingsStore(theirs).setValue(QStringLiteral("from"), QStringLiteral("worker")).ok();
        });
        worker->start();
        QVERIFY(worker->wait(10000));

        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mine.connectionName());
        QCOMPARE(workerForeignKeys, 1);
        QVERIFY(workerWrote);
        // The worker's connection went away with its thread, and its write is visible here.
        QVERIFY(!QSqlDatabase::contains(workerName));
        QCOMPARE(SettingsStore(mine).value(QStringLiteral("from")), QStringLiteral("worker"));
        delete worker;
    }

    void shouldWaitForAWorkerStillReadingBeforeClosing()
    {
        // GIVEN a worker thread that holds its connection and reads after the database is asked
        // to close (a page closed while its load runs)
        auto temp = std::make_unique<test::TempDatabase>();
        QSemaphore connected;
        std::atomic<bool> readDone{false};
        bool readOk = false;
        QThread *worker = QThread::create([&] {
            QSqlDatabase theirs = temp->db().connection();
            connected.release();
            QThread::msleep(300);
            QSqlQuery query(theirs);
            readOk = query.exec(QStringLiteral("SELECT count(*) FROM person")) && query.next();
            readDone = true;
        });
        worker->start();
        connected.acquire();

        // WHEN the database closes
        temp.reset();

        // THEN it waited for the worker, whose read went through on its open connection
        QVERIFY(readDone);
        QVERIFY(readOk);
        QVERIFY(worker->wait(10000));
        delete worker;
    }

    void shouldWaitForWorkHandedToAWorkerThatHasNotConnectedYet()
    {
        // GIVEN work handed to a worker (counted before it starts) that has not yet opened its
        // connection when the database is asked to close
        auto temp = std::make_unique<test::TempDatabase>();
        Database *database = &temp->db();
        std::atomic<bool> closed{false};
        std::atomic<bool> readAfterClose{false};
        bool readOk = false;
        RunningWork::Ticket ticket;
        QCOMPARE(RunningWork::running(), 1);
        QThread *worker = QThread::create([&, ticket = std::move(ticket)]() mutable {
            ticket.enterWorkerThread();
            QThread::msleep(300);
            if (closed) {
                readAfterClose = true; // the old destructor: reading now would use freed memory
            } else {
                QSqlQuery query(database->connection());
                readOk = query.exec(QStringLiteral("SELECT count(*) FROM person")) && query.next();
            }
            ticket.end();
        });
        worker->start();

        // WHEN the database closes
        temp.reset();
        closed = true;

        // THEN it waited for the work, which read through it before it closed
        QVERIFY(worker->wait(10000));
        QVERIFY(!readAfterClose);
        QVERIFY(readOk);
        QCOMPARE(RunningWork::running(), 0);
        delete worker;
    }

    void shouldNotWaitForItsOwnWorkWhenClosedOnAWorker()
    {
        // GIVEN work on a worker that opens and closes a database of its own (the demo generator)
        QTemporaryDir dir;
        bool opened = false;
        RunningWork::Ticket ticket;
        // (waiting for itself would end in the minute's limit and this warning)
        QTest::failOnWarning(QRegularExpression(QStringLiteral("background work still runs")));
        QThread *worker = QThread::create([&, ticket = std::move(ticket)]() mutable {
            ticket.enterWorkerThread();
            opened = Database::open(dir.filePath(QStringLiteral("own.sqlite")),
                                    Database::OpenMode::CreateIfMissing)
                         .ok();
            ticket.end();
        });
        worker->start();
        QVERIFY(worker->wait(30000));

        // THEN closing it did not wait for the work it belongs to
        QVERIFY(opened);
        delete worker;
    }

    void shouldBackUpToAVerifiedCopy()
    {
        test::TempDatabase temp;
        QVERIFY(
            SettingsStore(temp.db().connection()).setValue(QStringLiteral("profile"), QStringLiteral("7")));
        const QString out = temp.file(QStringLiteral("copy.sqlite"));
        QVERIFY(temp.db().backupTo(out));

        auto report = DatabaseCheck::run(out);
        QVERIFY(report.ok());
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(report->schemaVersion, Database::latestSchemaVersion());
        auto copy = Database::open(out);
        QVERIFY(copy.ok());
        QCOMPARE(SettingsStore(copy.value()->connection()).value(QStringLiteral("profile")),
                 QStringLiteral("7"));

        // An existing target is never overwritten.
        const QByteArray before = readAll(out);
        const Status again = temp.db().backupTo(out);
        QVERIFY(!again.ok());
        QVERIFY(again.errorMessage().contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(out), before);
    }
};

class SettingsStoreTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldStoreReplaceAndRemoveValues()
    {
        test::TempDatabase temp;
        SettingsStore store(temp.db().connection());
        QCOMPARE(store.value(QStringLiteral("profile.person")), std::nullopt);
        QVERIFY(store.setValue(QStringLiteral("profile.person"), QStringLiteral("12")));
        QVERIFY(store.setValue(QStringLiteral("profile.person"), QStringLiteral("13")));
        QCOMPARE(store.value(QStringLiteral("profile.person")), QStringLiteral("13"));
        QVERIFY(store.remove(QStringLiteral("profile.person")));
        QCOMPARE(store.value(QStringLiteral("profile.person")), std::nullopt);
    }
};

TRELLIS_REGISTER_TEST(DatabaseTest);
TRELLIS_REGISTER_TEST(SettingsStoreTest);

#include "databasetest.moc"
