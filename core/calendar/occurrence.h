#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace trellis {

// The status of a meeting or occurrence (meeting.status). A past planned
// occurrence is "unlogged": it is not contact.
enum class OccurrenceStatus { Planned, Held, Cancelled, NoShow };

// 'planned', 'held', 'cancelled', 'no_show'.
QString occurrenceStatusText(OccurrenceStatus status);
// std::nullopt for anything else.
std::optional<OccurrenceStatus> occurrenceStatusFromText(const QString &text);

// One occurrence in a window: a single meeting, an occurrence of a series, or an
// override replacing one (also when cancelled: it stays visible with that status).
struct Occurrence {
    qint64 meetingId = 0;             // the row it comes from: the single, the series, or the override
    std::optional<qint64> seriesId;   // set for every occurrence of a series (overridden or not)
    std::optional<qint64> overrideId; // set when an override row describes it
    qint64 relationshipId = 0;
    qint64 startUtc = 0; // Unix seconds
    qint64 endUtc = 0;
    // The wall time, carrying the zone's offset in effect (Qt::OffsetFromUTC; the zone's id is in
    // `timezone` — a fixed offset is exact and far cheaper than a QTimeZone per occurrence);
    // floating and all-day: a Qt::UTC QDateTime showing the wall time.
    QDateTime startLocal;
    QDateTime endLocal;
    bool allDay = false;
    bool floating = false;
    QString timezone; // IANA id; empty when floating or all-day
    OccurrenceStatus status = OccurrenceStatus::Planned;
    QString recurrenceId; // the original start in the series' form; empty for singles
    QString title;

    bool isSingle() const { return !seriesId.has_value(); }
    // A planned occurrence that has ended is unlogged (no one recorded what happened).
    bool isUnloggedAt(qint64 nowUtc) const { return status == OccurrenceStatus::Planned && endUtc <= nowUtc; }
    bool operator==(const Occurrence &) const = default;
};

} // namespace trellis
