#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace trellis {

// A repeat rule read back in words, for the Plan meeting dialog and the calendar's tooltips:
// "Every 3 weeks on Tuesday, until 30 June 2027", "Every month on the last Friday, 6 times".
// `start` supplies what the rule leaves to DTSTART (the weekday of a weekly rule, the day of a
// monthly one); `zone` is the meeting's, in which a UTC UNTIL names its last day.
class RecurrenceTexts {
    Q_DECLARE_TR_FUNCTIONS(RecurrenceTexts)

public:
    // Empty for an empty rule; the rule's text itself when it cannot be read.
    [[nodiscard]] static QString describe(const QString &rrule, const QDate &start,
                                          const QTimeZone &zone = QTimeZone::utc());
    // "Tuesday", "second Tuesday", "last Friday".
    [[nodiscard]] static QString weekday(Qt::DayOfWeek day, int position = 0);
};

} // namespace trellis
