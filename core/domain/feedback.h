#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace trellis {

// A 1–5 rating with a comment, by the mentor, mentee or coordinator, optionally about one meeting,
// shared with the pair or for the coordinators only.
struct Feedback {
    Id id = 0;
    Id relationshipId = 0;
    std::optional<Id> meetingId;
    Role authorRole = Role::Mentee;
    std::optional<Id> authorId;
    int rating = 3;
    QString comment;
    QDate givenOn;
    FeedbackVisibility visibility = FeedbackVisibility::CoordinatorOnly; // the private choice unless told

    // What the feedback dialog offers: a mentor's or mentee's rating is about the other person,
    // so it is for the coordinators only; a coordinator's is shared with the pair.
    static FeedbackVisibility defaultVisibility(Role author);
    // Whether someone working in `viewer`'s role may read it (and health derived from it):
    // coordinators read everything; the mentor and the mentee read what is shared with the pair
    // and what their own role wrote. The overview query (RelationshipOverviewQuery) applies the
    // same rule in SQL to the latest rating.
    bool isVisibleTo(Role viewer) const;
    static QList<Feedback> visibleTo(const QList<Feedback> &feedback, Role viewer);

    [[nodiscard]] Status validate() const;
    bool operator==(const Feedback &) const = default;
};

} // namespace trellis
