#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>

#include <optional>

namespace trellis {

// A named library search: its text and its kind and tag filters.
struct SavedSearch {
    Id id = 0;
    QString name;
    QString text;
    std::optional<ResourceKind> kind;
    QString tag;

    [[nodiscard]] Status validate() const;
    bool operator==(const SavedSearch &) const = default;
};

} // namespace trellis
