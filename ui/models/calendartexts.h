#pragma once

#include "domain/enums.h"
#include "domain/meeting.h"
#include "insights/calendaragenda.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace trellis {

// The words the calendar views show for an occurrence: who it is with (the other person for a
// mentor or mentee, both for a coordinator), its time range in the viewer's zone, its status and
// the tooltip that says everything (with the meeting's own zone when it differs).
class CalendarTexts {
    Q_DECLARE_TR_FUNCTIONS(CalendarTexts)

public:
    [[nodiscard]] static QString who(const AgendaEntry &entry, Role viewer);
    // "17:30–18:30"; "All day" for an all-day one.
    [[nodiscard]] static QString timeRange(const AgendaEntry &entry, const QTimeZone &zone);
    // "17:30" (the start only).
    [[nodiscard]] static QString startTime(const AgendaEntry &entry, const QTimeZone &zone);
    // A chip's quieter line in `width` (measured by `advance`): "17:30–18:30 · Title" when at
    // least the title's start fits, else the range alone, else the start alone: times stay whole.
    [[nodiscard]] static QString chipDetails(const AgendaEntry &entry, const QTimeZone &zone, qreal width,
                                             const std::function<qreal(const QString &)> &advance);
    // "Planned", "Held", "Cancelled", "Missed", "Not logged yet".
    [[nodiscard]] static QString status(const AgendaEntry &entry, qint64 nowUtc);
    // Rich text: who, when (both zones when they differ), title, status, conflict.
    [[nodiscard]] static QString tooltip(const AgendaEntry &entry, Role viewer, qint64 nowUtc);
    // Rich text like tooltip(), with what only the meeting row says: the mode and the start of the
    // agenda (`details`: the single meeting, the override or the series, CalendarMoves::rowOf).
    [[nodiscard]] static QString tooltip(const AgendaEntry &entry, Role viewer, qint64 nowUtc,
                                         const Meeting &details);
    // The warning before planning or moving a meeting of mentorId and menteeId into `clashes`
    // (CalendarAgenda::clashes): who is double-booked and with which meeting, "Maria Costa already
    // has a meeting then: with Ben Ode, “Check-in”, Tue 7 Jul, 10:30–11:30."; empty when none.
    [[nodiscard]] static QString conflictWarning(const QList<AgendaEntry> &clashes, Id mentorId, Id menteeId,
                                                 const QTimeZone &zone);
    // The accessible text of an entry ("Ana Lopez, 17:30–18:30, not logged yet").
    [[nodiscard]] static QString accessible(const AgendaEntry &entry, Role viewer, const QTimeZone &zone,
                                            qint64 nowUtc);
};

} // namespace trellis
