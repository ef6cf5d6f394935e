#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>

namespace trellis {

// Someone around the mentee the mentor may involve (parent, peer, manager…).
struct SupportContact {
    Id id = 0;
    Id relationshipId = 0;
    QString name;
    QString relation;
    QString contact; // phone or e-mail
    QString note;

    [[nodiscard]] Status validate() const;
    bool operator==(const SupportContact &) const = default;
};

} // namespace trellis
