#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QList>
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

    // The one rule for a goal's current value: its latest dated update — by date, then by entry
    // order (the id; an update not yet stored, id 0, was entered last). A back-dated update never
    // replaces a later one; it joins the history. (RelationshipQueries and the overview query
    // order the same way in SQL.)
    [[nodiscard]] static bool isLater(const ProgressUpdate &a, const ProgressUpdate &b);
    [[nodiscard]] static std::optional<ProgressUpdate> latestOf(const QList<ProgressUpdate> &updates);
    // Whether a new update dated `date` becomes the current value over `latest`.
    [[nodiscard]] static bool becomesCurrent(const QDate &date, const std::optional<ProgressUpdate> &latest);
};

} // namespace trellis
