#include "storage/migrations.h"

#include "storage/database.h"
#include "storage/filepermissions.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// version -> resource path of one dialect's scripts, read once per dialect.
const QMap<int, QString> &scripts(const SqlDialect &dialect)
{
    static QMutex mutex;
    static QHash<QString, QMap<int, QString>> all;
    QMutexLocker lock(&mutex);
    auto it = all.find(dialect.name());
    if (it == all.end()) {
        QMap<int, QString> found;
        const QDir dir(dialect.migrationsFolder());
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            bool ok = false;
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            if (ok && version > 0)
                found.insert(version, dir.filePath(name));
        }
        it = all.insert(dialect.name(), found);
    }
    return *it;
}

// Beside the file: NAME.schemaN.sqlite (NAME.schemaN-2.sqlite and on when taken), private.
Status backupBeforeUpgrade(QSqlDatabase &db, const QString &path, int version)
{
    const QFileInfo info(path);
    QString out;
    for (int n = 1; out.isEmpty() || QFileInfo::exists(out); ++n)
        out = info.dir().filePath(info.completeBaseName() + QStringLiteral(".schema%1").arg(version) +
                                  (n > 1 ? QStringLiteral("-%1").arg(n) : QString()) +
                                  QStringLiteral(".sqlite"));
    Status saved = FilePermissions::createPrivateFile(out);
    if (saved)
        saved = SqlDialect::of(db).backup(db, out);
    if (!saved) {
        QFile::remove(out);
        return Error{
            tr("Cannot upgrade %1: the copy kept before an upgrade could not be written (%2); nothing "
               "was changed.")
                .arg(path, saved.errorMessage())};
    }
    return {};
}

} // namespace

int Migrations::latestVersion()
{
    const QMap<int, QString> &all = scripts(SqlDialect::standard());
    return all.isEmpty() ? 0 : all.lastKey();
}

Result<int> Migrations::apply(QSqlDatabase &db, const QString &path)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    auto appId = dialect.applicationId(db);
    auto objects = dialect.objectCount(db);
    if (!appId || !objects)
        return Error{tr("Cannot open %1: %2").arg(path, (!appId ? appId.error() : objects.error()).message)};
    if (*appId != Database::ApplicationId && (*appId != 0 || *objects > 0))
        return Error{tr("Cannot open %1: it is not a Trellis database.").arg(path)};

    if (auto prepared = dialect.prepareDatabase(db); !prepared)
        return Error{tr("Cannot open %1: %2").arg(path, prepared.errorMessage())};

    auto current = dialect.schemaVersion(db);
    if (!current)
        return Error{tr("Cannot open %1: %2").arg(path, current.errorMessage())};
    int version = *current;
    const QMap<int, QString> &all = scripts(dialect);
    // A file with data is copied before its schema changes: were an upgrade to go wrong in a way
    // its transaction does not undo, the copy is the file as this Trellis found it.
    if (version > 0 && !all.isEmpty() && all.lastKey() > version) {
        if (auto saved = backupBeforeUpgrade(db, path, version); !saved)
            return saved.error();
    }
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() <= version)
            continue;
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read migration %1.").arg(it.value())};
        if (auto begun = dialect.executeScript(db, dialect.beginWriteSql().toUtf8()); !begun)
            return Error{tr("Cannot upgrade %1: %2").arg(path, begun.errorMessage())};
        // Another process may have migrated while we waited for the lock.
        if (auto now = dialect.schemaVersion(db); !now || *now >= it.key()) {
            (void)dialect.executeScript(db, "ROLLBACK");
            if (!now)
                return Error{tr("Cannot upgrade %1: %2").arg(path, now.errorMessage())};
            version = *now;
            continue;
        }
        Status applied = dialect.executeScript(db, file.readAll());
        if (applied)
            applied = dialect.stampSchema(db, Database::ApplicationId, it.key());
        if (applied)
            applied = dialect.executeScript(db, "COMMIT");
        if (!applied) {
            (void)dialect.executeScript(db, "ROLLBACK");
            return Error{tr("Cannot upgrade %1 to schema %2 (%3): %4")
                             .arg(path)
                             .arg(it.key())
                             .arg(QFileInfo(it.value()).fileName(), applied.errorMessage())};
        }
        version = it.key();
    }
    return version;
}

} // namespace trellis
