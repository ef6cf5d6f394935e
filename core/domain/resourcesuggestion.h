#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A resource a mentee suggests back to their mentor within a relationship (schema 9). The mentor
// accepts it into the library (resourceId then names the resource it became, or the one already
// holding its URL) or dismisses it; either way the suggestion stays as a line of history.
struct ResourceSuggestion {
    Id id = 0;
    Id relationshipId = 0;
    std::optional<Id> suggestedBy;
    QDate suggestedOn;
    QString title;
    ResourceKind kind = ResourceKind::Link;
    QString url;
    QString note; // why the mentee suggests it; becomes the resource's description when accepted
    SuggestionStatus status = SuggestionStatus::Pending;
    std::optional<QDate> decidedOn;
    std::optional<Id> resourceId;

    [[nodiscard]] bool isPending() const { return status == SuggestionStatus::Pending; }
    [[nodiscard]] Status validate() const;
    bool operator==(const ResourceSuggestion &) const = default;
};

} // namespace trellis
