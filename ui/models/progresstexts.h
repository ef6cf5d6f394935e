#pragma once

#include "domain/goal.h"
#include "domain/progressupdate.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// What the progress dialogs (Log meeting, Record progress) say about an update's date.
class ProgressTexts {
public:
    // When an update dated `date` would not become the goal's current value (a later one
    // exists, ProgressUpdate::becomesCurrent): "A later update on 30 Nov 2026 says 1 of 5
    // interviews; this one will appear in the history." Empty otherwise.
    static QString laterUpdateNote(const Goal &goal, const std::optional<ProgressUpdate> &latest,
                                   const QDate &date);
};

} // namespace trellis
