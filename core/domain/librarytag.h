#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

namespace trellis {

// A tag of the library's shared vocabulary with its colour: a palette key from colourKeys()
// ("teal"), which the UI turns into a colour readable in light and dark; empty picks one from the name.
struct LibraryTag {
    Id id = 0;
    QString name;
    QString colour;

    [[nodiscard]] static const QStringList &colourKeys();
    // The key shown: colour, or one chosen from the name (stable between runs).
    [[nodiscard]] QString shownColour() const;
    [[nodiscard]] Status validate() const;
    bool operator==(const LibraryTag &) const = default;
};

} // namespace trellis
