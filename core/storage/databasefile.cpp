#include "storage/databasefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <cstring>

namespace trellis {

namespace {

constexpr std::size_t HeaderSize = 100;
constexpr char Magic[] = "SQLite format 3"; // followed by a NUL byte

quint32 readBigEndian(const unsigned char *bytes, int count)
{
    quint32 value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

Error fileError(const QString &path, const QString &problem)
{
    return Error{QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, problem)};
}

} // namespace

Result<DatabaseFileHeader> DatabaseFile::inspect(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, file.errorString());

    DatabaseFileHeader header;
    const qint64 size = file.size();
    if (size == 0) {
        header.empty = true;
        return header;
    }

    std::array<unsigned char, HeaderSize> bytes{};
    const qint64 read = file.read(reinterpret_cast<char *>(bytes.data()), HeaderSize);
    if (read < 16 || std::memcmp(bytes.data(), Magic, sizeof Magic) != 0)
        return fileError(path, QCoreApplication::translate("Database", "it is not an SQLite database file."));
    if (read < static_cast<qint64>(HeaderSize))
        return fileError(
            path, QCoreApplication::translate("Database", "the file is truncated (%1 bytes).").arg(size));

    quint32 pageSize = readBigEndian(&bytes[16], 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return fileError(path, QCoreApplication::translate("Database", "the database header is damaged."));

    header.pageSize = pageSize;
    header.walMode = bytes[18] == 2 || bytes[19] == 2;
    const quint32 changeCounter = readBigEndian(&bytes[24], 4);
    const quint32 validFor = readBigEndian(&bytes[92], 4);
    header.pageCount = readBigEndian(&bytes[28], 4);
    header.userVersion = readBigEndian(&bytes[60], 4);
    header.applicationId = readBigEndian(&bytes[68], 4);

    // A process killed while it copied its -wal into the file (a checkpoint) can leave page 1
    // telling the new size before the last pages are written: the -wal still holds them, and
    // SQLite completes the copy when the file is next opened. So with a -wal the count is not held
    // against the file's size (the crash test found this).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool walPending = header.walMode && wal.exists() && wal.size() > 0;
    const bool countIsValid = changeCounter == validFor && header.pageCount > 0 && !walPending;
    if (size % pageSize != 0 || (countIsValid && size < qint64(header.pageCount) * pageSize))
        return fileError(path, QCoreApplication::translate("Database",
                                                           "the file is truncated or damaged (%1 bytes, "
                                                           "expected %2).")
                                   .arg(size)
                                   .arg(qint64(header.pageCount) * pageSize));
    return header;
}

} // namespace trellis
