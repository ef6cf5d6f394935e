#include "models/recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace trellis {

namespace {
const QString Key = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::list()
{
    return QSettings().value(Key).toStringList();
}

QString RecentDatabases::last()
{
    const QStringList all = list();
    return all.isEmpty() ? QString() : all.first();
}

void RecentDatabases::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList all = list();
    all.removeAll(absolute);
    all.prepend(absolute);
    while (all.size() > MaxEntries)
        all.removeLast();
    QSettings().setValue(Key, all);
}

void RecentDatabases::remove(const QString &path)
{
    QStringList all = list();
    all.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, all);
}

} // namespace trellis
