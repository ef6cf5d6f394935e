#include "storage/settingsstore.h"

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

} // namespace trellis
