#include "util/localdates.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace trellis {

namespace {

QDate viaQDateTime(qint64 utc)
{
    return QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date();
}

qint64 floorDiv(qint64 value, qint64 by)
{
    return value / by - ((value % by != 0 && value < 0) ? 1 : 0);
}

} // namespace

LocalDates::LocalDates(qint64 fromUtc, qint64 toUtc)
    : m_from(fromUtc)
    , m_to(toUtc)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    if (!zone.isValid() || fromUtc > toUtc)
        return;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(fromUtc, Qt::UTC);
    m_since.append(std::numeric_limits<qint64>::min());
    m_offsets.append(zone.offsetFromUtc(from));
    // A zone without transitions (UTC) keeps one offset throughout.
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &transition :
             zone.transitions(from, QDateTime::fromSecsSinceEpoch(toUtc, Qt::UTC))) {
            m_since.append(transition.atUtc.toSecsSinceEpoch());
            m_offsets.append(transition.offsetFromUtc);
        }
    }
    // The zone must be the one local time uses (a TZ the tz database does not know, say): checked
    // at both ends and at every transition.
    m_exact = true;
    QList<qint64> probes{fromUtc, toUtc};
    for (qsizetype i = 1; i < m_since.size(); ++i)
        probes << m_since.at(i) - 1 << m_since.at(i);
    for (const qint64 probe : std::as_const(probes)) {
        if (dateOf(probe) != viaQDateTime(probe)) {
            m_exact = false;
            return;
        }
    }
}

int LocalDates::offsetAt(qint64 utc) const
{
    const auto it = std::upper_bound(m_since.cbegin(), m_since.cend(), utc);
    return m_offsets.at(std::distance(m_since.cbegin(), it) - 1);
}

QDate LocalDates::dateOf(qint64 utc) const
{
    // Outside the range read, a transition may be missing from the table.
    if (!m_exact || utc < m_from || utc > m_to)
        return viaQDateTime(utc);
    return QDate(1970, 1, 1).addDays(floorDiv(utc + offsetAt(utc), 86400));
}

} // namespace trellis
