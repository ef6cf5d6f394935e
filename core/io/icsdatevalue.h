#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace trellis {

// One DATE or DATE-TIME value of an .ics file, checked strictly: libical 3.0 accepts
// 7-digit or negative years and impossible dates such as 30 February without complaint.
struct IcsDateValue {
    QDate date;
    std::optional<QTime> time; // absent for a DATE
    bool utc = false;          // DATE-TIME ending in Z
    bool strayZ = false;       // a DATE followed by Z ("20131210Z"), read as the DATE

    bool isDate() const { return !time.has_value(); }

    // Parses "YYYYMMDD", "YYYYMMDDTHHMMSS" or "YYYYMMDDTHHMMSSZ"; on failure returns nothing
    // and puts a readable reason into *problem.
    static std::optional<IcsDateValue> parse(QStringView text, QString *problem);

    // 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS', the form Trellis stores.
    QString localText() const;
};

} // namespace trellis
