#include "calendar/icalzones.h"

#include "testlib/testregistry.h"

#include <QTest>

#include <libical/ical.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace trellis;

// Workers expand recurrences in zones at the same moment (every page's loader starts when the
// window opens): after IcalZones::prepare() each of them finds its zone and converts alike.
class IcalZonesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shouldServeZonesToManyThreadsAtOnce()
    {
        IcalZones::prepare();
        IcalZones::prepare(); // once is enough; again is harmless
        QVERIFY(icaltimezone_get_builtin_timezones() != nullptr);
        QVERIFY(icaltimezone_get_builtin_timezones()->num_elements > 300);

        constexpr int Threads = 8;
        const char *zones[] = {"Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"};
        std::atomic<int> ready{0};
        std::vector<int> hours(Threads, -1);
        std::vector<std::thread> workers;
        for (int i = 0; i < Threads; ++i) {
            workers.emplace_back([&, i] {
                ++ready;
                while (ready.load() < Threads) {
                }
                icaltimezone *zone = icaltimezone_get_builtin_timezone(zones[i % 4]);
                if (!zone)
                    return;
                // 12:00 UTC on 11 March 2026 in the zone's wall time.
                icaltimetype time = icaltime_from_string("20260311T120000Z");
                icaltimezone_convert_time(&time, icaltimezone_get_utc_timezone(), zone);
                hours[i] = time.hour;
            });
        }
        for (std::thread &worker : workers)
            worker.join();
        const int expected[] = {13, 8, 21, 23}; // CET, EDT (from 8 March), JST, AEDT
        for (int i = 0; i < Threads; ++i)
            QCOMPARE(hours[i], expected[i % 4]);
    }
};

TRELLIS_REGISTER_TEST(IcalZonesTest);
#include "icalzonestest.moc"
