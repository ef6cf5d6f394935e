#pragma once

#include "calendar/icseventtime.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// One VEVENT as Trellis writes it: a single meeting, a series, or an override
// of one occurrence (recurrenceId set, uid = the series' UID).
struct IcsEvent {
    enum class Status { Confirmed, Tentative, Cancelled };

    struct Person {
        QString name;
        QString email;
    };

    QString uid;
    int sequence = 0;
    IcsEventTime start;
    int durationMinutes = 0; // an all-day event lasts whole days, at least one
    QStringList rrules;      // RRULE values ("FREQ=WEEKLY;BYDAY=TU"), UNTIL in any form
    QList<IcsEventTime> rdates;
    QList<IcsEventTime> exdates;
    std::optional<IcsEventTime> recurrenceId;
    QString summary;
    QString location;
    QString description; // empty: no DESCRIPTION
    Status status = Status::Confirmed;
    std::optional<int> reminderMinutes; // VALARM DISPLAY this many minutes before
    std::optional<QDateTime> created;
    std::optional<QDateTime> lastModified;
    std::optional<Person> organizer; // written only when set (and with an e-mail address)
    QList<Person> attendees;
};

} // namespace trellis
