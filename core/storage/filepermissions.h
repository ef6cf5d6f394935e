#pragma once

#include "util/result.h"

#include <QString>

namespace trellis {

// Database files hold personal notes: folders we create are 0700, the file,
// its -wal/-shm/-journal companions and backups are 0600, whatever the umask.
class FilePermissions {
public:
    [[nodiscard]] static Status createPrivateFile(const QString &path);
    static void restrictSidecars(const QString &databasePath);
};

} // namespace trellis
