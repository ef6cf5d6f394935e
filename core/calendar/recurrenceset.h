#pragma once

#include "calendar/meetingtimes.h"
#include "calendar/recurrencerule.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace trellis {

// The occurrence starts of one series: its RRULEs (union), RDATEs and EXDATEs,
// expanded by libical in the series' own wall-clock time and converted to UTC
// with the series' IANA zone (floating and all-day: UTC). Overrides are applied
// by RecurrenceExpander, not here.
//
// libical (3.0) does not add a DTSTART that does not match the RRULE; RFC 5545
// leaves that case undefined, so an unsynchronised start is not an occurrence.
class RecurrenceSet {
public:
    struct Instance {
        QDateTime wall; // the wall time, as a Qt::UTC QDateTime showing it (00:00 for all-day)
        qint64 utc = 0; // the start instant
        friend bool operator==(const Instance &, const Instance &) = default;
    };

    // rruleLines: the stored rrule column (one RRULE value per line); rdates, exdates: comma-separated,
    // in the start's form.
    [[nodiscard]] static Result<RecurrenceSet> create(const LocalStart &start, const QString &rruleLines,
                                                      const QString &rdates, const QString &exdates);
    [[nodiscard]] static Result<RecurrenceSet> create(const LocalStart &start,
                                                      const QList<RecurrenceRule> &rules,
                                                      const QString &rdates = {},
                                                      const QString &exdates = {});

    const LocalStart &start() const;

    // Instances starting in [fromUtc, toUtc), ascending, EXDATEs removed.
    QList<Instance> between(qint64 fromUtc, qint64 toUtc) const;
    // The first instance, if any.
    std::optional<Instance> first() const;
    // True when every RRULE has COUNT or UNTIL (an RDATE-only series is bounded).
    bool isBounded() const;
    // The last instance; std::nullopt when unbounded or empty.
    std::optional<Instance> last() const;

    // The stored text of an instance's wall time (the form of recurrence_id).
    QString recurrenceIdText(const Instance &instance) const;

    struct Data;

private:
    explicit RecurrenceSet(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> m_data;
};

} // namespace trellis
