#pragma once

#include <QDate>
#include <QList>

namespace trellis {

// Local calendar dates of UTC instants, as QDateTime::fromSecsSinceEpoch(utc).toLocalTime().date()
// gives them, but fast: the system zone's offsets over [fromUtc, toUtc] are read once (its
// transitions), not per instant — a conversion to local time costs microseconds, and the charts of
// 2,500 relationships convert half a million instants. Falls back to QDateTime for each instant
// when the zone is not known or does not agree with the system's local time.
class LocalDates {
public:
    LocalDates(qint64 fromUtc, qint64 toUtc);

    [[nodiscard]] QDate dateOf(qint64 utc) const;
    [[nodiscard]] bool usesTransitions() const { return m_exact; }

private:
    [[nodiscard]] int offsetAt(qint64 utc) const;

    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_exact = false;
    QList<qint64> m_since; // UTC seconds from which m_offsets[i] applies, ascending
    QList<int> m_offsets;  // seconds east of UTC
};

} // namespace trellis
