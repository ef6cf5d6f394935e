#pragma once

#include "domain/enums.h"
#include "insights/calendaragenda.h"

#include <QString>

#include <optional>

namespace trellis {

// What the calendar shows of the occurrences in its window: one mentee, one mentor, one cohort,
// some statuses, or only the meetings the viewer takes part in. Applied by the occurrence fetch
// after conflicts are marked (a meeting hidden by a filter still makes the other one a conflict).
// Remembered per database as text (CalendarFilterSettings).
struct CalendarFilter {
    // The four kinds of status the filter offers; a no-show is logged, so it counts as held.
    enum class Status { Planned = 1, Held = 2, Cancelled = 4, Unlogged = 8 };
    static constexpr int AllStatuses = 15;

    std::optional<Id> mentee;
    std::optional<Id> mentor;
    std::optional<Id> cohort;
    int statuses = AllStatuses; // Status bits
    bool onlyMine = false;
    // The viewer's person for onlyMine (from the profile; not stored).
    Id me = 0;

    bool shows(Status status) const { return (statuses & int(status)) != 0; }
    void setShown(Status status, bool shown);
    // Which of the four an occurrence is at nowUtc (a planned one that has ended is unlogged).
    static Status statusOf(const Occurrence &occurrence, qint64 nowUtc);
    // How many of the filters narrow what is shown (0: everything is shown).
    int activeCount() const;
    bool accepts(const AgendaEntry &entry, qint64 nowUtc) const;
    // Keeps the accepted entries, in order.
    void apply(QList<AgendaEntry> &entries, qint64 nowUtc) const;

    // A short JSON object for the settings table; unknown or broken text reads as no filter.
    QString toText() const;
    static CalendarFilter fromText(const QString &text);

    bool operator==(const CalendarFilter &) const = default;
};

} // namespace trellis
