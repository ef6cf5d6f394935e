#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// A 1–5 rating with a comment, by the mentor, mentee or coordinator, optionally about one meeting.
struct Feedback {
    Id id = 0;
    Id relationshipId = 0;
    std::optional<Id> meetingId;
    Role authorRole = Role::Mentee;
    std::optional<Id> authorId;
    int rating = 3;
    QString comment;
    QDate givenOn;

    [[nodiscard]] Status validate() const;
    bool operator==(const Feedback &) const = default;
};

} // namespace trellis
