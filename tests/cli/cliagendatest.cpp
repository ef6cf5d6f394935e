#include "clirunner.h"
#include "insights/calendaragenda.h"
#include "io/meetingfixture.h"
#include "storage/database.h"
#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace trellis;
using namespace trellis::test;

namespace {

// Two relationships of Ada (person 1): a weekly Berlin series with a cancelled occurrence, a New
// York single that overlaps one of its occurrences (a conflict for Ada), and an all-day meeting.
struct AgendaDatabase {
    TempDatabase temp;
    qint64 grace = 0;

    AgendaDatabase()
    {
        MeetingFixture f(temp.db().connection());
        const qint64 ada = f.addPerson(QStringLiteral("Ada"));
        grace = f.addPerson(QStringLiteral("Grace"));
        const qint64 first = f.addRelationship(ada, grace);
        const qint64 second = f.addRelationship(ada, f.addPerson(QStringLiteral("Alan")));
        MeetingSpec weekly;
        weekly.kind = QStringLiteral("series");
        weekly.title = QStringLiteral("Weekly");
        weekly.startLocal = QStringLiteral("2031-03-04T17:00:00");
        weekly.timezone = QStringLiteral("Europe/Berlin");
        weekly.rrule = QStringLiteral("FREQ=WEEKLY;COUNT=6");
        const qint64 series = f.addMeeting(first, weekly);
        MeetingSpec cancelled;
        cancelled.kind = QStringLiteral("override");
        cancelled.seriesId = series;
        cancelled.recurrenceId = QStringLiteral("2031-03-18T17:00:00");
        cancelled.startLocal = cancelled.recurrenceId;
        cancelled.timezone = weekly.timezone;
        cancelled.status = QStringLiteral("cancelled");
        f.addMeeting(first, cancelled);
        MeetingSpec clash;
        clash.startLocal = QStringLiteral("2031-03-11T11:30:00");
        clash.timezone = QStringLiteral("America/New_York");
        f.addMeeting(second, clash);
        MeetingSpec allDay;
        allDay.startLocal = QStringLiteral("2031-03-20");
        allDay.allDay = true;
        allDay.durationMinutes = 1440;
        f.addMeeting(second, allDay);
    }
};

} // namespace

class CliAgendaTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --json prints exactly the entries CalendarAgenda gives for the window (what the calendar
    // models hold), with the conflict and the cancelled occurrence marked.
    void shouldPrintWhatTheCalendarHolds()
    {
        AgendaDatabase db;
        auto expected = CalendarAgenda::window(db.temp.db(), RelationshipScope::all(), QDate(2031, 3, 1), 31,
                                               QTimeZone::systemTimeZone());
        QVERIFY(expected.ok());
        QCOMPARE(expected->size(), 6);
        db.temp.close();
        const CliResult result = runCli({QStringLiteral("agenda"), db.temp.path(), QStringLiteral("--from"),
                                         QStringLiteral("2031-03-01"), QStringLiteral("--days"),
                                         QStringLiteral("31"), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray printed = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QJsonArray want;
        for (const AgendaEntry &e : *expected)
            want.append(CalendarAgenda::toJson(e, QTimeZone::systemTimeZone(), 0));
        QCOMPARE(printed.size(), want.size());
        for (int i = 0; i < want.size(); ++i) {
            QJsonObject a = printed.at(i).toObject();
            QJsonObject b = want.at(i).toObject();
            a.remove(QStringLiteral("unlogged")); // relative to now; both are in 2031
            b.remove(QStringLiteral("unlogged"));
            QCOMPARE(a, b);
        }
        int conflicts = 0;
        int cancelled = 0;
        for (const QJsonValue &v : printed) {
            conflicts += v.toObject().value(QStringLiteral("conflict")).toBool() ? 1 : 0;
            cancelled +=
                v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("cancelled") ? 1 : 0;
        }
        QCOMPARE(conflicts, 2); // 11 March 17:00 Berlin = 12:00 New York overlaps 11:30–12:30
        QCOMPARE(cancelled, 1);
    }

    void shouldListOnePersonAsLines()
    {
        AgendaDatabase db;
        db.temp.close();
        const CliResult result =
            runCli({QStringLiteral("agenda"), db.temp.path(), QStringLiteral("--person"),
                    QString::number(db.grace), QStringLiteral("--from"), QStringLiteral("2031-03-01"),
                    QStringLiteral("--days"), QStringLiteral("31")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the person's series only; the conflict is with Ada's other meeting
        QVERIFY2(lines.at(2).contains(QStringLiteral("[cancelled]")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(1).endsWith(QStringLiteral("conflict")), qPrintable(lines.at(1)));
        QVERIFY(lines.first().contains(QStringLiteral("Ada - Grace  Weekly")));
    }

    void shouldRefuseBadArguments()
    {
        AgendaDatabase db;
        db.temp.close();
        QCOMPARE(
            runCli({QStringLiteral("agenda"), db.temp.path(), QStringLiteral("--days"), QStringLiteral("x")})
                .exitCode,
            2);
        QCOMPARE(runCli({QStringLiteral("agenda"), db.temp.path(), QStringLiteral("--from"),
                         QStringLiteral("3/1")})
                     .exitCode,
                 2);
    }
};

TRELLIS_REGISTER_TEST(CliAgendaTest);

#include "cliagendatest.moc"
