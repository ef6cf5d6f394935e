#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// A resource shared within a relationship: shared → opened → discussed, with dates and who set
// them, optionally tied to a goal or a meeting. It outlives its resource: resourceId is 0 once the
// resource was removed from the library, and resourceTitle still names it in the history.
struct ResourceShare {
    Id id = 0;
    Id resourceId = 0; // 0: removed from the library since
    Id relationshipId = 0;
    std::optional<Id> sharedBy;
    QDate sharedOn;
    std::optional<QDate> readOn; // opened
    std::optional<QDate> discussedOn;
    QString note; // the sharer's personal note; never indexed
    QString resourceTitle;
    std::optional<Id> openedBy;
    std::optional<Id> discussedBy;
    std::optional<Id> goalId;
    std::optional<Id> meetingId;

    [[nodiscard]] ShareStatus status() const;
    [[nodiscard]] bool isRemoved() const { return resourceId == 0; }

    [[nodiscard]] Status validate() const;
    bool operator==(const ResourceShare &) const = default;
};

// One resource shared with one or many relationships at once (a single undo step).
struct ResourceShareRequest {
    Id resourceId = 0;
    QList<Id> relationshipIds;
    std::optional<Id> goalId;    // kept with one relationship only
    std::optional<Id> meetingId; // kept with one relationship only
    QString note;
    std::optional<Id> sharedBy;
    QDate sharedOn;
};

} // namespace trellis
