#pragma once

#include "domain/enums.h"

namespace trellis {
class Database;
}

namespace trellis::test {

// A small but complete graph made through the services: every table has rows, and the
// relationship has children of every kind (including a series with an override, and an
// action item and feedback linked to a meeting), so deletes cascade and set NULL.
struct SampleData {
    Id programme = 0, cohort = 0;
    Id manager = 0, mentor = 0, mentee = 0, loner = 0;
    Id relationship = 0, proposed = 0;
    Id supportContact = 0, contact = 0;
    Id goal = 0, milestone = 0, progress = 0, progressLater = 0;
    Id single = 0, series = 0, override = 0;
    Id actionItem = 0, feedback = 0;
    Id resource = 0, share = 0;

    // Fails the current test (QVERIFY) when a service refuses.
    static SampleData create(Database &db);
};

} // namespace trellis::test
