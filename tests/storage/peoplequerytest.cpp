#include "storage/peoplequery.h"

#include "services/peopleservice.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QTest>

using namespace trellis;
using namespace trellis::test;

class PeopleQueryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheGivenPeopleWithTheirTagsAndSkipRemovedOnes()
    {
        // GIVEN three people, one with skills and an interest
        TempDatabase temp;
        PeopleService service(temp.db());
        QList<Id> ids;
        for (const QString &name : {QStringLiteral("Maria"), QStringLiteral("Ana"), QStringLiteral("Ben")}) {
            Person person;
            person.displayName = name;
            person.isMentee = true;
            if (name == QLatin1String("Ana")) {
                person.skills = {QStringLiteral("sql"), QStringLiteral("python")};
                person.interests = {QStringLiteral("design")};
            }
            auto created = service.createPerson(person);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.errorMessage()));
            ids.append(created->primaryId);
        }

        // WHEN Ana, Ben and an id that does not exist are asked for
        auto found = PeopleQuery(temp.db().connection()).people({ids.at(2), ids.at(1), 9999});

        // THEN the two who exist come back in id order, with Ana's tags in the order added
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 2);
        QCOMPARE(found->at(0).displayName, QStringLiteral("Ana"));
        QCOMPARE(found->at(0).skills, (QStringList{QStringLiteral("sql"), QStringLiteral("python")}));
        QCOMPARE(found->at(0).interests, QStringList{QStringLiteral("design")});
        QCOMPARE(found->at(1).displayName, QStringLiteral("Ben"));
        QVERIFY(found->at(1).skills.isEmpty());

        // AND nothing asked, nothing read
        auto none = PeopleQuery(temp.db().connection()).people({});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void shouldReadMoreIdsThanOneStatementTakes()
    {
        TempDatabase temp;
        Person person;
        person.displayName = QStringLiteral("Maria");
        person.isMentee = true;
        auto created = PeopleService(temp.db()).createPerson(person);
        QVERIFY(created.ok());
        QList<Id> ids;
        for (Id id = 100000; id < 101200; ++id)
            ids.append(id);
        ids.append(created->primaryId);
        auto found = PeopleQuery(temp.db().connection()).people(ids);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
    }
};

TRELLIS_REGISTER_TEST(PeopleQueryTest);

#include "peoplequerytest.moc"
