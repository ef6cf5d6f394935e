#pragma once

#include <QString>

class QFileDevice;

namespace trellis {

// Why writing a file failed, in words a user can act on: Qt reports a write cut short by a full
// disk as "Unknown error", so the free space of the target's folder is asked as well.
class WriteFailure {
public:
    // `needed`: the bytes the write wanted to store (0 when not known).
    [[nodiscard]] static QString reason(const QFileDevice &file, const QString &path, qint64 needed = 0);
};

} // namespace trellis
