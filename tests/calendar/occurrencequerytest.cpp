#include "storage/occurrencequery.h"

#include "testlib/tempdatabase.h"
#include "testlib/testregistry.h"
#include "testrows.h"

#include <QTest>

using namespace trellis;
using trellis::test::TestRows;

namespace {

qint64 utc(const char *text)
{
    QDateTime dt = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt.toSecsSinceEpoch();
}

LocalStart berlin(const char *text)
{
    return LocalStart{QLatin1String(text), QStringLiteral("Europe/Berlin")};
}

// "relationship:local start:status[:override]" per occurrence.
QStringList describe(const QList<Occurrence> &occurrences, const QHash<qint64, QString> &names)
{
    QStringList lines;
    for (const Occurrence &o : occurrences) {
        QString line = names.value(o.relationshipId) + QLatin1Char(' ') +
                       o.startLocal.toString(QStringLiteral("MM-dd HH:mm")) + QLatin1Char(' ') +
                       occurrenceStatusText(o.status);
        if (o.overrideId)
            line += QStringLiteral(" override");
        lines << line;
    }
    return lines;
}

} // namespace

// GIVEN (for every test) three relationships:
//   r1 A→B (cohort X): series Mondays and Thursdays 10:00 Berlin from 2024-01-01, COUNT=4;
//      the 2024-01-08 occurrence is moved to 2024-01-20 (outside the series' own span)
//   r2 A→C (cohort Y): a held single on 2024-01-10
//   r3 D→C (cohort X): monthly 2TU series from 2024-01-09, unbounded; 2024-01-09 cancelled
class OccurrenceQueryTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempDatabase> m_temp;
    QHash<qint64, QString> m_names;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0, m_x = 0, m_y = 0, m_r1 = 0, m_r2 = 0, m_r3 = 0;

    OccurrenceQuery query() { return OccurrenceQuery(m_temp->db().connection()); }

    QStringList run(const RelationshipScope &scope, qint64 from, qint64 to)
    {
        const auto result = query().occurrences(scope, from, to);
        if (!result.ok())
            return {QStringLiteral("error: ") + result.errorMessage()};
        return describe(*result, m_names);
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempDatabase>();
        TestRows rows(m_temp->db().connection());
        m_a = rows.person(QStringLiteral("A"));
        m_b = rows.person(QStringLiteral("B"));
        m_c = rows.person(QStringLiteral("C"));
        m_d = rows.person(QStringLiteral("D"));
        const qint64 programme = rows.programme(QStringLiteral("P"));
        m_x = rows.cohort(programme, QStringLiteral("X"));
        m_y = rows.cohort(programme, QStringLiteral("Y"));
        m_r1 = rows.relationship(m_a, m_b, programme, m_x);
        m_r2 = rows.relationship(m_a, m_c, programme, m_y);
        m_r3 = rows.relationship(m_d, m_c, programme, m_x);
        m_names = {{m_r1, QStringLiteral("r1")}, {m_r2, QStringLiteral("r2")}, {m_r3, QStringLiteral("r3")}};

        const qint64 s1 = rows.series(m_r1, berlin("2024-01-01T10:00:00"), 60,
                                      QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4"));
        rows.override(s1, QStringLiteral("2024-01-08T10:00:00"), berlin("2024-01-20T10:00:00"), 60,
                      QStringLiteral("planned"));
        rows.single(m_r2, berlin("2024-01-10T15:00:00"), 60, QStringLiteral("held"));
        const qint64 s3 =
            rows.series(m_r3, berlin("2024-01-09T09:00:00"), 30, QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"));
        rows.override(s3, QStringLiteral("2024-01-09T09:00:00"), berlin("2024-01-09T09:00:00"), 30,
                      QStringLiteral("cancelled"));
    }

    void cleanup() { m_temp.reset(); }

    void shouldSelectOccurrencesPerScope_data()
    {
        QTest::addColumn<int>(
            "scope"); // 0 all, 1 r1, 2 person A, 3 person C, 4 cohort X, 5 {r2, r3}, 6 mentor A, 7 mentee C
        QTest::addColumn<QStringList>("expected");

        const QString r1 = QStringLiteral("r1 01-11 10:00 planned");
        const QString r2 = QStringLiteral("r2 01-10 15:00 held");
        const QString r3 = QStringLiteral("r3 01-09 09:00 cancelled override");
        QTest::newRow("everything") << 0 << QStringList{r3, r2, r1};
        QTest::newRow("one relationship (moved occurrence gone)") << 1 << QStringList{r1};
        QTest::newRow("person as mentor") << 2 << QStringList{r2, r1};
        QTest::newRow("person as mentee") << 3 << QStringList{r3, r2};
        QTest::newRow("cohort") << 4 << QStringList{r3, r1};
        QTest::newRow("set of relationships") << 5 << QStringList{r3, r2};
        QTest::newRow("only as mentor") << 6 << QStringList{r2, r1};
        QTest::newRow("only as mentee") << 7 << QStringList{r3, r2};
    }

    void shouldSelectOccurrencesPerScope()
    {
        QFETCH(int, scope);
        QFETCH(QStringList, expected);
        const QList<RelationshipScope> scopes{
            RelationshipScope::all(),       RelationshipScope::relationship(m_r1),
            RelationshipScope::person(m_a), RelationshipScope::person(m_c),
            RelationshipScope::cohort(m_x), RelationshipScope::relationships({m_r2, m_r3}),
            RelationshipScope::mentor(m_a), RelationshipScope::mentee(m_c)};

        // WHEN the week of 2024-01-07 is asked for
        const QStringList actual =
            run(scopes.at(scope), utc("2024-01-07T00:00:00"), utc("2024-01-14T00:00:00"));

        // THEN exactly the scope's occurrences appear, overrides applied
        QCOMPARE(actual, expected);
    }

    void shouldOfferConvenienceScopes()
    {
        const qint64 from = utc("2024-01-07T00:00:00");
        const qint64 to = utc("2024-01-14T00:00:00");
        QCOMPARE(query().forRelationship(m_r2, from, to)->size(), 1);
        QCOMPARE(query().forRelationships({m_r1, m_r2}, from, to)->size(), 2);
        QCOMPARE(query().forPerson(m_d, from, to)->size(), 1);
        QCOMPARE(query().forCohort(m_y, from, to)->size(), 1);
        QCOMPARE(query().all(from, to)->size(), 3);
        QCOMPARE(query().forRelationships({}, from, to)->size(), 0);
    }

    void shouldShowAnOverrideMovedBeyondItsSeriesSpan()
    {
        // WHEN a window after the series' last occurrence but containing the moved one is asked for
        const QStringList actual =
            run(RelationshipScope::all(), utc("2024-01-19T00:00:00"), utc("2024-01-21T00:00:00"));
        // THEN the moved occurrence is there, nothing else
        QCOMPARE(actual, QStringList{QStringLiteral("r1 01-20 10:00 planned override")});
    }

    void shouldExpandUnboundedSeriesInLaterWindows()
    {
        const QStringList actual = run(RelationshipScope::relationship(m_r3), utc("2024-02-01T00:00:00"),
                                       utc("2024-04-01T00:00:00"));
        QCOMPARE(actual, (QStringList{QStringLiteral("r3 02-13 09:00 planned"),
                                      QStringLiteral("r3 03-12 09:00 planned")}));
    }

    void shouldNotExpandRowsOutsideTheWindow()
    {
        // GIVEN a series from 2020 whose rule cannot be read (it would fail if expanded)
        TestRows rows(m_temp->db().connection());
        const qint64 broken = rows.exec(
            QStringLiteral(
                "INSERT INTO meeting(relationship_id, kind, uid, start_local, timezone, start_utc, "
                "duration_minutes, rrule, range_start_utc, range_end_utc, created_at, updated_at) "
                "VALUES(?, 'series', 'broken@test', '2020-01-06T10:00:00', 'Europe/Berlin', ?, 60, "
                "'FREQ=BOGUS;COUNT=2', ?, ?, 0, 0)"),
            {m_r2, utc("2020-01-06T09:00:00"), utc("2020-01-06T09:00:00"), utc("2020-01-13T10:00:00")});

        // WHEN a 2024 window is asked for THEN the broken row is not touched
        QCOMPARE(run(RelationshipScope::all(), utc("2024-01-07T00:00:00"), utc("2024-01-14T00:00:00")).size(),
                 3);

        // AND a 2020 window reaches it and names it in a readable error
        const auto result = query().all(utc("2020-01-01T00:00:00"), utc("2020-02-01T00:00:00"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QString::number(broken)), qPrintable(result.errorMessage()));
        QVERIFY(result.errorMessage().contains(QStringLiteral("FREQ=BOGUS")));
    }

    void shouldReturnNothingForAnEmptyWindow()
    {
        QCOMPARE(run(RelationshipScope::all(), utc("2024-01-14T00:00:00"), utc("2024-01-07T00:00:00")),
                 QStringList());
    }
};

TRELLIS_REGISTER_TEST(OccurrenceQueryTest);
#include "occurrencequerytest.moc"
