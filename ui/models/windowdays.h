#pragma once

#include "calendar/occurrence.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <utility>

namespace trellis {

// The midnights (UTC) of a window's days in the viewer's zone, worked out once, so that the
// calendar's layouts place thousands of occurrences by comparing integers instead of converting
// each one into the zone (a QDateTime in a QTimeZone costs microseconds; a busy month holds
// ten thousand occurrences). Answers as CalendarAgenda::daysOf does.
class WindowDays {
public:
    WindowDays(const QDate &first, int days, const QTimeZone &zone);

    // The first and last day (inclusive) `occurrence` covers, as CalendarAgenda::daysOf says, but
    // for a timed one a day before the window is given as the day just before it and a day after
    // as the day just after (the layouts only clip to the window): no zone conversion at all.
    std::pair<QDate, QDate> daysOf(const Occurrence &occurrence) const;
    // Midnight at the start of `date` (a day of the window, or the day after its last), UTC seconds.
    qint64 midnightOf(const QDate &date) const;

private:
    // The day of the window holding `utc`; the day before or after the window outside it.
    QDate dayOf(qint64 utc) const;

    QDate m_first;
    QTimeZone m_zone;
    QList<qint64> m_midnights; // days + 1 entries: each day's start, then the end of the last
};

} // namespace trellis
