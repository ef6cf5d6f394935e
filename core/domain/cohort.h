#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

struct Cohort {
    Id id = 0;
    Id programmeId = 0;
    QString name;
    QDate startDate;
    std::optional<QDate> endDate;

    [[nodiscard]] Status validate() const;
    bool operator==(const Cohort &) const = default;
};

} // namespace trellis
