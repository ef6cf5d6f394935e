#include "io/icsdatevalue.h"

#include <QCoreApplication>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::IcsDateValue", text);
}

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

std::optional<IcsDateValue> IcsDateValue::parse(QStringView text, QString *problem)
{
    const QString quoted = QLatin1Char('"') + text.toString() + QLatin1Char('"');
    IcsDateValue value;
    QStringView rest = text.trimmed();
    if (rest.size() == 9 && (rest.endsWith(QLatin1Char('Z')) || rest.endsWith(QLatin1Char('z')))) {
        value.strayZ = true;
        rest.chop(1);
    }
    if (rest.size() != 8 && !(rest.size() >= 15 && rest[8] == QLatin1Char('T'))) {
        *problem = tr("%1 is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)").arg(quoted);
        return std::nullopt;
    }
    const QStringView datePart = rest.left(8);
    if (!allDigits(datePart)) {
        *problem = tr("%1 is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)").arg(quoted);
        return std::nullopt;
    }
    const int year = datePart.left(4).toInt();
    const int month = datePart.mid(4, 2).toInt();
    const int day = datePart.mid(6, 2).toInt();
    value.date = QDate(year, month, day);
    if (year < 1 || !value.date.isValid()) {
        *problem = tr("%1 is not a real date").arg(quoted);
        return std::nullopt;
    }
    if (rest.size() == 8)
        return value;

    QStringView timePart = rest.mid(9);
    if (timePart.endsWith(QLatin1Char('Z')) || timePart.endsWith(QLatin1Char('z'))) {
        value.utc = true;
        timePart.chop(1);
    }
    if (timePart.size() != 6 || !allDigits(timePart)) {
        *problem = tr("%1 is not a date-time (YYYYMMDDTHHMMSS)").arg(quoted);
        return std::nullopt;
    }
    const int hour = timePart.left(2).toInt();
    const int minute = timePart.mid(2, 2).toInt();
    int second = timePart.mid(4, 2).toInt();
    if (second == 60) // a leap second: RFC 5545 allows it; Trellis keeps whole minutes anyway
        second = 59;
    const QTime time(hour, minute, second);
    if (!time.isValid()) {
        *problem = tr("%1 is not a real time of day").arg(quoted);
        return std::nullopt;
    }
    value.time = time;
    return value;
}

QString IcsDateValue::localText() const
{
    if (!time)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + QLatin1Char('T') + time->toString(QStringLiteral("HH:mm:ss"));
}

} // namespace trellis
