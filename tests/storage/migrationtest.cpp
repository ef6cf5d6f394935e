#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/searchquery.h"
#include "storage/settingsstore.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
        // Each fixture notes the schema that wrote it ("schema-N.sqlite": "written by schema N").
        const QString version = QFileInfo(fixture).completeBaseName().section(QLatin1Char('-'), 1);
        QCOMPARE(SettingsStore(opened.value()->connection()).value(QStringLiteral("fixture.note")),
                 QStringLiteral("written by schema %1").arg(version));
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

    void shouldIndexExistingRecordsWhenAddingSearch()
    {
        // GIVEN the schema-2 fixture (a held meeting with shared and private notes, a goal, a
        // contact, a resource), WHEN it is migrated, THEN what was there is found, private notes not.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-2.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        const SearchQuery search(opened.value()->connection());
        const auto kinds = [&search](const QString &text) {
            QList<SearchHit::Kind> found;
            const auto results = search.run(text);
            for (const SearchGroup &group : results->groups) {
                for (const SearchHit &hit : group.hits)
                    found.append(hit.kind);
            }
            return found;
        };
        QCOMPARE(kinds(QStringLiteral("fortnightly")), QList<SearchHit::Kind>{SearchHit::Kind::Meeting});
        QCOMPARE(kinds(QStringLiteral("onboarding")), QList<SearchHit::Kind>{SearchHit::Kind::Goal});
        QCOMPARE(kinds(QStringLiteral("facilitation")), QList<SearchHit::Kind>{SearchHit::Kind::Contact});
        QCOMPARE(kinds(QStringLiteral("candour")), QList<SearchHit::Kind>{SearchHit::Kind::Resource});
        QCOMPARE(kinds(QStringLiteral("kubernetes")), QList<SearchHit::Kind>{SearchHit::Kind::Person});
        QCOMPARE(kinds(QStringLiteral("cohort 2026")), QList<SearchHit::Kind>{SearchHit::Kind::Relationship});
        QVERIFY(kinds(QStringLiteral("anxious")).isEmpty());
    }
};

TRELLIS_REGISTER_TEST(MigrationTest);

#include "migrationtest.moc"
