#pragma once

#include <QIcon>
#include <QString>

namespace trellis {

// Trellis's own icon (resources/icons): the desktop theme's copy when one is installed
// (hicolor, from the package), else the sizes compiled into the program.
class ApplicationIcon {
public:
    static QString name() { return QStringLiteral("org.trellis.Trellis"); }
    [[nodiscard]] static QIcon builtIn();
    [[nodiscard]] static QIcon icon();
};

} // namespace trellis
