#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

struct Milestone {
    Id id = 0;
    Id goalId = 0;
    QString title;
    std::optional<QDate> dueDate;
    std::optional<QDate> doneOn;
    int position = 0;

    [[nodiscard]] Status validate() const;
    bool operator==(const Milestone &) const = default;
};

} // namespace trellis
