#pragma once

#include "domain/enums.h"
#include "domain/preferences.h"
#include "insights/meetingdefaults.h"
#include "insights/seriesoverlap.h"
#include "models/datasource.h"
#include "util/result.h"

namespace trellis {

// The few values a dialog opens with, read synchronously on the calling (GUI) thread's own
// connection. Synchronous is fine here: each read is a handful of rows, bounded by one
// relationship or the settings table, whatever the size of the database, and the dialog cannot
// build its form without them. Anything that grows with the data goes through a ModelLoader.
class DefaultsReader {
public:
    explicit DefaultsReader(const DataSource &source)
        : m_source(source)
    {}

    // The database's preferences (the built-in defaults when none are stored or none is open).
    DatabasePreferences preferences() const;
    // What the meeting dialogs offer for one relationship (MeetingDefaults).
    [[nodiscard]] Result<MeetingDefaults> meetingDefaults(Id relationshipId) const;
    // Whether a new series would overlap an existing series of the mentor (SeriesOverlap: one
    // mentor's meetings over half a year).
    [[nodiscard]] Result<std::optional<SeriesOverlap>> seriesOverlap(const Meeting &series,
                                                                     Id mentorId) const;

private:
    DataSource m_source;
};

} // namespace trellis
