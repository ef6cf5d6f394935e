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

    [[nodiscard]] Status validate() const;
    bool operator==(const Resource &) const = default;
};

} // namespace trellis
