#pragma once

#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace trellis {

class Database;

enum class DemoSize { Small, Medium, Large };

struct DemoOptions {
    DemoSize size = DemoSize::Small;
    quint64 seed = 1;
    // Called on the generating thread with a fraction in [0, 1] and a short phase text.
    std::function<void(double fraction, const QString &phase)> progress;
    // When set to true (from any thread), generation stops and nothing is written.
    const std::atomic_bool *cancel = nullptr;
};

// What a generation wrote (rows per entity).
struct DemoSummary {
    qint64 people = 0;
    qint64 mentors = 0;
    qint64 mentees = 0;
    qint64 programmes = 0;
    qint64 cohorts = 0;
    qint64 relationships = 0;
    qint64 meetingRows = 0;
    qint64 goals = 0;
    qint64 progressUpdates = 0;
    qint64 resources = 0;
    qint64 totalRows = 0;
    qint64 profilePersonId = 0;
};

// A deterministic, realistic mentoring programme (demo mode, tests,
// benchmarks). The same seed and the same Clock::today() give the same
// database, row for row. History is anchored on Clock::today(): occurrences
// before today are past (held, cancelled, moved, no-show or left unlogged),
// later ones planned. Writes through BulkWriter in one transaction: a
// cancelled or failed generation writes nothing.
//
// Sizes: small = 1 programme, 2 cohorts, 12 mentors, 30 mentees, 1 coordinator,
// 30 relationships, a year of history; medium ≈ 10× small; large = 5,000
// people, 2,500 relationships, ≥ 200,000 meeting rows, 50,000 goals,
// 500,000 progress updates, 20,000 resources.
class DemoGenerator {
public:
    // Refuses a database that already has people.
    [[nodiscard]] static Result<DemoSummary> generate(Database &db, const DemoOptions &options);

    static std::optional<DemoSize> sizeFromName(const QString &name);
    static QString sizeName(DemoSize size);
};

} // namespace trellis
