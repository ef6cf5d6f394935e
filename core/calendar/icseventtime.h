#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace trellis {

// A start, end, RECURRENCE-ID, RDATE or EXDATE in one of iCalendar's three forms.
struct IcsEventTime {
    enum class Form { Zoned, Floating, Date };

    Form form = Form::Zoned;
    QDate date;
    QTime time;       // unused for Date
    QString timeZone; // Zoned only: IANA id; a UTC alias ("UTC", "Etc/UTC") is written as `…Z`

    static IcsEventTime zoned(QDate d, QTime t, const QString &zone) { return {Form::Zoned, d, t, zone}; }
    static IcsEventTime floating(QDate d, QTime t) { return {Form::Floating, d, t, {}}; }
    static IcsEventTime allDay(QDate d) { return {Form::Date, d, {}, {}}; }
};

} // namespace trellis
