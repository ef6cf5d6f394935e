#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A resource shared within a relationship: when shared, read and discussed.
struct ResourceShare {
    Id id = 0;
    Id resourceId = 0;
    Id relationshipId = 0;
    std::optional<Id> sharedBy;
    QDate sharedOn;
    std::optional<QDate> readOn;
    std::optional<QDate> discussedOn;
    QString note;

    [[nodiscard]] Status validate() const;
    bool operator==(const ResourceShare &) const = default;
};

} // namespace trellis
