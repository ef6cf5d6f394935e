#include "storage/searchquery.h"

#include "services/servicebundle.h"
#include "testlib/databasedump.h"
#include "testlib/sampledata.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

SearchResults search(Database &db, const QString &text)
{
    auto found = SearchQuery(db.connection()).run(text);
    if (!found)
        qFatal("%s", qPrintable(found.errorMessage()));
    return *found;
}

// The ids of the hits of one kind.
QList<Id> idsOf(const SearchResults &results, SearchHit::Kind kind)
{
    QList<Id> ids;
    for (const SearchGroup &group : results.groups) {
        for (const SearchHit &hit : group.hits) {
            if (hit.kind == kind)
                ids.append(hit.id);
        }
    }
    return ids;
}

const SearchGroup *groupOf(const SearchResults &results, SearchGroup::Kind kind)
{
    for (const SearchGroup &group : results.groups) {
        if (group.kind == kind)
            return &group;
    }
    return nullptr;
}

int indexRowsContaining(Database &db, const QString &text)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE title LIKE ? OR body LIKE ?"));
    const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    if (!query.exec() || !query.next())
        qFatal("index scan failed");
    return query.value(0).toInt();
}

} // namespace

class SearchQueryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldBuildAPrefixExpressionOfEveryWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("blank") << QStringLiteral("  \t ") << QString();
        QTest::newRow("one word") << QStringLiteral("mar") << QStringLiteral("\"mar\"*");
        QTest::newRow("two words") << QStringLiteral(" mar  cos ") << QStringLiteral("\"mar\"* \"cos\"*");
        QTest::newRow("quotes dropped")
            << QStringLiteral("\"ada\" lo\"ve") << QStringLiteral("\"ada\"* \"lo\"* \"ve\"*");
        // A one-letter word matches most of a large index and no prefix index covers it.
        QTest::newRow("one-letter words left out")
            << QStringLiteral("maria c") << QStringLiteral("\"maria\"*");
        QTest::newRow("only one letter") << QStringLiteral("a") << QString();
        QTest::newRow("operators are words")
            << QStringLiteral("NOT ada*") << QStringLiteral("\"NOT\"* \"ada*\"*");
    }

    void shouldBuildAPrefixExpressionOfEveryWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchQuery::matchExpression(text), expected);
    }

    void shouldGroupPeopleAndRelationshipsByName()
    {
        // GIVEN the sample programme
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());

        // WHEN searching a prefix of the mentor's surname
        const SearchResults results = search(temp.db(), QStringLiteral("lovel"));

        // THEN the person and both of her relationships are found, in their groups
        QCOMPARE(idsOf(results, SearchHit::Kind::Person), QList<Id>{d.mentor});
        QList<Id> relationships = idsOf(results, SearchHit::Kind::Relationship);
        std::sort(relationships.begin(), relationships.end());
        QList<Id> expected{d.relationship, d.proposed};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(relationships, expected);
        QVERIFY(groupOf(results, SearchGroup::Kind::People));
        QVERIFY(groupOf(results, SearchGroup::Kind::Relationships));
        QVERIFY(!groupOf(results, SearchGroup::Kind::Goals));
        QCOMPARE(results.groups.first().kind, SearchGroup::Kind::People);
        const SearchHit &person = groupOf(results, SearchGroup::Kind::People)->hits.first();
        QCOMPARE(person.title, QStringLiteral("Ada Lovelace"));
        QVERIFY(person.snippet.contains(SearchHit::MatchStart + QStringLiteral("Lovelace") +
                                        SearchHit::MatchEnd));
    }

    void shouldRequireEveryWord()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("ada love")), SearchHit::Kind::Person),
                 QList<Id>{d.mentor});
        QVERIFY(idsOf(search(temp.db(), QStringLiteral("ada hopper")), SearchHit::Kind::Person).isEmpty());
    }

    void shouldFindSharedNotesAndNeverPrivateNotes()
    {
        // GIVEN a held meeting with shared notes "Agreed goals" and private notes "Seems nervous"
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());

        // WHEN searching the shared notes THEN the meeting is found under notes, with its relationship
        const SearchResults shared = search(temp.db(), QStringLiteral("agreed"));
        QCOMPARE(idsOf(shared, SearchHit::Kind::Meeting), QList<Id>{d.single});
        const SearchGroup *notes = groupOf(shared, SearchGroup::Kind::Notes);
        QVERIFY(notes);
        QCOMPARE(notes->hits.first().relationshipId, d.relationship);
        QCOMPARE(notes->hits.first().date, QDate(2025, 3, 3));
        QCOMPARE(notes->hits.first().context, QStringLiteral("Ada Lovelace – Charles Babbage"));

        // WHEN searching the private notes THEN nothing is found, and the text is nowhere in the index
        QVERIFY(search(temp.db(), QStringLiteral("nervous")).isEmpty());
        QCOMPARE(indexRowsContaining(temp.db(), QStringLiteral("nervous")), 0);

        // WHEN only the private notes change THEN they still are not indexed
        ServiceBundle services(temp.db());
        Meeting meeting = services.get<Meeting>(d.single);
        meeting.privateNotes = QStringLiteral("Worried about confidentiality");
        meeting.sharedNotes = QStringLiteral("Agreed goals; confidential matters stay here");
        QVERIFY(services.meetings.updateMeeting(meeting).ok());
        QVERIFY(search(temp.db(), QStringLiteral("worried")).isEmpty());
        QCOMPARE(indexRowsContaining(temp.db(), QStringLiteral("Worried")), 0);
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("confidential matters")), SearchHit::Kind::Meeting),
                 QList<Id>{d.single});
    }

    void shouldFindGoalsContactsAndResources()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("publish")), SearchHit::Kind::Goal),
                 QList<Id>{d.goal});
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("reading list")), SearchHit::Kind::Contact),
                 QList<Id>{d.contact});
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("writing")), SearchHit::Kind::Resource),
                 QList<Id>{d.resource});
    }

    void shouldFollowInsertsUpdatesAndDeletes()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle services(temp.db());

        // insert
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Learn calligraphy");
        auto created = services.goals.createGoal(goal);
        QVERIFY(created.ok());
        const Id goalId = created->primaryId;
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("callig")), SearchHit::Kind::Goal),
                 QList<Id>{goalId});

        // update
        goal = services.get<Goal>(goalId);
        goal.title = QStringLiteral("Learn pottery");
        QVERIFY(services.goals.updateGoal(goal).ok());
        QVERIFY(search(temp.db(), QStringLiteral("callig")).isEmpty());
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("pottery")), SearchHit::Kind::Goal),
                 QList<Id>{goalId});

        // a renamed person renames her relationships
        Person mentor = services.get<Person>(d.mentor);
        mentor.displayName = QStringLiteral("Augusta King");
        QVERIFY(services.people.updatePerson(mentor).ok());
        QVERIFY(
            idsOf(search(temp.db(), QStringLiteral("lovelace")), SearchHit::Kind::Relationship).isEmpty());
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("augusta babbage")), SearchHit::Kind::Relationship),
                 QList<Id>{d.relationship});

        // delete (and the cascade from a relationship)
        QVERIFY(services.goals.deleteGoal(goalId).ok());
        QVERIFY(search(temp.db(), QStringLiteral("pottery")).isEmpty());
        QVERIFY(services.relationships.deleteRelationship(d.relationship).ok());
        QVERIFY(search(temp.db(), QStringLiteral("agreed")).isEmpty());
        QVERIFY(search(temp.db(), QStringLiteral("publish")).isEmpty());
        QVERIFY(search(temp.db(), QStringLiteral("reading")).isEmpty());
    }

    void shouldFollowUndoAndRedo()
    {
        // GIVEN the sample programme and its index
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle services(temp.db());
        const QString before = dumpDatabase(temp.db().connection());

        // WHEN a relationship is deleted (cascading to goals, meetings and contacts) and undone
        auto done = services.relationships.deleteRelationship(d.relationship);
        QVERIFY(done.ok());
        QVERIFY(search(temp.db(), QStringLiteral("agreed")).isEmpty());
        auto undone = services.applier.apply(done->inverse());
        QVERIFY(undone.ok());

        // THEN everything is found again, and the index holds exactly what it held
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("agreed")), SearchHit::Kind::Meeting),
                 QList<Id>{d.single});
        QCOMPARE(idsOf(search(temp.db(), QStringLiteral("publish")), SearchHit::Kind::Goal),
                 QList<Id>{d.goal});
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
        QVERIFY(dumpDatabase(temp.db().connection()).contains(QStringLiteral("## search_index")));

        // AND redo removes them again
        QVERIFY(services.applier.apply(undone->inverse()).ok());
        QVERIFY(search(temp.db(), QStringLiteral("publish")).isEmpty());
    }

    void shouldLimitEachGroupAndSayThereIsMore()
    {
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle services(temp.db());
        for (int i = 0; i < 5; ++i) {
            Goal goal;
            goal.relationshipId = d.relationship;
            goal.title = QStringLiteral("Practise juggling %1").arg(i);
            QVERIFY(services.goals.createGoal(goal).ok());
        }
        auto limited = SearchQuery(temp.db().connection()).run(QStringLiteral("juggling"), 3);
        QVERIFY(limited.ok());
        QCOMPARE(limited->groups.size(), 1);
        QCOMPARE(limited->groups.first().hits.size(), 3);
        QVERIFY(limited->groups.first().more);
        auto all = SearchQuery(temp.db().connection()).run(QStringLiteral("juggling"), 5);
        QVERIFY(all.ok());
        QCOMPARE(all->hitCount(), 5);
        QVERIFY(!all->groups.first().more);
    }

    void shouldListTheNewestWhenAKindHasTooManyMatchesToRank()
    {
        // GIVEN more goals matching "juggling" than SearchQuery ranks (copies of one, by SQL)
        TempDatabase temp;
        const SampleData d = SampleData::create(temp.db());
        ServiceBundle services(temp.db());
        Goal goal;
        goal.relationshipId = d.relationship;
        goal.title = QStringLiteral("Practise juggling");
        auto created = services.goals.createGoal(goal);
        QVERIFY(created.ok());
        const Id first = created->primaryId;
        QStringList columns;
        QSqlQuery info(temp.db().connection());
        QVERIFY(info.exec(QStringLiteral("PRAGMA table_info(goal)")));
        while (info.next()) {
            const QString name = info.value(1).toString();
            if (name != QLatin1String("id") && name != QLatin1String("title"))
                columns.append(name);
        }
        const QString list = columns.join(QLatin1Char(','));
        QSqlQuery copy(temp.db().connection());
        QVERIFY2(copy.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                          "WHERE i < %1) INSERT INTO goal (title,%2) SELECT "
                                          "'Practise juggling ' || n.i, %2 FROM n, goal WHERE goal.id = %3")
                               .arg(SearchQuery::RankLimit + 5)
                               .arg(list)
                               .arg(first)),
                 qPrintable(copy.lastError().text()));

        // WHEN searching for it, THEN the group holds the newest, with snippets, and says there is more
        auto found = SearchQuery(temp.db().connection()).run(QStringLiteral("juggling"), 3);
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.errorMessage()));
        QCOMPARE(found->groups.size(), 1);
        const SearchGroup &group = found->groups.first();
        QCOMPARE(group.hits.size(), 3);
        QVERIFY(group.more);
        QVERIFY(group.hits.at(0).id > group.hits.at(1).id);
        QVERIFY(group.hits.at(1).id > group.hits.at(2).id);
        QCOMPARE(group.hits.at(0).title,
                 QStringLiteral("Practise juggling %1").arg(SearchQuery::RankLimit + 5));
        QVERIFY(group.hits.at(0).snippet.contains(SearchHit::MatchStart));
    }
};

TRELLIS_REGISTER_TEST(SearchQueryTest);

#include "searchquerytest.moc"
