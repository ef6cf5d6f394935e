#include "storage/filepermissions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trellis {

namespace {

constexpr QFile::Permissions PrivateFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions PrivateFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

Status FilePermissions::createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        // Create each missing level ourselves so that every new level is 0700.
        QStringList missing;
        QString level = folder.absolutePath();
        while (!QFileInfo::exists(level)) {
            missing.prepend(level);
            const QString parent = QFileInfo(level).absolutePath();
            if (parent == level)
                break;
            level = parent;
        }
        for (const QString &newLevel : std::as_const(missing)) {
            if (!QDir().mkdir(newLevel) || !QFile::setPermissions(newLevel, PrivateFolder))
                return Error{
                    QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(newLevel)};
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{
            QCoreApplication::translate("Database", "Cannot create %1: %2").arg(path, file.errorString())};
    file.close();
    if (!QFile::setPermissions(path, PrivateFile))
        return Error{
            QCoreApplication::translate("Database", "Cannot restrict the permissions of %1.").arg(path)};
    return {};
}

void FilePermissions::restrictSidecars(const QString &databasePath)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        const QString file = databasePath + suffix;
        if (!QFileInfo::exists(file))
            continue;
        // Tightened, never widened: group and others lose their bits; a file its owner made
        // read-only stays read-only.
        const QFile::Permissions now = QFile::permissions(file);
        const QFile::Permissions kept = now & (PrivateFile | QFile::ReadUser | QFile::WriteUser);
        if (kept != now)
            QFile::setPermissions(file, kept);
    }
}

} // namespace trellis
