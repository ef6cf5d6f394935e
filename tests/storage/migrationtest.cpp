#include "services/peopleservice.h"
#include "services/preferences.h"
#include "services/relationshipservice.h"
#include "services/resourceservice.h"
#include "services/settingsservice.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/libraryquery.h"
#include "storage/profilestore.h"
#include "storage/relationshipqueries.h"
#include "storage/searchquery.h"
#include "storage/settingsstore.h"
#include "testlib/testregistry.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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

        // Before its schema changed, the file was copied beside it (issue 16, item 8): the copy is
        // the old schema with the same data, private to its owner.
        const QString copy = dir.filePath(QStringLiteral("old.schema%1.sqlite").arg(before->schemaVersion));
        QVERIFY2(QFile::exists(copy), qPrintable(QDir(dir.path()).entryList().join(QLatin1Char(' '))));
        QCOMPARE(QFile::permissions(copy) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        auto saved = DatabaseCheck::run(copy);
        QVERIFY(saved.ok());
        QVERIFY(saved->problems.isEmpty());
        QCOMPARE(saved->schemaVersion, before->schemaVersion);
        // Opening the migrated file again copies nothing more.
        QVERIFY(Database::open(path).ok());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.schema*")}, QDir::Files).size(), 1);
    }

    void shouldGiveSettingsIdsAndKeepThemUsable()
    {
        // GIVEN the schema-3 fixture (key/value settings: a profile and a preference) WHEN migrated
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-3.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY(opened.ok());
        Database &db = *opened.value();

        // THEN every setting is a row with an id, read as before
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*), count(DISTINCT id), min(id) FROM settings")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 4);
        QCOMPARE(query.value(1).toInt(), 4);
        QVERIFY(query.value(2).toLongLong() > 0);
        QCOMPARE(ProfileStore(db.connection()).profile(), std::optional<Profile>(Profile{1, Role::Mentor}));
        QCOMPARE(Preferences::load(db.connection()).cadenceDays, 21);

        // AND a key stays unique, and the search triggers still read their switch
        QVERIFY(
            !query.exec(QStringLiteral("INSERT INTO settings(key, value) VALUES('profile.role', 'mentee')")));
        auto changed = SettingsService(db).savePreferences({});
        QVERIFY(changed.ok());
        QCOMPARE(Preferences::load(db.connection()).cadenceDays, DatabasePreferences{}.cadenceDays);
        Person person;
        person.displayName = QStringLiteral("Kubernetes Fan");
        QVERIFY(PeopleService(db).createPerson(person).ok());
        QCOMPARE(SearchQuery(db.connection()).run(QStringLiteral("kubernetes fan"))->groups.size(), 1);
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

    void shouldBuildTheLibraryKeepingResourcesAndShares();

    void shouldAddMatchPreferencesThatRefuseNonsense()
    {
        // GIVEN the schema-5 fixture, migrated (schema 8 adds match_preference)
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        QSqlQuery query(opened.value()->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT min(id), max(id) FROM person")));
        QVERIFY(query.next());
        const qint64 first = query.value(0).toLongLong();
        const qint64 last = query.value(1).toLongLong();
        QVERIFY(first < last);
        const auto insert = [&](qint64 mentee, qint64 mentor, const char *kind, int rank) {
            QSqlQuery row(opened.value()->connection());
            row.prepare(QStringLiteral(
                "INSERT INTO match_preference(mentee_id, mentor_id, kind, rank) VALUES (?, ?, ?, ?)"));
            row.addBindValue(mentee);
            row.addBindValue(mentor);
            row.addBindValue(QLatin1String(kind));
            row.addBindValue(rank);
            return row.exec();
        };
        // THEN a wish is kept, a pair only once, never oneself, only the two kinds
        QVERIFY(insert(first, last, "wish", 1));
        QVERIFY(!insert(first, last, "never", 0));
        QVERIFY(!insert(first, first, "wish", 1));
        QVERIFY(!insert(last, first, "maybe", 0));
        QVERIFY(!insert(last, first, "wish", -1));
        QVERIFY(!insert(last, last + 1000, "never", 0)); // no such person
    }

    void shouldAddResourceSuggestions()
    {
        // GIVEN the schema-5 fixture (a relationship, two resources), migrated through 0009
        QVERIFY(Database::latestSchemaVersion() >= 9);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-5.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto opened = Database::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
        Database &db = *opened.value();
        const LibraryQuery library(db.connection());
        QVERIFY(library.suggestionsInRelationship(1).value().isEmpty());

        // WHEN the mentee suggests a link and the mentor accepts it
        ResourceService resources(db);
        ResourceSuggestion suggestion;
        suggestion.relationshipId = 1;
        suggestion.suggestedOn = QDate(2026, 3, 1);
        suggestion.title = QStringLiteral("Café networking guide");
        suggestion.url = QStringLiteral("https://example.org/cafe");
        QVERIFY(resources.suggestResource(suggestion).ok());
        auto stored = library.suggestionsInRelationship(1);
        QVERIFY(stored.ok() && stored->size() == 1);
        QCOMPARE(stored->first().suggestion.status, SuggestionStatus::Pending);
        QVERIFY(resources.acceptSuggestion(stored->first().id(), QDate(2026, 3, 2), std::nullopt).ok());

        // THEN it is in the library (and its index) and the suggestion names it
        stored = library.suggestionsInRelationship(1);
        QCOMPARE(stored->first().suggestion.status, SuggestionStatus::Accepted);
        QCOMPARE(stored->first().resourceTitle, QStringLiteral("Café networking guide"));
        LibraryFilter filter;
        filter.text = QStringLiteral("networking");
        auto hits = library.find(filter);
        QVERIFY(hits.ok());
        QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [&](const LibraryItem &item) {
            return item.id() == stored->first().suggestion.resourceId;
        }));
    }

    void shouldGiveFeedbackAVisibility()
    {
        // GIVEN the schema-4 fixture: feedback by the mentor (1 star), the mentee and a coordinator
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-4.sqlite"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        {
            // WHEN it is migrated
            auto opened = Database::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
            QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
            auto feedback = RelationshipQueries(opened.value()->connection()).feedback(1);
            QVERIFY(feedback.ok());
            QCOMPARE(feedback->size(), 3);
            // THEN what the pair wrote about each other is for the coordinators only, the
            // coordinator's note stays shared with the pair
            for (const Feedback &given : std::as_const(*feedback)) {
                QCOMPARE(given.visibility, given.authorRole == Role::Coordinator
                                               ? FeedbackVisibility::SharedWithPair
                                               : FeedbackVisibility::CoordinatorOnly);
            }
            // AND the column refuses other values
            QSqlQuery query(opened.value()->connection());
            QVERIFY(!query.exec(QStringLiteral("UPDATE feedback SET visibility = 'everyone' WHERE id = 1")));
            // AND a new entry keeps the visibility it was given
            Feedback shared = feedback->first();
            shared.id = 0;
            shared.visibility = FeedbackVisibility::SharedWithPair;
            shared.authorRole = Role::Mentor;
            auto added = RelationshipService(*opened.value()).createFeedback(shared);
            QVERIFY(added.ok());
            auto again = RelationshipQueries(opened.value()->connection()).feedback(1);
            QCOMPARE(again->size(), 4);
            QCOMPARE(std::count_if(again->cbegin(), again->cend(),
                                   [](const Feedback &f) {
                                       return f.visibility == FeedbackVisibility::SharedWithPair;
                                   }),
                     2);
        }

        // AND a database written by a newer schema is still refused, untouched
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery bump(raw);
            QVERIFY(bump.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        auto newer = Database::open(path);
        QVERIFY(!newer.ok());
        QVERIFY2(newer.errorMessage().contains(QStringLiteral("newer version of Trellis")),
                 qPrintable(newer.errorMessage()));
    }
};

