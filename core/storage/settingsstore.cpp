#include "storage/settingsstore.h"

#include "storage/entityrows.h"
#include "storage/rowstore.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

std::optional<QString> SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(SqlDialect::of(m_db).upsertSql(QStringLiteral("settings"), QStringLiteral("key"),
                                                 {QStringLiteral("value")}));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Error{QCoreApplication::translate("Database", "Cannot save the setting %1: %2")
                         .arg(key, query.lastError().text())};
    return {};
}

Status SettingsStore::remove(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{QCoreApplication::translate("Database", "Cannot remove the setting %1: %2")
                         .arg(key, query.lastError().text())};
    return {};
}

Result<std::optional<Id>> SettingsStore::idOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{QCoreApplication::translate("Database", "Cannot read the setting %1: %2")
                         .arg(key, query.lastError().text())};
    if (!query.next())
        return std::optional<Id>();
    return std::optional<Id>(query.value(0).toLongLong());
}

Status SettingsStore::put(RowStore &rows, const QString &key, const QString &value)
{
    auto id = idOf(rows.connection(), key);
    if (!id)
        return id.error();
    const QVariantMap row = EntityRows::settingRow(key, value);
    if (*id)
        return rows.update(Entity::Setting, **id, row);
    auto inserted = rows.insert(Entity::Setting, row);
    if (!inserted)
        return inserted.error();
    return {};
}

Status SettingsStore::erase(RowStore &rows, const QString &key)
{
    auto id = idOf(rows.connection(), key);
    if (!id)
        return id.error();
    if (!*id)
        return {};
    return rows.remove(Entity::Setting, **id);
}

} // namespace trellis
