#pragma once

#include <QString>
#include <QStringList>

namespace trellis {

// The per-user list of recently opened database files (File ▸ Open Recent),
// most recent first, kept in QSettings.
class RecentDatabases {
public:
    static constexpr int MaxEntries = 8;

    static QStringList list();
    static QString last();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace trellis
