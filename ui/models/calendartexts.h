#pragma once

#include "domain/enums.h"
#include "insights/calendaragenda.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

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
    // "Planned", "Held", "Cancelled", "Missed", "Not logged yet".
    [[nodiscard]] static QString status(const AgendaEntry &entry, qint64 nowUtc);
    // Rich text: who, when (both zones when they differ), title, status, conflict.
    [[nodiscard]] static QString tooltip(const AgendaEntry &entry, Role viewer, qint64 nowUtc);
    // The accessible text of an entry ("Ana Lopez, 17:30–18:30, not logged yet").
    [[nodiscard]] static QString accessible(const AgendaEntry &entry, Role viewer, const QTimeZone &zone,
                                            qint64 nowUtc);
};

} // namespace trellis
