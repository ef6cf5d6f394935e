#pragma once

#include "domain/meeting.h"
#include "insights/calendaragenda.h"
#include "models/datasource.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace trellis {

// What the calendar needs to turn a drag, a resize or Delete into one of the existing edits
// (Edits::updateMeeting for a single meeting, editThisOccurrence / editFollowingOccurrences /
// editAllOccurrences / cancelOccurrence for a series' occurrence): the meeting row behind an
// occurrence, that row moved to a new start and length in the meeting's own zone, and the counts
// the series prompt names. Reads one row or one series on the calling thread (small, bounded).
class CalendarMoves {
    Q_DECLARE_TR_FUNCTIONS(CalendarMoves)

public:
    // The single meeting, the override describing the occurrence, or the series.
    [[nodiscard]] static Result<Meeting> rowOf(const DataSource &data, const AgendaEntry &entry);
    // `row` starting at `start` (any zone; written as wall time in the meeting's own zone, or as the
    // same wall time when floating) and lasting `minutes`.
    [[nodiscard]] static Meeting moved(Meeting row, const AgendaEntry &entry, const QDateTime &start,
                                       int minutes);

    // What `entry` moved to [startUtc, endUtc) would double-book (CalendarAgenda::clashes for its
    // two people, the entry itself left out).
    [[nodiscard]] static Result<QList<AgendaEntry>> clashes(const DataSource &data, const AgendaEntry &entry,
                                                            qint64 startUtc, qint64 endUtc);
    // What a new meeting `planned` (single: its start, zone and length) would double-book.
    [[nodiscard]] static Result<QList<AgendaEntry>> clashes(const DataSource &data, const Meeting &planned,
                                                            Id mentorId, Id menteeId);

    struct SeriesCounts {
        int following = 0;            // this occurrence and the ones after it
        std::optional<int> all;       // every occurrence; none when the series never ends
        std::optional<int> remaining; // after this one; none when it never ends
    };
    // How many occurrences "this and following" and "all" change (expanded in the series' zone).
    [[nodiscard]] static Result<SeriesCounts> counts(const DataSource &data, const AgendaEntry &entry);
    // "This and the 14 following" / "This and all following"; "All 23" / "All occurrences".
    static QString followingText(const SeriesCounts &counts);
    static QString allText(const SeriesCounts &counts);
};

} // namespace trellis
