#pragma once

#include "calendar/icsevent.h"
#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace trellis {

// Serialises VEVENTs with libical (CRLF lines, folding at 75 octets, TEXT
// escaping) following ICALENDAR.md's export rules: TZID with the plain IANA
// name (UTC as `…Z`), RRULE UNTIL in UTC for zoned starts and as a DATE for
// all-day ones, EXDATE/RDATE/RECURRENCE-ID in the start's form, an exclusive
// all-day DTEND, UTC stamps and a VALARM for reminders.
class IcsEventWriter {
public:
    // dtstamp: when the file is produced (the DTSTAMP of every event).
    explicit IcsEventWriter(const QDateTime &dtstamp);

    // BEGIN:VCALENDAR with PRODID, VERSION:2.0, CALSCALE:GREGORIAN, METHOD:PUBLISH.
    static QByteArray calendarBegin();
    // END:VCALENDAR with its CRLF.
    static QByteArray calendarEnd();
    static QString productId();

    // One BEGIN:VEVENT … END:VEVENT block; an error names what could not be written.
    [[nodiscard]] Result<QByteArray> write(const IcsEvent &event) const;

private:
    QDateTime m_dtstamp;
};

} // namespace trellis
