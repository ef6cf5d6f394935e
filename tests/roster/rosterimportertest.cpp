#include "io/rosterimporter.h"

#include "changenotifier.h"
#include "services/changeapplier.h"
#include "services/peopleservice.h"
#include "storage/rosterqueries.h"
#include "testlib/databasedump.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace trellis;
using namespace trellis::test;

namespace {

CsvTable table(const QByteArray &bytes)
{
    auto parsed = CsvReader::parse(bytes, QStringLiteral("roster.csv"));
    return parsed.ok() ? parsed.value() : CsvTable{};
}

Result<RosterImportPlan> planOf(Database &db, const QByteArray &bytes)
{
    const CsvTable csv = table(bytes);
    return RosterImporter(db).plan(csv, RosterMapping::guess(csv.records.value(0).fields),
                                   QStringLiteral("roster.csv"));
}

Person personNamed(Database &db, const QString &name)
{
    RosterFilter filter;
    filter.nameContains = name;
    auto found = RosterQueries(db.connection()).search(filter);
    return found && !found->isEmpty() ? found->first() : Person{};
}

Id storeGrace(Database &db)
{
    Person grace;
    grace.displayName = QStringLiteral("Grace Hopper");
    grace.email = QStringLiteral("grace@example.org");
    grace.isCoordinator = true;
    auto created = PeopleService(db).createPerson(grace);
    return created ? created->primaryId : 0;
}

const QByteArray goodRoster =
    "Name,Email,Roles,Skills,Interests,Capacity,Manager,Department\n"
    "Ada Lovelace,ada@example.org,mentor,\"maths, writing\",poetry,3,grace@example.org,R&D\n"
    "Charles Babbage,charles@example.org,mentee,,engines,,Ada Lovelace,R&D\n"
    "Mary Somerville,mary@example.org,mentee,,,,charles@example.org,\n";

} // namespace

class RosterImporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldImportWishListsAndNeverPairListsForMatching()
    {
        // GIVEN a stored mentor, and a roster whose mentees list wished-for mentors (ranked, by name
        // or e-mail, in the file or the database) and mentors they must never be paired with
        TempDatabase temp;
        Person stored;
        stored.displayName = QStringLiteral("Grace Hopper");
        stored.email = QStringLiteral("grace@example.org");
        stored.isMentor = true;
        stored.capacity = 2;
        QVERIFY(PeopleService(temp.db()).createPerson(stored).ok());
        const QByteArray roster =
            "Name,Email,Roles,Wish list,Never pair with\n"
            "Ada Lovelace,ada@example.org,mentor,,\n"
            "Charles Babbage,charles@example.org,mentee,grace@example.org; Ada Lovelace,\n"
            "Mary Somerville,mary@example.org,mentee,Ada Lovelace,Grace Hopper\n";
        auto plan = planOf(temp.db(), roster);
        QVERIFY(plan.ok());
        QVERIFY2(plan->canImport(), qPrintable(plan->problemReport()));
        QVERIFY(RosterImporter(temp.db()).commit(*plan).ok());

        // THEN each mentee's wishes are stored in the file's order, and the exclusion as one
        const Id grace = personNamed(temp.db(), QStringLiteral("Grace Hopper")).id;
        const Id ada = personNamed(temp.db(), QStringLiteral("Ada Lovelace")).id;
        const Id charles = personNamed(temp.db(), QStringLiteral("Charles Babbage")).id;
        const Id mary = personNamed(temp.db(), QStringLiteral("Mary Somerville")).id;
        auto rows = RosterQueries(temp.db().connection()).matchPreferences();
        QVERIFY(rows.ok());
        QList<std::tuple<Id, Id, MatchPreferenceKind, int>> got;
        for (const MatchPreference &row : *rows)
            got.append({row.menteeId, row.mentorId, row.kind, row.rank});
        const QList<std::tuple<Id, Id, MatchPreferenceKind, int>> expected = {
            {charles, grace, MatchPreferenceKind::Wish, 1},
            {charles, ada, MatchPreferenceKind::Wish, 2},
            {mary, ada, MatchPreferenceKind::Wish, 1},
            {mary, grace, MatchPreferenceKind::Never, 0}};
        QCOMPARE(got, expected);
    }

    void shouldRefuseWishesForPeopleWhoAreNoMentors()
    {
        TempDatabase temp;
        const QByteArray roster = "Name,Roles,Wishes,Never pair\n"
                                  "Ada Lovelace,mentor,Charles Babbage,\n"
                                  "Charles Babbage,mentee,Mary Somerville,\n"
                                  "Mary Somerville,mentee,Nobody Known,Ada Lovelace\n"
                                  "Alan Turing,mentee,Ada Lovelace,ada lovelace\n";
        auto plan = planOf(temp.db(), roster);
        QVERIFY(plan.ok());
        QVERIFY(!plan->canImport());
        const QString report = plan->problemReport();
        // A mentor with wishes; a mentee wished for; nobody of that name; wished and ruled out at once
        QVERIFY2(report.contains(QStringLiteral("line 2, wishes: only a mentee")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("line 3, wishes: Mary Somerville is not a mentor")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("line 4, wishes: nobody called Nobody Known")),
                 qPrintable(report));
        QVERIFY2(report.contains(
                     QStringLiteral("line 5, never-pair: ada lovelace is both wished for and ruled out")),
                 qPrintable(report));
    }

    void shouldResolveManagersInTheFileAndTheDatabase()
    {
        // GIVEN a database with Grace, and a roster whose managers are Grace (stored, by e-mail),
        // Ada (in the file, by name, earlier) and Charles (in the file, by e-mail)
        TempDatabase temp;
        const Id grace = storeGrace(temp.db());
        QVERIFY(grace > 0);

        // WHEN it is planned and committed
        auto plan = planOf(temp.db(), goodRoster);
        QVERIFY(plan.ok());
        QVERIFY2(plan->canImport(), qPrintable(plan->problemReport()));
        QCOMPARE(plan->rows.size(), 3);
        QCOMPARE(plan->rows.at(0).managerName, QStringLiteral("Grace Hopper"));
        QVERIFY(!plan->rows.at(0).managerInFile);
        QCOMPARE(plan->rows.at(1).managerName, QStringLiteral("Ada Lovelace"));
        QVERIFY(plan->rows.at(1).managerInFile);
        auto changes = RosterImporter(temp.db()).commit(*plan);
        QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.errorMessage()));

        // THEN everybody is stored with their manager, tags and roles
        const Person ada = personNamed(temp.db(), QStringLiteral("Ada"));
        const Person charles = personNamed(temp.db(), QStringLiteral("Charles"));
        const Person mary = personNamed(temp.db(), QStringLiteral("Mary"));
        QCOMPARE(ada.managerId, std::optional<Id>(grace));
        QCOMPARE(charles.managerId, std::optional<Id>(ada.id));
        QCOMPARE(mary.managerId, std::optional<Id>(charles.id));
        QVERIFY(ada.isMentor && !ada.isMentee);
        QCOMPARE(ada.capacity, 3);
        QCOMPARE(ada.skills, QStringList({QStringLiteral("maths"), QStringLiteral("writing")}));
        QCOMPARE(charles.interests, QStringList({QStringLiteral("engines")}));
        QCOMPARE(ada.department, QStringLiteral("R&D"));
        QCOMPARE(changes->ids(Entity::Person, ChangeKind::Inserted).size(), 3);
    }

    void shouldResolveAManagerListedLaterInTheFile()
    {
        TempDatabase temp;
        auto plan = planOf(temp.db(), "Name,Email,Manager\n"
                                      "Junior,j@example.org,Senior\n"
                                      "Senior,s@example.org,\n");
        QVERIFY(plan.ok() && plan->canImport());
        QVERIFY(RosterImporter(temp.db()).commit(*plan).ok());
        QCOMPARE(personNamed(temp.db(), QStringLiteral("Junior")).managerId,
                 std::optional<Id>(personNamed(temp.db(), QStringLiteral("Senior")).id));
    }

    void shouldRefuseWithEveryProblemNamedAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        const QByteArray header = "Name,Email,Roles,Manager\n";
        const QByteArray ok = "Ok Person,ok@example.org,mentee,\n";
        QTest::newRow("e-mail already stored")
            << QByteArray(header + ok + "Grace H.,GRACE@example.org,mentor,\n") << 3 << "email"
            << "already belongs to Grace Hopper";
        QTest::newRow("name already stored, no e-mail")
            << QByteArray(header + ok + "grace hopper,,mentor,\n") << 3 << "name"
            << "already in this database";
        QTest::newRow("same name twice in the file without e-mail")
            << QByteArray(header + "Twin,,mentee,\n" + ok + "Twin,,mentee,\n") << 4 << "name"
            << "also on line 2";
        QTest::newRow("unknown manager")
            << QByteArray(header + ok + "New,new@example.org,mentee,Nobody Known\n") << 3 << "manager"
            << "nobody called Nobody Known";
        QTest::newRow("own manager") << QByteArray(header + ok +
                                                   "Self,self@example.org,mentee,self@example.org\n")
                                     << 3 << "manager"
                                     << "own manager";
        QTest::newRow("bad role (parser)")
            << QByteArray(header + ok + "X,x@example.org,boss,\n") << 3 << "roles"
            << "unknown role";
        QTest::newRow("bad e-mail (parser)")
            << QByteArray(header + ok + "Y,not-mail,mentee,\n") << 3 << "email"
            << "not an e-mail";
    }
    void shouldRefuseWithEveryProblemNamedAndWriteNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        // GIVEN a database with Grace Hopper
        TempDatabase temp;
        QVERIFY(storeGrace(temp.db()) > 0);
        const QString before = dumpDatabase(temp.db().connection());

        // WHEN a roster with one problem is planned and committed
        auto plan = planOf(temp.db(), csv);
        QVERIFY(plan.ok());
        QVERIFY(!plan->canImport());
        auto committed = RosterImporter(temp.db()).commit(*plan);

        // THEN the problem names its line and field, the commit is refused and nothing is written
        QCOMPARE(plan->problems.size(), 1);
        QCOMPARE(plan->problems.first().line, line);
        QCOMPARE(plan->problems.first().field, field);
        QVERIFY2(plan->problems.first().message.contains(words), qPrintable(plan->problems.first().message));
        QVERIFY(!committed.ok());
        QVERIFY(committed.errorMessage().contains(
            QStringLiteral("roster.csv, line %1, %2").arg(line).arg(field)));
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
        QVERIFY(plan->rows.at(line - 2).hasProblem);
    }

    void shouldListProblemsOfSeveralRowsInLineOrder()
    {
        TempDatabase temp;
        auto plan = planOf(temp.db(), "Name,Email,Roles,Capacity\n"
                                      "A,a@example.org,mentor,lots\n"
                                      ",b@example.org,mentee,\n"
                                      "C,bad,wizard,\n");
        QVERIFY(plan.ok());
        QList<int> lines;
        for (const RosterProblem &problem : plan->problems)
            lines << problem.line;
        QCOMPARE(lines, QList<int>({2, 3, 4, 4}));
        QCOMPARE(plan->problemReport().count(QLatin1Char('\n')), 3);
    }

    void shouldRefuseAFileWithNobodyInIt()
    {
        TempDatabase temp;
        auto plan = planOf(temp.db(), "Name,Email\n");
        QVERIFY(plan.ok());
        QVERIFY(!plan->canImport());
        QVERIFY(!RosterImporter(temp.db()).commit(*plan).ok());
    }

    void shouldCommitOneChangeSetThatUndoesAsOne()
    {
        // GIVEN a database and a notifier
        TempDatabase temp;
        QVERIFY(storeGrace(temp.db()) > 0);
        ChangeNotifier notifier;
        QSignalSpy spy(&notifier, &ChangeNotifier::changed);
        const QString before = dumpDatabase(temp.db().connection());

        // WHEN the roster is imported
        auto plan = planOf(temp.db(), goodRoster);
        QVERIFY(plan.ok());
        auto changes = RosterImporter(temp.db(), &notifier).commit(*plan);
        QVERIFY(changes.ok());
        const QString after = dumpDatabase(temp.db().connection());

        // THEN one ChangeSet holds every person and tag; the new people are announced once, together
        QCOMPARE(changes->ids(Entity::Person, ChangeKind::Inserted).size(), 3);
        QCOMPARE(changes->ids(Entity::PersonTag, ChangeKind::Inserted).size(), 4);
        int insertions = 0;
        for (const QList<QVariant> &signal : std::as_const(spy)) {
            if (signal.at(0).value<Entity>() == Entity::Person &&
                signal.at(2).value<ChangeKind>() == ChangeKind::Inserted) {
                ++insertions;
                QCOMPARE(signal.at(1).value<QList<qint64>>().size(), 3);
            }
        }
        QCOMPARE(insertions, 1);

        // AND applying its inverse restores the database; redo brings the import back
        const ChangeApplier applier(temp.db());
        auto undone = applier.apply(changes->inverse());
        QVERIFY(undone.ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), before);
        QVERIFY(applier.apply(undone->inverse()).ok());
        QCOMPARE(dumpDatabase(temp.db().connection()), after);
    }

    void shouldUseAMappingFile()
    {
        TempDatabase temp;
        const QString csvPath = temp.file(QStringLiteral("odd.csv"));
        const QString mappingPath = temp.file(QStringLiteral("odd.mapping"));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Who;Contact;Kind\nAda;ada@example.org;mentor\n");
        csv.close();
        QFile mapping(mappingPath);
        QVERIFY(mapping.open(QIODevice::WriteOnly));
        mapping.write("# odd headers\nname = Who\nemail = Contact\nroles = Kind\n");
        mapping.close();
        auto changes = RosterImporter(temp.db()).importFile(csvPath, mappingPath);
        QVERIFY2(changes.ok(), qPrintable(changes.ok() ? QString() : changes.errorMessage()));
        const Person ada = personNamed(temp.db(), QStringLiteral("Ada"));
        QCOMPARE(ada.email, QStringLiteral("ada@example.org"));
        QVERIFY(ada.isMentor);
    }
};

TRELLIS_REGISTER_TEST(RosterImporterTest);

#include "rosterimportertest.moc"
