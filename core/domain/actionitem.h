#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

struct ActionItem {
    Id id = 0;
    Id relationshipId = 0;
    std::optional<Id> meetingId;
    QString title;
    std::optional<Id> ownerId;
    std::optional<QDate> dueDate;
    std::optional<QDate> doneOn;

    bool isDone() const { return doneOn.has_value(); }
    [[nodiscard]] Status validate() const;
    bool operator==(const ActionItem &) const = default;
};

} // namespace trellis
