#pragma once

#include "calendar/occurrence.h"
#include "domain/preferences.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace trellis {

// The one way a meeting's time is written, on every page, delegate and dialog. The rule: the
// viewer's zone (the computer's) first; when the meeting's own zone shows a different wall time,
// that follows, named by its city — "Thu 3 Dec 2026, 17:30 here · 11:30 New York". With the
// preference TimeDisplay::MeetingZone the order turns round: "11:30 New York · 17:30 here".
// A floating or all-day meeting is shown as written, in no zone.
class MeetingTime {
    Q_DECLARE_TR_FUNCTIONS(MeetingTime)

public:
    // The viewer's zone: the system's, unless set (tests; std::nullopt goes back to the system's).
    [[nodiscard]] static QTimeZone viewerZone();
    static void setViewerZone(const std::optional<QTimeZone> &zone);
    // Which zone comes first (Preferences ▸ Appearance ▸ Show times in); set at start and on apply.
    [[nodiscard]] static TimeDisplay display();
    static void setDisplay(TimeDisplay display);

    // "Thu 3 Dec 2026, 17:30" or "Thu 3 Dec 2026, 17:30 here · 11:30 New York".
    [[nodiscard]] static QString dateTime(qint64 startUtc, const QString &zoneId);
    [[nodiscard]] static QString dateTime(const Occurrence &occurrence);
    // "17:30" or "17:30 here · 11:30 New York" (a day is added to the second when it differs).
    [[nodiscard]] static QString time(qint64 startUtc, const QString &zoneId);
    // For short lists, counted from `today`: "today 17:30", "tomorrow 17:30", "Thu 17:30",
    // "Thu 3 Dec, 17:30", each with the meeting's zone when it differs.
    [[nodiscard]] static QString upcoming(qint64 startUtc, const QString &zoneId, const QDate &today);
    // "New York" for "America/New_York"; the id itself when it has no city part.
    [[nodiscard]] static QString zoneName(const QString &zoneId);
};

} // namespace trellis
