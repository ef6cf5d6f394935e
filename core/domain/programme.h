#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>

namespace trellis {

struct Programme {
    Id id = 0;
    QString name;
    QString description;
    QString objectives;
    ProgrammeFormat format = ProgrammeFormat::OneToOne;
    int defaultCadenceDays = 14;
    int defaultDurationMonths = 12;
    int defaultMeetingMinutes = 60;

    [[nodiscard]] Status validate() const;
    bool operator==(const Programme &) const = default;
};

} // namespace trellis
