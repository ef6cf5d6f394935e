#include "domain/cohort.h"
#include "domain/contact.h"
#include "domain/enums.h"
#include "domain/feedback.h"
#include "domain/goal.h"
#include "domain/meeting.h"
#include "domain/meetinglog.h"
#include "domain/milestone.h"
#include "domain/person.h"
#include "domain/profile.h"
#include "domain/programme.h"
#include "domain/relationship.h"
#include "domain/resource.h"
#include "domain/resourceshare.h"
#include "testlib/testregistry.h"

#include <QTest>

#include <functional>

using namespace trellis;

namespace {

template <typename E>
QString roundTrip(const QString &texts)
{
    const QStringList expected = texts.split(QLatin1Char(' '));
    for (int i = 0; i < expected.size(); ++i) {
        const E value = static_cast<E>(i);
        if (toText(value) != expected.at(i))
            return QStringLiteral("toText(%1) = %2").arg(i).arg(toText(value));
        if (fromText<E>(expected.at(i)) != std::optional<E>(value))
            return QStringLiteral("fromText(%1) failed").arg(expected.at(i));
    }
    if (!toText(static_cast<E>(expected.size())).isEmpty())
        return QStringLiteral("more values than expected");
    if (fromText<E>(u"nonsense") || fromText<E>(u""))
        return QStringLiteral("accepted an unknown text");
    return {};
}

Meeting validMeeting()
{
    Meeting m;
    m.relationshipId = 1;
    m.title = QStringLiteral("Catch-up");
    m.startLocal = QStringLiteral("2025-03-03T10:00:00");
    m.timezone = QStringLiteral("Europe/Berlin");
    return m;
}

} // namespace

using Check = std::function<Status()>;
Q_DECLARE_METATYPE(Check)

class DomainValueTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldConvertEveryEnumToTheSchemasText_data()
    {
        QTest::addColumn<QString>("problem");
        // The texts are the schema's CHECK values, in enum order.
        QTest::newRow("Role") << roundTrip<Role>(QStringLiteral("mentor mentee coordinator"));
        QTest::newRow("TagKind") << roundTrip<TagKind>(QStringLiteral("skill interest"));
        QTest::newRow("ProgrammeFormat")
            << roundTrip<ProgrammeFormat>(QStringLiteral("one_to_one group peer reverse micro"));
        QTest::newRow("RelationshipStatus")
            << roundTrip<RelationshipStatus>(QStringLiteral("proposed active paused completed ended_early"));
        QTest::newRow("FitCheckOutcome")
            << roundTrip<FitCheckOutcome>(QStringLiteral("pending confirmed ended"));
        QTest::newRow("MeasureKind") << roundTrip<MeasureKind>(QStringLiteral("percentage target"));
        QTest::newRow("GoalStatus") << roundTrip<GoalStatus>(
            QStringLiteral("not_started in_progress achieved on_hold abandoned"));
        QTest::newRow("MeetingKind") << roundTrip<MeetingKind>(QStringLiteral("single series override"));
        QTest::newRow("MeetingMode") << roundTrip<MeetingMode>(
            QStringLiteral("in_person video phone chat shadow_day event"));
        QTest::newRow("MeetingStatus")
            << roundTrip<MeetingStatus>(QStringLiteral("planned held cancelled no_show"));
        QTest::newRow("Initiator") << roundTrip<Initiator>(
            QStringLiteral("mentor mentee coordinator unknown"));
        QTest::newRow("ContactChannel")
            << roundTrip<ContactChannel>(QStringLiteral("call email message video in_person other"));
        QTest::newRow("ResourceKind") << roundTrip<ResourceKind>(
            QStringLiteral("article link file template book video job_lead course event"));
    }

    void shouldConvertEveryEnumToTheSchemasText()
    {
        QFETCH(QString, problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void shouldRefuseInvalidValuesNamingTheField_data()
    {
        QTest::addColumn<Check>("check");
        QTest::addColumn<QString>("message"); // empty: valid

        QTest::newRow("person without name")
            << Check([] { return Person{}.validate(); }) << QStringLiteral("Person: the name is empty");
        QTest::newRow("person with unknown zone") << Check([] {
            Person p;
            p.displayName = QStringLiteral("Ada");
            p.timezone = QStringLiteral("Mars/Olympus");
            return p.validate();
        }) << QStringLiteral("time zone “Mars/Olympus”");
        QTest::newRow("person with a skill twice") << Check([] {
            Person p;
            p.displayName = QStringLiteral("Ada");
            p.skills = {QStringLiteral("maths"), QStringLiteral("maths")};
            return p.validate();
        }) << QStringLiteral("“maths” is listed twice in the skills");
        QTest::newRow("person valid") << Check([] {
            Person p;
            p.displayName = QStringLiteral("Ada");
            p.timezone = QStringLiteral("Europe/London");
            return p.validate();
        }) << QString();
        QTest::newRow("programme cadence 0") << Check([] {
            Programme p;
            p.name = QStringLiteral("P");
            p.defaultCadenceDays = 0;
            return p.validate();
        }) << QStringLiteral("default cadence (days) must be at least 1");
        QTest::newRow("cohort ends before start") << Check([] {
            Cohort c;
            c.programmeId = 1;
            c.name = QStringLiteral("C");
            c.startDate = QDate(2025, 5, 1);
            c.endDate = QDate(2025, 4, 1);
            return c.validate();
        }) << QStringLiteral("the end date (2025-04-01) is before the start date");
        QTest::newRow("relationship with oneself") << Check([] {
            Relationship r;
            r.mentorId = r.menteeId = 3;
            r.proposedOn = QDate(2025, 1, 1);
            return r.validate();
        }) << QStringLiteral("must be different people");
        QTest::newRow("relationship ended early without reason") << Check([] {
            Relationship r;
            r.mentorId = 1;
            r.menteeId = 2;
            r.proposedOn = QDate(2025, 1, 1);
            r.status = RelationshipStatus::EndedEarly;
            return r.validate();
        }) << QStringLiteral("end reason is empty");
        QTest::newRow("goal target equals start") << Check([] {
            Goal g;
            g.relationshipId = 1;
            g.title = QStringLiteral("G");
            g.startValue = g.targetValue = 5;
            return g.validate();
        }) << QStringLiteral("target value equals the start value");
        QTest::newRow("milestone without title") << Check([] {
            Milestone m;
            m.goalId = 1;
            return m.validate();
        }) << QStringLiteral("Milestone: the title is empty");
        QTest::newRow("feedback rating 6") << Check([] {
            Feedback f;
            f.relationshipId = 1;
            f.rating = 6;
            f.givenOn = QDate(2025, 1, 1);
            return f.validate();
        }) << QStringLiteral("rating must be between 1 and 5");
        QTest::newRow("share read before shared") << Check([] {
            ResourceShare s;
            s.resourceId = s.relationshipId = 1;
            s.sharedOn = QDate(2025, 2, 1);
            s.readOn = QDate(2025, 1, 1);
            return s.validate();
        }) << QStringLiteral("the date read (2025-01-01) is before the date shared");
        QTest::newRow("resource tag with comma") << Check([] {
            Resource r;
            r.title = QStringLiteral("R");
            r.tags = {QStringLiteral("a,b")};
            return r.validate();
        }) << QStringLiteral("contains a comma");
        QTest::newRow("contact without time") << Check([] {
            Contact c;
            c.relationshipId = 1;
            return c.validate();
        }) << QStringLiteral("time it happened is missing");
        QTest::newRow("meeting valid") << Check([] { return validMeeting().validate(); }) << QString();
        QTest::newRow("meeting bad start") << Check([] {
            Meeting m = validMeeting();
            m.startLocal = QStringLiteral("2025-03-03 10:00");
            return m.validate();
        }) << QStringLiteral("is not a local time");
        QTest::newRow("meeting all-day with zone") << Check([] {
            Meeting m = validMeeting();
            m.allDay = true;
            m.startLocal = QStringLiteral("2025-03-03");
            return m.validate();
        }) << QStringLiteral("has no time zone");
        QTest::newRow("series without rule") << Check([] {
            Meeting m = validMeeting();
            m.kind = MeetingKind::Series;
            return m.validate();
        }) << QStringLiteral("needs a recurrence rule");
        QTest::newRow("override without series") << Check([] {
            Meeting m = validMeeting();
            m.kind = MeetingKind::Override;
            m.recurrenceId = m.startLocal;
            return m.validate();
        }) << QStringLiteral("needs its series");
        QTest::newRow("single with exdate") << Check([] {
            Meeting m = validMeeting();
            m.exdates = {QStringLiteral("2025-03-10T10:00:00")};
            return m.validate();
        }) << QStringLiteral("single meeting has no recurrence");
        QTest::newRow("log as planned") << Check([] {
            MeetingLog log;
            log.meetingId = 1;
            log.status = MeetingStatus::Planned;
            return log.validate();
        }) << QStringLiteral("held or missed");
        QTest::newRow("profile without person")
            << Check([] { return Profile{}.validate(); }) << QStringLiteral("Profile: the person is not set");
    }

    void shouldRefuseInvalidValuesNamingTheField()
    {
        QFETCH(Check, check);
        QFETCH(QString, message);
        // WHEN the value is validated THEN it passes, or the message names the field and problem
        const Status status = check();
        if (message.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.errorMessage()));
        } else {
            QVERIFY(!status.ok());
            QVERIFY2(status.errorMessage().contains(message), qPrintable(status.errorMessage()));
        }
    }

    void shouldSwitchRolesOnAndOff()
    {
        Person p;
        p.setRole(Role::Mentor);
        p.setRole(Role::Coordinator);
        p.setRole(Role::Coordinator, false);
        QVERIFY(p.hasRole(Role::Mentor));
        QVERIFY(!p.hasRole(Role::Mentee));
        QVERIFY(!p.hasRole(Role::Coordinator));
    }
};

TRELLIS_REGISTER_TEST(DomainValueTest);

#include "domainvaluetest.moc"
