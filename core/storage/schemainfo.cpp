#include "storage/schemainfo.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlQuery>

namespace trellis {

namespace {

struct Catalogue {
    QStringList tables;
    QHash<QString, QStringList> columns;
    QHash<QString, QList<SchemaInfo::ForeignKey>> foreignKeys;
    QHash<QString, QList<SchemaInfo::Reference>> references;
};

// The schema is fixed for a build (migrations run on open), so it is read once per process.
const Catalogue &catalogue(const QSqlDatabase &db)
{
    static QMutex mutex;
    static std::optional<Catalogue> cached;
    QMutexLocker lock(&mutex);
    if (cached && !cached->tables.isEmpty())
        return *cached;
    Catalogue result;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' AND name <> 'settings' ORDER BY rowid"));
    while (query.next())
        result.tables.append(query.value(0).toString());
    for (const QString &table : std::as_const(result.tables)) {
        QSqlQuery info(db);
        info.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (info.next())
            result.columns[table].append(info.value(1).toString());
        QSqlQuery keys(db);
        keys.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(table));
        while (keys.next()) {
            const QString parent = keys.value(2).toString();
            const QString column = keys.value(3).toString();
            const QString action = keys.value(6).toString().toUpper();
            SchemaInfo::OnDelete onDelete = SchemaInfo::OnDelete::Restrict;
            if (action == QLatin1String("CASCADE"))
                onDelete = SchemaInfo::OnDelete::Cascade;
            else if (action == QLatin1String("SET NULL"))
                onDelete = SchemaInfo::OnDelete::SetNull;
            result.foreignKeys[table].append({column, parent});
            result.references[parent].append({table, column, onDelete});
        }
    }
    cached = std::move(result);
    return *cached;
}

} // namespace

bool SchemaInfo::hasTable(const QSqlDatabase &db, const QString &table)
{
    return catalogue(db).tables.contains(table);
}

QStringList SchemaInfo::columns(const QSqlDatabase &db, const QString &table)
{
    return catalogue(db).columns.value(table);
}

QList<SchemaInfo::Reference> SchemaInfo::referencesTo(const QSqlDatabase &db, const QString &table)
{
    return catalogue(db).references.value(table);
}

QList<SchemaInfo::ForeignKey> SchemaInfo::foreignKeys(const QSqlDatabase &db, const QString &table)
{
    return catalogue(db).foreignKeys.value(table);
}

QStringList SchemaInfo::tables(const QSqlDatabase &db)
{
    return catalogue(db).tables;
}

} // namespace trellis
