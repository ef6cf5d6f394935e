#pragma once

#include "calendar/meetingtimes.h"
#include "domain/meeting.h"
#include "services/servicecontext.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace trellis {

// One event to import, as plain meeting values (core/io maps the file's events to these).
struct MeetingImportItem {
    // kind, uid, sequence, title, location, start (startLocal/timezone/floating/allDay),
    // durationMinutes, rrules/rdates/exdates (series), status, sharedNotes, reminderMinutes.
    // Ids, relationship and the derived fields are ignored.
    Meeting meeting;
    std::optional<LocalStart> originalStart; // overrides: the RECURRENCE-ID as read
    bool hasDescription = false;             // sharedNotes replace the stored ones only then
    int line = 0;                            // for messages
};

enum class MeetingImportOutcome { Added, Updated, Unchanged, Skipped };

struct MeetingImportNote {
    int line = 0;
    QString message;
};

struct MeetingImportResult {
    ChangeSet changes;                          // everything written: undo applies its inverse
    std::vector<MeetingImportOutcome> outcomes; // one per item, in order
    std::vector<MeetingImportNote> warnings;
};

// Writes imported events in ONE transaction and one ChangeSet (ICALENDAR.md, import):
//  - identity is UID + RECURRENCE-ID, looked up in bulk;
//  - a known event is updated in place, in its own relationship, only when the file's SEQUENCE is
//    higher than the stored one (RFC 5545: SEQUENCE is the revision); at an equal or lower
//    SEQUENCE Trellis keeps its own version (unchanged), so re-importing an export changes nothing.
//    An update takes the file's time, recurrence, title, location, reminder, a cancelled status
//    and (when present) the description; the stored SEQUENCE becomes the file's;
//  - an unknown event goes to `relationshipId`; an override to its series' relationship (the series
//    from the same file or already stored). An override whose series is nowhere is kept as a single
//    meeting (a warning), or skipped when its UID is taken;
//  - any failure or a cancel rolls everything back.
// Progress and cancel for an import on a worker thread.
struct MeetingImportHooks {
    std::function<void(qint64 done, qint64 total)> progress; // now and then, from this thread
    const std::atomic_bool *cancel = nullptr;                // polled; true: error, nothing written
};

class MeetingImportService {
public:
    explicit MeetingImportService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<MeetingImportResult> importMeetings(Id relationshipId,
                                                             const std::vector<MeetingImportItem> &items,
                                                             const MeetingImportHooks &hooks = {});

private:
    ServiceContext m_context;
};

} // namespace trellis