void MigrationTest::shouldBuildTheLibraryKeepingResourcesAndShares()
{
    // GIVEN the schema-5 fixture: an article and a job lead (tags, a café in Lisboa), both shared
    // with the relationship, the article opened
    QVERIFY(Database::latestSchemaVersion() >= 6);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TRELLIS_TEST_DATA_DIR "/schemas/schema-5.sqlite"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.errorMessage()));
    Database &db = *opened.value();
    const LibraryQuery library(db.connection());

    // WHEN migrated, THEN the resources and their shares are all there, the shares naming them
    auto all = library.find({});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).resource.kind, ResourceKind::JobLead);
    QCOMPARE(all->at(1).resource.deadline, std::optional<QDate>(QDate(2026, 2, 15)));
    QCOMPARE(all->at(1).resource.audience, ResourceAudience::Everyone);
    QCOMPARE(all->at(0).shareCount, 1);
    auto shares = library.sharesInRelationship(1);
    QCOMPARE(shares->size(), 2);
    QCOMPARE(shares->at(1).share.note, QStringLiteral("Read before our next meeting"));
    QCOMPARE(shares->at(1).share.status(), ShareStatus::Opened);
    QCOMPARE(shares->at(1).share.resourceTitle, QStringLiteral("Giving feedback"));

    // AND the library index and the tag vocabulary hold what was there
    const auto ids = [&](const QString &text) {
        QList<Id> found;
        // Kept in a variable: a range-for over value() of a temporary Result would dangle.
        const auto items = library.find(LibraryFilter{text, {}, {}});
        for (const LibraryItem &item : items.value())
            found.append(item.id());
        return found;
    };
    QCOMPARE(ids(QStringLiteral("candour")), QList<Id>{1});
    QCOMPARE(ids(QStringLiteral("cafe lisboa")), QList<Id>{2});
    QCOMPARE(ids(QStringLiteral("ux")), QList<Id>{2});
    QCOMPARE(library.tags()->size(), 4);
    QCOMPARE(library.tags()->first().id > 0, true);
    // AND the global search still finds resources
    QCOMPARE(SearchQuery(db.connection()).run(QStringLiteral("candour"))->groups.size(), 1);

    // AND the new kinds are accepted, unknown ones still refused
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE resource SET kind = 'course' WHERE id = 1")));
    QVERIFY(!query.exec(QStringLiteral("UPDATE resource SET kind = 'podcast' WHERE id = 1")));
    // AND removing a resource keeps its shares as a trace
    QVERIFY(query.exec(QStringLiteral("DELETE FROM resource WHERE id = 2")));
    shares = library.sharesInRelationship(1);
    QCOMPARE(shares->size(), 2);
    QVERIFY(shares->at(0).share.isRemoved());
    QCOMPARE(shares->at(0).resourceTitle, QStringLiteral("Junior UX researcher"));
    QCOMPARE(ids(QStringLiteral("lisboa")), QList<Id>{});
}

TRELLIS_REGISTER_TEST(MigrationTest);

#include "migrationtest.moc"
