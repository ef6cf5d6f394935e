#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDateTime>
#include <QString>

namespace trellis {

// A logged interaction besides meetings (a call, a message…); counts as contact for health.
struct Contact {
    Id id = 0;
    Id relationshipId = 0;
    QDateTime occurredAt; // UTC, stored to the second
    ContactChannel channel = ContactChannel::Message;
    Initiator initiator = Initiator::Unknown;
    QString summary;

    [[nodiscard]] Status validate() const;
    bool operator==(const Contact &) const = default;
};

} // namespace trellis
