#pragma once

namespace trellis {

// What an .ics export may contain besides times, titles and places. Private
// notes are never written, whatever the options.
struct IcsExportOptions {
    bool includeNotes = false;     // agenda and shared notes as DESCRIPTION
    bool includeAttendees = false; // mentor and mentee e-mail addresses as ORGANIZER/ATTENDEE
};

} // namespace trellis
