#include "widgets/applicationicon.h"

#include <QSize>

namespace trellis {

QIcon ApplicationIcon::builtIn()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.trellis.Trellis-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon ApplicationIcon::icon()
{
    return QIcon::fromTheme(name(), builtIn());
}

} // namespace trellis
