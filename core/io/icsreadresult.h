#pragma once

#include "io/icslinescanner.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace trellis {

// A start (or original start) as Trellis stores it (meeting.start_local / timezone / floating /
// all_day): wall-clock 'YYYY-MM-DDTHH:MM:SS' in an IANA zone, floating, or an all-day 'YYYY-MM-DD'.
struct IcsTime {
    enum class Kind { Zoned, Floating, AllDay };
    Kind kind = Kind::Floating;
    QString local; // 'YYYY-MM-DDTHH:MM:SS', or 'YYYY-MM-DD' when AllDay
    QString zone;  // IANA id when Zoned ("UTC" for times written with Z), else empty

    bool operator==(const IcsTime &) const = default;
};

enum class IcsEventStatus { Unspecified, Tentative, Confirmed, Cancelled };

// One VEVENT as read from a file: a single event, a series master, or an override
// (recurrenceId set). Plain values only; the import service decides what to store.
struct IcsReadEvent {
    QString uid;
    bool uidDerived = false; // the file had no UID: derived from the event's content
    // Overrides: the original start (RECURRENCE-ID), converted to the series' form
    // (zone, floating or all-day) when the series is in the same file, else as written.
    std::optional<IcsTime> recurrenceId;
    bool seriesInFile = false; // overrides: the series master was read from the same file
    int sequence = 0;
    QString summary;
    QString description;
    QString location;
    IcsTime start;
    int durationMinutes = 0; // from DTEND or DURATION; all-day: days × 1440 (DTEND exclusive)
    QStringList rrules;      // RRULE values as written, one per RRULE line
    QStringList rdates;      // in start's form ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM:SS' in start.zone)
    QStringList exdates;     // in start's form
    IcsEventStatus status = IcsEventStatus::Unspecified;
    std::optional<int> reminderMinutes; // minutes before the start, from the first VALARM
    int line = 0;                       // line of BEGIN:VEVENT

    bool isOverride() const { return recurrenceId.has_value(); }
    bool isSeries() const { return !recurrenceId && (!rrules.isEmpty() || !rdates.isEmpty()); }
};

// An event left out because of problems (only with IcsReadOptions::skipInvalid).
struct IcsSkippedEvent {
    int line = 0;    // line of BEGIN:VEVENT (or of the component)
    QString uid;     // as written, may be empty
    QString summary; // as written, may be empty
    std::vector<IcsProblem> problems;
};

struct IcsReadOptions {
    bool skipInvalid = false;
    // Called after each event with (events done, events in the file), from the reading thread.
    std::function<void(int done, int total)> progress;
    // Polled while reading; when it becomes true, reading stops with an error "cancelled".
    const std::atomic_bool *cancel = nullptr;
};

struct IcsReadResult {
    // True when the file is refused: `events` is then empty and `errors` says why, each with
    // its line. Without skipInvalid any error refuses the file; with it only a file that is not
    // iCalendar at all.
    bool refused = false;
    std::vector<IcsReadEvent> events; // in file order
    std::vector<IcsProblem> warnings; // tolerated oddities, each naming its line
    std::vector<IcsProblem> errors;   // every problem that refuses the file (or made events skipped)
    std::vector<IcsSkippedEvent> skipped;

    // "Line 12: …" lines, one per error (or warning), for the CLI and the import preview.
    QString errorText() const;
    QString warningText() const;
};

} // namespace trellis
