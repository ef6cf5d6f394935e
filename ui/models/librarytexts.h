#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>
#include <QString>

#include <optional>

namespace trellis {

// The library's words, icons and tag colours, one place for the list, the detail pane, the
// relationship's Resources tab and the dialogs.
class LibraryTexts {
public:
    [[nodiscard]] static QString kind(ResourceKind kind);       // "Job lead"
    [[nodiscard]] static QString kindPlural(ResourceKind kind); // "Job leads" (filters)
    [[nodiscard]] static QIcon kindIcon(ResourceKind kind);
    [[nodiscard]] static QList<ResourceKind> kinds(); // in the order menus list them
    [[nodiscard]] static QString audience(ResourceAudience audience);
    [[nodiscard]] static QString status(ShareStatus status); // "Shared", "Opened", "Discussed"
    // A tag chip's fill for a LibraryTag colour key, readable with the palette's text colour
    // (>= 4.5:1) in light and dark palettes alike.
    [[nodiscard]] static QColor tagFill(const QString &colourKey, const QPalette &palette);
    [[nodiscard]] static QString colourName(const QString &colourKey); // "Teal", for menus
};

} // namespace trellis
