#include "calendar/occurrence.h"

namespace trellis {

QString occurrenceStatusText(OccurrenceStatus status)
{
    switch (status) {
    case OccurrenceStatus::Planned:
        return QStringLiteral("planned");
    case OccurrenceStatus::Held:
        return QStringLiteral("held");
    case OccurrenceStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OccurrenceStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

std::optional<OccurrenceStatus> occurrenceStatusFromText(const QString &text)
{
    if (text == QLatin1String("planned"))
        return OccurrenceStatus::Planned;
    if (text == QLatin1String("held"))
        return OccurrenceStatus::Held;
    if (text == QLatin1String("cancelled"))
        return OccurrenceStatus::Cancelled;
    if (text == QLatin1String("no_show"))
        return OccurrenceStatus::NoShow;
    return std::nullopt;
}

} // namespace trellis
