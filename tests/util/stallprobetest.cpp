#include "util/stallprobe.h"

#include "testlib/testregistry.h"
#include "util/clock.h"

#include <QTest>
#include <QThread>

using namespace trellis;

class StallProbeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldRecordABlockedEventLoop()
    {
        // GIVEN a running probe
        StallProbe probe(5);
        probe.start();
        QTest::qWait(30);

        // WHEN the thread blocks for 150 ms
        QThread::msleep(150);
        QTest::qWait(20);
        probe.stop();

        // THEN the longest gap covers the block, and it counts as one stall over 100 ms
        QVERIFY2(probe.longestGapMs() >= 150, qPrintable(QString::number(probe.longestGapMs())));
        QCOMPARE(probe.stallsOver(100), 1);
        QVERIFY(probe.ticks() > 2);
    }
};

class ClockTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldReturnThePinnedTime()
    {
        const QDateTime pinned(QDate(2026, 3, 29), QTime(0, 30), Qt::UTC);
        {
            PinnedClock pin(pinned);
            QCOMPARE(Clock::nowUtc(), pinned);
            QCOMPARE(Clock::nowSecs(), pinned.toSecsSinceEpoch());
            QVERIFY(Clock::isPinned());
        }
        QVERIFY(!Clock::isPinned());
        QVERIFY(qAbs(Clock::nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    }
};

TRELLIS_REGISTER_TEST(StallProbeTest);
TRELLIS_REGISTER_TEST(ClockTest);

#include "stallprobetest.moc"
