#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/settingsstore.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace trellis;

// Every released schema version has a fixture in tests/data/schemas; each must
// open, migrate to the latest version and keep its data.
class MigrationTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldMigrateEveryOldSchema_data()
    {
        QTest::addColumn<QString>("fixture");
        const QDir dir(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas"));
        const QStringList fixtures =
            dir.entryList({QStringLiteral("schema-*.sqlite")}, QDir::Files, QDir::Name);
        QVERIFY(!fixtures.isEmpty());
        for (const QString &name : fixtures)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void shouldMigrateEveryOldSchema()
    {
        QFETCH(QString, fixture);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // A check before opening says an upgrade is pending, and changes nothing.
        auto before = DatabaseCheck::run(path);
        QVERIFY(before.ok());
        QVERIFY(before->problems.isEmpty());
        QVERIFY(before->schemaVersion < Database::latestSchemaVersion());
        QVERIFY(!before->notes.isEmpty());

        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(SettingsStore(opened.value()->connection()).value(QStringLiteral("fixture.note")),
                 QStringLiteral("written by schema 1"));
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 1);
        opened.value().reset();

        auto after = DatabaseCheck::run(path);
        QVERIFY(after.ok());
        QVERIFY(after->problems.isEmpty());
        QVERIFY(after->notes.isEmpty());
    }
};

TRELLIS_REGISTER_TEST(MigrationTest);

#include "migrationtest.moc"
