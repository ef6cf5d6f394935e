#pragma once

#include "util/result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QThread;

namespace trellis {

// One Trellis database file. Opening validates the file (refusing foreign,
// newer or damaged files without touching them), applies pending migrations
// and sets the per-connection pragmas. Connections are per thread, because a
// QSqlDatabase may only be used from the thread that created it.
class Database {
public:
    // ExistingOnly: an existing Trellis file to read and write (migrated if older); an empty or
    // read-only file is refused. CreateIfMissing: the same, or a new database (`init`, `demo`).
    // ReadOnly: an existing Trellis file at the latest schema, only read: nothing is created,
    // migrated or changed, not even its permissions, so it works on a read-only file or folder.
    enum class OpenMode { ExistingOnly, CreateIfMissing, ReadOnly };

    // "TRLS": the file's application id (SqlDialect::stampSchema), so that a Trellis file is recognisable.
    static constexpr quint32 ApplicationId = 0x54524C53;

    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path,
                                                                OpenMode mode = OpenMode::ExistingOnly);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    static int latestSchemaVersion();

    // The calling thread's connection, created (with pragmas) on first use.
    // A worker thread's connection is removed when that thread finishes.
    QSqlDatabase connection();

    // SQLite's quick structural check of the whole file: an error naming the damage when a page
    // is broken. Run before an import or a backup, so nothing is written into a damaged file.
    [[nodiscard]] Status checkIntact();

    // Consistent snapshot into a new file (SqlDialect::backup), then verified.
    [[nodiscard]] Status backupTo(const QString &outPath);

    // The default location: AppDataLocation/trellis.sqlite.
    static QString defaultPath();

private:
    explicit Database(QString path);
    QString connectionName(QThread *thread) const;

    QString m_path;
    int m_instance = 0;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    mutable QMutex m_mutex;
    QHash<QThread *, QString> m_connections;
};

} // namespace trellis
