#pragma once

#include "domain/resource.h"

#include <QString>

#include <optional>

class QWidget;

namespace trellis {

// The Add/Edit resource form: kind, title, link, description, tags, audience, and for a job lead
// its organisation, location and deadline (shown only for job leads). Empty: cancelled.
class ResourceForm {
public:
    [[nodiscard]] static std::optional<Resource> ask(QWidget *parent, const Resource &initial,
                                                     const QString &title, const QString &okText);
    // "career, writing" -> {"career", "writing"}
    [[nodiscard]] static QStringList splitTags(const QString &text);
};

} // namespace trellis
