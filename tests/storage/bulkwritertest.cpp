#include "storage/bulkwriter.h"

#include "storage/entityreader.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using trellis::test::TempDatabase;

namespace {

qint64 count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

const QStringList ProgrammeColumns{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at"),
                                   QStringLiteral("updated_at")};

} // namespace

class BulkWriterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteDomainValuesThroughTheSharedRowMapping()
    {
        // GIVEN domain values, with NULLs, empty texts, enums, lists and tags
        TempDatabase temp;
        Person person;
        person.displayName = QStringLiteral("Anna Berg");
        person.isMentor = true;
        person.capacity = 3;
        person.timezone = QStringLiteral("Europe/Berlin");
        person.languages = {QStringLiteral("English"), QStringLiteral("German")};
        person.skills = {QStringLiteral("sql"), QStringLiteral("python")};
        person.interests = {QStringLiteral("chess")};
        Programme programme;
        programme.name = QStringLiteral("Career Compass");
        programme.format = ProgrammeFormat::Peer;
        Cohort cohort;
        cohort.programmeId = 4;
        cohort.name = QStringLiteral("Spring");
        cohort.startDate = QDate(2025, 3, 1);
        Relationship relationship;
        relationship.mentorId = 2;
        relationship.menteeId = 8;
        relationship.programmeId = 4;
        relationship.status = RelationshipStatus::Active;
        relationship.proposedOn = QDate(2025, 2, 1);
        relationship.startDate = QDate(2025, 3, 3);
        Meeting series;
        series.relationshipId = 5;
        series.kind = MeetingKind::Series;
        series.uid = QStringLiteral("u1@trellis.demo");
        series.title = QStringLiteral("Check-in");
        series.startLocal = QStringLiteral("2025-03-04T10:00:00");
        series.timezone = QStringLiteral("Europe/Berlin");
        series.startUtc = 1741078800;
        series.rrules = {QStringLiteral("FREQ=WEEKLY;COUNT=3")};
        series.rangeStartUtc = series.startUtc;
        series.rangeEndUtc = series.startUtc + 14 * 86400 + 3600;
        series.mode = MeetingMode::Phone;
        series.reminderMinutes = 15;

        // WHEN they are bulk-written with explicit ids and stamps
        auto writer = BulkWriter::begin(temp.db());
        QVERIFY(writer.ok());
        QCOMPARE(writer.value()->maxId<Person>().value(), 0);
        QVERIFY(writer.value()->insertEntity(2, person, {100, 200}).ok());
        Person mentee;
        mentee.displayName = QStringLiteral("Ben Ode");
        mentee.isMentee = true;
        QVERIFY(writer.value()->insertEntity(8, mentee, {100, 100}).ok());
        QVERIFY(writer.value()->insertEntity(4, programme, {100, 100}).ok());
        QVERIFY(writer.value()->insertEntity(3, cohort, {100, 100}).ok());
        QVERIFY(writer.value()->insertEntity(5, relationship, {100, 100}).ok());
        QVERIFY(writer.value()->insertEntity(6, series, {100, 300}).ok());
        QVERIFY(writer.value()->setSetting(QStringLiteral("demo.key"), QStringLiteral("1")).ok());
        QVERIFY(writer.value()->setSetting(QStringLiteral("demo.key"), QStringLiteral("2")).ok());
        QCOMPARE(writer.value()->countRows<Person>().value(), 2);
        QCOMPARE(writer.value()->maxId<Meeting>().value(), 6);
        QVERIFY(writer.value()->commit().ok());
        writer.value().reset();

        // THEN reading them back through the same mapping gives the same values
        const EntityReader reader(temp.db().connection());
        person.id = 2;
        QCOMPARE(reader.get<Person>(2).value(), person);
        programme.id = 4;
        QCOMPARE(reader.get<Programme>(4).value(), programme);
        cohort.id = 3;
        QCOMPARE(reader.get<Cohort>(3).value(), cohort);
        relationship.id = 5;
        QCOMPARE(reader.get<Relationship>(5).value(), relationship);
        series.id = 6;
        QCOMPARE(reader.get<Meeting>(6).value(), series);
        // AND the stamps, NULLs and empty texts are as given ('' stays '', a missing date is NULL)
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT created_at, updated_at, phone, manager_id FROM person WHERE id = 2")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 100);
        QCOMPARE(query.value(1).toLongLong(), 200);
        QVERIFY(!query.isNull(2));
        QCOMPARE(query.value(2).toString(), QString());
        QVERIFY(query.isNull(3));
        QCOMPARE(count(temp.db(), QStringLiteral("person_tag")), 3);
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'demo.key'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
    }

    void shouldCommitRowsWithAllValueTypes()
    {
        // GIVEN a writer with a prepared insert
        TempDatabase temp;
        auto writer = BulkWriter::begin(temp.db());
        QVERIFY(writer.ok());
        auto programme = writer.value()->prepareInsert(QStringLiteral("programme"), ProgrammeColumns);
        QVERIFY(programme.ok());
        auto goal = writer.value()->prepareInsert(QStringLiteral("person"),
                                                  {QStringLiteral("id"), QStringLiteral("display_name"),
                                                   QStringLiteral("manager_id"), QStringLiteral("created_at"),
                                                   QStringLiteral("updated_at")});
        QVERIFY(goal.ok());

        // WHEN rows are inserted and committed
        QVERIFY(
            writer.value()
                ->insert(programme.value(), {qint64(7), QStringLiteral("Café Ünïcode"), qint64(1), qint64(2)})
                .ok());
        QVERIFY(writer.value()
                    ->insert(goal.value(),
                             {qint64(1), QStringLiteral("Anna"), std::monostate{}, qint64(1), qint64(1)})
                    .ok());
        QCOMPARE(writer.value()->rowsWritten(), 2);
        QCOMPARE(writer.value()->maxId(QStringLiteral("programme")).value(), 7);
        QVERIFY(writer.value()->commit().ok());
        writer.value().reset();

        // THEN they are stored as given
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT id, name FROM programme")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), 7);
        QCOMPARE(query.value(1).toString(), QStringLiteral("Café Ünïcode"));
        QVERIFY(query.exec(QStringLiteral("SELECT manager_id IS NULL FROM person")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);

        // AND the search index was built once at commit, with its triggers running again afterwards
        QCOMPARE(count(temp.db(), QStringLiteral("search_index WHERE search_index MATCH 'Anna'")), 1);
        QCOMPARE(count(temp.db(), QStringLiteral("settings WHERE key = 'search.suspended'")), 0);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO person(id, display_name, created_at, updated_at) "
                                          "VALUES(2, 'Bertha', 1, 1)")));
        QCOMPARE(count(temp.db(), QStringLiteral("search_index WHERE search_index MATCH 'Bertha'")), 1);
    }

    void shouldLeaveSearchTriggersAloneWhenRolledBack()
    {
        TempDatabase temp;
        {
            auto writer = BulkWriter::begin(temp.db());
            QVERIFY(writer.ok());
        }
        QCOMPARE(count(temp.db(), QStringLiteral("settings WHERE key = 'search.suspended'")), 0);
    }

    void shouldRollBackWhenNotCommitted()
    {
        TempDatabase temp;
        {
            auto writer = BulkWriter::begin(temp.db());
            QVERIFY(writer.ok());
            auto programme = writer.value()->prepareInsert(QStringLiteral("programme"), ProgrammeColumns);
            QVERIFY(writer.value()
                        ->insert(programme.value(), {qint64(1), QStringLiteral("Gone"), qint64(1), qint64(1)})
                        .ok());
            QCOMPARE(writer.value()->countRows(QStringLiteral("programme")).value(), 1);
        } // destroyed without commit
        QCOMPARE(count(temp.db(), QStringLiteral("programme")), 0);

        // AND the connection is usable for a new transaction afterwards
        auto writer = BulkWriter::begin(temp.db());
        QVERIFY(writer.ok());
        QVERIFY(writer.value()->commit().ok());
    }

    void shouldReportReadableErrors()
    {
        TempDatabase temp;
        auto writer = BulkWriter::begin(temp.db());
        QVERIFY(writer.ok());
        auto programme = writer.value()->prepareInsert(QStringLiteral("programme"), ProgrammeColumns);

        // A constraint violation names the table and SQLite's reason.
        const Status blank = writer.value()->insert(programme.value(),
                                                    {qint64(1), QStringLiteral("  "), qint64(1), qint64(1)});
        QVERIFY(!blank.ok());
        QVERIFY2(blank.errorMessage().contains(QStringLiteral("programme")),
                 qPrintable(blank.errorMessage()));
        QVERIFY(blank.errorMessage().contains(QStringLiteral("CHECK")));

        // Wrong value counts and unknown tables are refused before SQLite sees them.
        const Status short_ = writer.value()->insert(programme.value(), {qint64(1)});
        QVERIFY(short_.errorMessage().contains(QStringLiteral("1 values for 4 columns")));
        QVERIFY(!writer.value()->insert(99, {}).ok());
        auto unknown = writer.value()->prepareInsert(QStringLiteral("no_such_table"), {QStringLiteral("id")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.errorMessage().contains(QStringLiteral("no_such_table")));
    }

    void shouldReplaceOnConflictWhenAsked()
    {
        TempDatabase temp;
        auto writer = BulkWriter::begin(temp.db());
        auto settings = writer.value()->prepareInsert(QStringLiteral("settings"),
                                                      {QStringLiteral("key"), QStringLiteral("value")},
                                                      BulkWriter::OnConflict::Replace);
        QVERIFY(settings.ok());
        QVERIFY(writer.value()->insert(settings.value(), {QStringLiteral("k"), QStringLiteral("1")}).ok());
        QVERIFY(writer.value()->insert(settings.value(), {QStringLiteral("k"), QStringLiteral("2")}).ok());
        QVERIFY(writer.value()->commit().ok());
        QSqlQuery query(temp.db().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("2"));
    }
};

TRELLIS_REGISTER_TEST(BulkWriterTest);

#include "bulkwritertest.moc"
