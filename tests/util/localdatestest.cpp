#include "util/localdates.h"

#include "testlib/testregistry.h"

#include <QDateTime>
#include <QTest>

#include <ctime>

using namespace trellis;

namespace {

// The process's local zone for one test (TZ, read again by the C library and by Qt).
class LocalZone {
public:
    explicit LocalZone(const QByteArray &zone)
        : m_old(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    Q_DISABLE_COPY_MOVE(LocalZone)

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace

// The charts' fast local dates (ActivitySeries) agree with QDateTime's conversion at every quarter
// hour of two years, across the DST changes of zones with whole and half-hour offsets.
class LocalDatesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldGiveTheDatesLocalTimeGives_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Berlin") << QByteArray("Europe/Berlin");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("St John's (half hours)") << QByteArray("America/St_Johns");
        QTest::newRow("Lord Howe (half-hour DST)") << QByteArray("Australia/Lord_Howe");
        QTest::newRow("UTC") << QByteArray("UTC");
    }
    void shouldGiveTheDatesLocalTimeGives()
    {
        QFETCH(QByteArray, zone);
        const LocalZone local(zone);
        const qint64 from = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const LocalDates dates(from, to);
        QVERIFY(dates.usesTransitions());
        for (qint64 utc = from; utc <= to; utc += 900) {
            const QDate expected = QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date();
            if (dates.dateOf(utc) != expected)
                QFAIL(qPrintable(
                    QStringLiteral("%1 at %2: %3, expected %4")
                        .arg(QString::fromLatin1(zone))
                        .arg(utc)
                        .arg(dates.dateOf(utc).toString(Qt::ISODate), expected.toString(Qt::ISODate))));
        }
        // Outside the range it read, it asks QDateTime.
        QCOMPARE(dates.dateOf(to + 200 * 86400), QDateTime::fromSecsSinceEpoch(to + 200 * 86400).date());
    }
};

TRELLIS_REGISTER_TEST(LocalDatesTest);
#include "localdatestest.moc"
