#pragma once

#include "util/result.h"

#include <QString>

#include <cstdint>

namespace trellis {

// What the first 100 bytes of an SQLite file say, read without SQLite so that
// refusing a foreign, newer or damaged file can never modify it.
struct DatabaseFileHeader {
    bool empty = false; // zero-length file: SQLite treats it as a new database
    quint32 pageSize = 0;
    quint32 pageCount = 0;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
    bool walMode = false;
};

class DatabaseFile {
public:
    // Reads and sanity-checks the header of an existing file: SQLite magic, a
    // plausible page size, and a file size that covers the pages it claims.
    static Result<DatabaseFileHeader> inspect(const QString &path);
};

} // namespace trellis
