#pragma once

#include "domain/meeting.h"
#include "domain/meetinglog.h"
#include "domain/meetingreport.h"
#include "services/servicecontext.h"

namespace trellis {

// Edits of meetings: singles, series and overrides (ARCHITECTURE.md, meetings contract).
// The service derives start_utc, the UTC range and an override's recurrence_id_utc through
// core/calendar, validates RRULEs, generates the UID once (UUID@trellis; an override shares
// its series' UID) and never changes it. SEQUENCE is raised by storage on time changes.
class MeetingService {
public:
    explicit MeetingService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    // `meeting.uid` may be given (an import); otherwise one is generated.
    [[nodiscard]] Result<ChangeSet> createMeeting(const Meeting &meeting);
    // Kind, series, relationship and UID cannot change.
    [[nodiscard]] Result<ChangeSet> updateMeeting(const Meeting &meeting);
    // A series goes with its overrides; action items and feedback keep their text, unlinked.
    [[nodiscard]] Result<ChangeSet> deleteMeeting(Id meetingId);
    // Held / no-show with notes; a series occurrence gets (or updates) its override.
    [[nodiscard]] Result<ChangeSet> logMeeting(const MeetingLog &log);
    // A held (or missed) meeting with its action items and goal progress as ONE edit: a new
    // single meeting, or the log of a planned one (see MeetingReport). The ChangeSet's
    // primaryId is the meeting row that records it.
    [[nodiscard]] Result<ChangeSet> recordMeeting(const MeetingReport &report);
    // The agenda (questions prepared beforehand) of a single meeting or an override, or of one
    // occurrence of a series (`occurrence`: its original start in the series' form), which gets
    // (or updates) its override. Touches nothing else: notes, private notes and times stay.
    [[nodiscard]] Result<ChangeSet> setAgenda(Id meetingId, const QString &occurrence, const QString &agenda);

    static QString generateUid();

    // Building blocks for other services' edits inside their own transaction (SeriesEditService,
    // the .ics import): insert validates, derives the times and refuses a taken UID + RECURRENCE-ID.
    [[nodiscard]] Result<Id> insert(RowStore &rows, Meeting meeting);
    // Fills start_utc, the UTC range and an override's recurrence_id_utc (checking that it is an
    // occurrence of `series` unless `checkOccurrence` is false); `series` only for overrides.
    [[nodiscard]] static Status deriveTimes(Meeting &meeting, const Meeting *series,
                                            bool checkOccurrence = true);

private:
    Result<Id> writeReportedMeeting(RowStore &rows, const MeetingReport &report);
    ServiceContext m_context;
};

} // namespace trellis
