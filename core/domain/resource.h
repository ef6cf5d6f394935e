#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// An article, link, template, job lead… in the resource library.
struct Resource {
    // A job lead "closes soon" from today until this many days later: the one window of the
    // mentor's Today, the mentee's job leads and the library's "closing soon" line.
    static constexpr int ClosingSoonDays = 7;

    Id id = 0;
    QString title;
    ResourceKind kind = ResourceKind::Link;
    QString url;
    QString description;
    QStringList tags;
    std::optional<QDate> deadline; // job leads: the application deadline
    std::optional<Id> addedBy;
    QString organisation; // job leads
    QString location;     // job leads
    ResourceAudience audience = ResourceAudience::Everyone;

    // A job lead whose deadline is from `today` to ClosingSoonDays later.
    [[nodiscard]] bool closesSoon(const QDate &today) const;
    [[nodiscard]] static bool closesSoon(const std::optional<QDate> &deadline, const QDate &today);

    [[nodiscard]] Status validate() const;
    bool operator==(const Resource &) const = default;
};

} // namespace trellis
