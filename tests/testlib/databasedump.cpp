#include "testlib/databasedump.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace trellis::test {

QString dumpDatabase(const QSqlDatabase &db)
{
    QStringList lines;
    // Full-text tables (schema 3) are dumped by their documents: their shadow tables hold
    // segment blobs that legitimately differ after do+undo.
    QStringList virtualTables;
    QSqlQuery virtuals(db);
    virtuals.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                 "AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
    while (virtuals.next())
        virtualTables.append(virtuals.value(0).toString());
    const auto isShadow = [&virtualTables](const QString &table) {
        for (const QString &name : virtualTables) {
            if (table.startsWith(name + QLatin1Char('_')))
                return true;
        }
        return false;
    };
    QSqlQuery tables(db);
    tables.exec(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "AND name <> 'settings' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (isShadow(table))
            continue;
        lines.append(QStringLiteral("## ") + table);
        QSqlQuery rows(db);
        if (virtualTables.contains(table))
            rows.exec(QStringLiteral("SELECT rowid AS id, * FROM \"%1\" ORDER BY rowid").arg(table));
        else
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY id").arg(table));
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList fields;
            for (int i = 0; i < record.count(); ++i) {
                const QString name = record.fieldName(i);
                if (name == QLatin1String("created_at") || name == QLatin1String("updated_at") ||
                    (table == QLatin1String("meeting") && name == QLatin1String("sequence")))
                    continue;
                const QVariant value = rows.value(i);
                fields.append(name + QLatin1Char('=') +
                              (value.isNull() ? QStringLiteral("NULL") : value.toString()));
            }
            lines.append(fields.join(QLatin1Char('|')));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace trellis::test
