#pragma once

#include "domain/meeting.h"
#include "services/servicecontext.h"

#include <QDate>

namespace trellis {

// Which occurrences of a series an edit changes (the choice calendar clients offer).
enum class OccurrenceScope { ThisOccurrence, ThisAndFollowing, AllOccurrences };

// An edit of one occurrence of a series, applied to the chosen scope.
struct OccurrenceEdit {
    Id seriesId = 0;
    QString recurrenceId; // the edited occurrence's original start, in the series' form
    OccurrenceScope scope = OccurrenceScope::ThisOccurrence;
    // The edited occurrence as it should be. Used: startLocal, timezone, floating, allDay,
    // durationMinutes, title, location, mode, initiator, agenda, reminderMinutes; for
    // ThisOccurrence also status, sharedNotes and privateNotes (per occurrence, so the series
    // scopes leave them alone). rrules (series scopes): the rule from this occurrence on; empty
    // keeps the series' rule (COUNT reduced to the remaining occurrences on a split, plain
    // BYDAY weekdays moved along when the occurrence moves to another day).
    // Ids, kind, UID, SEQUENCE and the recurrence fields of `values` are ignored.
    Meeting values;
};

// Edits of recurring meetings with iCalendar semantics (ARCHITECTURE.md, meetings contract),
// each one transaction and one ChangeSet (undone through ChangeApplier):
//  - ThisOccurrence: creates or updates the occurrence's override.
//  - ThisAndFollowing: splits the series: the old one ends (UNTIL) just before the occurrence,
//    a new series with a new UID starts at the occurrence's new time. Later overrides move to the
//    new series, their original starts shifted by the same wall-clock offset.
//  - AllOccurrences: changes the series; the start shifts by the offset between the occurrence's
//    new and original start, so its overrides' original starts (and EXDATEs, RDATEs, a date-time
//    UNTIL) are shifted too and stay consistent.
// An override that kept its original time follows its occurrence; a moved one keeps its time.
// An override whose shifted original start is no occurrence of the changed series becomes a
// single meeting when it holds anything (held/no-show, notes, agenda) and is removed otherwise.
// The edited occurrence's own override takes the new start. SEQUENCE rises on every change to
// time or recurrence, never goes down (storage rule, undo included).
class SeriesEditService {
public:
    explicit SeriesEditService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
        , m_db(db)
    {}

    // primaryId: the override (ThisOccurrence), the new series (ThisAndFollowing; the series when
    // the occurrence is its first) or the series (AllOccurrences).
    [[nodiscard]] Result<ChangeSet> editOccurrence(const OccurrenceEdit &edit);
    // The occurrence's override gets status cancelled (created when missing); the series' SEQUENCE
    // rises too, since its exported form gains an EXDATE. primaryId: the override.
    [[nodiscard]] Result<ChangeSet> cancelOccurrence(Id seriesId, const QString &recurrenceId);
    // Ends the series after its last occurrence on or before `lastDay` (in the series' own zone):
    // every RRULE gets that UNTIL instead of COUNT/UNTIL, later RDATEs go, later overrides are
    // detached as above. Refused when no occurrence would remain (delete the series instead).
    [[nodiscard]] Result<ChangeSet> endSeries(Id seriesId, const QDate &lastDay);

private:
    Result<Id> editThis(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit);
    Result<Id> editFollowing(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit);
    Result<Id> editAll(RowStore &rows, const Meeting &series, const OccurrenceEdit &edit);

    ServiceContext m_context;
    Database &m_db;
};

} // namespace trellis
