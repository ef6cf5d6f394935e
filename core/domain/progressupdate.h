#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A dated value on a goal's measure, with a note and its author.
struct ProgressUpdate {
    Id id = 0;
    Id goalId = 0;
    QDate recordedOn;
    double value = 0;
    QString note;
    std::optional<Id> authorId;

    [[nodiscard]] Status validate() const;
    bool operator==(const ProgressUpdate &) const = default;
};

} // namespace trellis
