#include "models/windowdays.h"

#include "insights/calendaragenda.h"

#include <QDateTime>

#include <algorithm>

namespace trellis {

WindowDays::WindowDays(const QDate &first, int days, const QTimeZone &zone)
    : m_first(first)
    , m_zone(zone)
{
    m_midnights.reserve(std::max(0, days) + 1);
    for (int d = 0; d <= std::max(0, days); ++d)
        m_midnights.append(QDateTime(first.addDays(d), QTime(0, 0), zone).toSecsSinceEpoch());
}

QDate WindowDays::dayOf(qint64 utc) const
{
    if (m_midnights.size() < 2)
        return m_first;
    if (utc < m_midnights.first())
        return m_first.addDays(-1);
    const auto after = std::upper_bound(m_midnights.cbegin(), m_midnights.cend(), utc);
    return m_first.addDays(std::min<qint64>(after - m_midnights.cbegin(), m_midnights.size()) - 1);
}

std::pair<QDate, QDate> WindowDays::daysOf(const Occurrence &occurrence) const
{
    // All-day dates are the same everywhere: as core says.
    if (occurrence.allDay)
        return CalendarAgenda::daysOf(occurrence, m_zone);
    return {dayOf(occurrence.startUtc), dayOf(std::max(occurrence.startUtc, occurrence.endUtc - 1))};
}

qint64 WindowDays::midnightOf(const QDate &date) const
{
    const qint64 index = m_first.daysTo(date);
    if (index >= 0 && index < m_midnights.size())
        return m_midnights.at(index);
    return QDateTime(date, QTime(0, 0), m_zone).toSecsSinceEpoch();
}

} // namespace trellis
