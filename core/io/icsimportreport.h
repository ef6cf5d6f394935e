#pragma once

#include "calendar/meetingtimes.h"
#include "io/icsreadresult.h"
#include "storage/changeset.h"

#include <QString>

#include <vector>

namespace trellis {

// One event an import added or updated (for the CLI and the import preview).
struct IcsImportedEvent {
    int line = 0; // line of BEGIN:VEVENT
    QString uid;
    QString summary;
    bool updated = false; // false: added
    LocalStart start;     // the meeting's start as it will be stored (the preview shows its date)
};

// What an .ics import did. A refused file wrote nothing: `errors` says why, each with its line.
struct IcsImportReport {
    bool refused = false;
    qint64 events = 0; // complete, valid VEVENTs read from the file
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // known events whose SEQUENCE is not higher than the stored one
    qint64 skipped = 0;   // invalid events left out (skip invalid), or occurrences that could not be kept
    std::vector<IcsProblem> warnings; // tolerated oddities and import notes, each naming its line
    std::vector<IcsProblem> errors;   // why the file was refused, or why events were skipped
    std::vector<IcsSkippedEvent> skippedEvents;
    std::vector<IcsImportedEvent> changedEvents; // added and updated, in file order
    ChangeSet changes;                           // everything written, in one ChangeSet (undo: inverse)

    bool nothingToImport() const { return !refused && events == 0; }
};

} // namespace trellis
