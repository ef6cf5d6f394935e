#include "io/writefailure.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QFileInfo>
#include <QStorageInfo>

#include <algorithm>

namespace trellis {

QString WriteFailure::reason(const QFileDevice &file, const QString &path, qint64 needed)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    // A block's worth at least: a write that did not fit leaves less than that free.
    if (storage.isValid() && storage.bytesAvailable() < std::max<qint64>(needed, 64 * 1024))
        return QCoreApplication::translate("WriteFailure", "the disk is full");
    const QString said = file.errorString();
    if (file.error() != QFileDevice::NoError && !said.isEmpty() && said != QLatin1String("Unknown error"))
        return said;
    return QCoreApplication::translate("WriteFailure", "the write was cut short (is the disk full or gone?)");
}

} // namespace trellis
