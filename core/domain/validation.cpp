#include "domain/validation.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimeZone>

namespace trellis::validation {

QString tr(const char *text)
{
    return QCoreApplication::translate("Domain", text);
}

Status requireText(const QString &value, const QString &entity, const QString &field)
{
    if (value.trimmed().isEmpty())
        return Error{tr("%1: %2 is empty.").arg(entity, field)};
    return {};
}

Status requireDate(const QDate &value, const QString &entity, const QString &field)
{
    if (!value.isValid())
        return Error{tr("%1: %2 is missing or not a valid date.").arg(entity, field)};
    return {};
}

Status requireDateOrder(const std::optional<QDate> &earlier, const std::optional<QDate> &later,
                        const QString &entity, const QString &earlierField, const QString &laterField)
{
    if (earlier && !earlier->isValid())
        return Error{tr("%1: %2 is not a valid date.").arg(entity, earlierField)};
    if (later && !later->isValid())
        return Error{tr("%1: %2 is not a valid date.").arg(entity, laterField)};
    if (earlier && later && *later < *earlier)
        return Error{tr("%1: %2 (%3) is before %4 (%5).")
                         .arg(entity, laterField, later->toString(Qt::ISODate), earlierField,
                              earlier->toString(Qt::ISODate))};
    return {};
}

Status requireAtLeast(qint64 value, qint64 minimum, const QString &entity, const QString &field)
{
    if (value < minimum)
        return Error{tr("%1: %2 must be at least %3 (it is %4).").arg(entity, field).arg(minimum).arg(value)};
    return {};
}

Status requireId(qint64 value, const QString &entity, const QString &field)
{
    if (value <= 0)
        return Error{tr("%1: %2 is not set.").arg(entity, field)};
    return {};
}

Status requireTimeZone(const QString &zoneId, const QString &entity, const QString &field)
{
    if (!zoneId.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()))
        return Error{tr("%1: %2 “%3” is not a known time zone.").arg(entity, field, zoneId)};
    return {};
}

Status requireListItems(const QStringList &items, const QString &entity, const QString &field)
{
    QSet<QString> seen;
    for (const QString &item : items) {
        if (item.trimmed().isEmpty())
            return Error{tr("%1: %2 contains an empty entry.").arg(entity, field)};
        if (item.contains(QLatin1Char(',')))
            return Error{tr("%1: the entry “%2” in %3 contains a comma.").arg(entity, item, field)};
        if (seen.contains(item))
            return Error{tr("%1: “%2” is listed twice in %3.").arg(entity, item, field)};
        seen.insert(item);
    }
    return {};
}

} // namespace trellis::validation
