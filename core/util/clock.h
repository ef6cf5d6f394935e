#pragma once

#include <QDate>
#include <QDateTime>

#include <optional>

namespace trellis {

// The one place "now" and "today" come from, so tests (and demo data) can pin them.
class Clock {
public:
    static QDateTime nowUtc();
    static QDate today(); // in the system's local time zone
    static qint64 nowSecs() { return nowUtc().toSecsSinceEpoch(); }

    // Pins the clock until reset (tests, reproducible demos).
    static void pin(const QDateTime &utc);
    static void reset();
    static bool isPinned();
};

// Pins the clock for a scope (tests).
class PinnedClock {
public:
    explicit PinnedClock(const QDateTime &utc) { Clock::pin(utc); }
    ~PinnedClock() { Clock::reset(); }
    PinnedClock(const PinnedClock &) = delete;
    PinnedClock &operator=(const PinnedClock &) = delete;
};

} // namespace trellis
