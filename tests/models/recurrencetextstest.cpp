#include "models/recurrencetexts.h"

#include "testlib/testregistry.h"

#include <QLocale>
#include <QTest>

using namespace trellis;

// The recurrence editor's read-back, for a table of rules (source texts: the plural forms and the
// locale's list joining come from the translation and QLocale).
class RecurrenceTextsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldDescribeRulesInWords_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("words");
        // Tuesday 3 March 2026 is DTSTART for every row.
        QTest::newRow("weekly") << QStringLiteral("FREQ=WEEKLY") << QStringLiteral("Every week on Tuesday");
        QTest::newRow("every 3 weeks until")
            << QStringLiteral("FREQ=WEEKLY;INTERVAL=3;BYDAY=TU;UNTIL=20270630T215959Z")
            << QStringLiteral("Every 3 weeks on Tuesday, until 30 June 2027");
        QTest::newRow("two days") << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH")
                                  << QStringLiteral("Every week on ") +
                                         QLocale().createSeparatedList(
                                             {QStringLiteral("Monday"), QStringLiteral("Thursday")});
        QTest::newRow("fortnightly count") << QStringLiteral("FREQ=WEEKLY;INTERVAL=2;COUNT=6")
                                           << QStringLiteral("Every 2 weeks on Tuesday, 6 times");
        QTest::newRow("daily") << QStringLiteral("FREQ=DAILY;COUNT=1") << QStringLiteral("Every day, 1 time");
        QTest::newRow("every 10 days")
            << QStringLiteral("FREQ=DAILY;INTERVAL=10") << QStringLiteral("Every 10 days");
        QTest::newRow("monthly") << QStringLiteral("FREQ=MONTHLY") << QStringLiteral("Every month on day 3");
        QTest::newRow("second tuesday") << QStringLiteral("FREQ=MONTHLY;BYDAY=2TU")
                                        << QStringLiteral("Every month on the second Tuesday");
        QTest::newRow("last friday") << QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR")
                                     << QStringLiteral("Every 3 months on the last Friday");
        QTest::newRow("yearly") << QStringLiteral("FREQ=YEARLY") << QStringLiteral("Every year on 3 March");
        QTest::newRow("date until") << QStringLiteral("FREQ=WEEKLY;UNTIL=20260331")
                                    << QStringLiteral("Every week on Tuesday, until 31 March 2026");
        QTest::newRow("unreadable") << QStringLiteral("FREQ=SOMETIMES") << QStringLiteral("FREQ=SOMETIMES");
    }
    void shouldDescribeRulesInWords()
    {
        QFETCH(QString, rule);
        QFETCH(QString, words);
        QCOMPARE(RecurrenceTexts::describe(rule, QDate(2026, 3, 3), QTimeZone("Europe/Berlin")), words);
    }
};

TRELLIS_REGISTER_TEST(RecurrenceTextsTest);

#include "recurrencetextstest.moc"
