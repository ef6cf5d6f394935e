#include "testlib/databasedump.h"

#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace trellis::test {

QString dumpDatabase(const QSqlDatabase &db)
{
    QStringList lines;
    const SqlDialect &dialect = SqlDialect::of(db);
    // Full-text tables are dumped by their documents: their storage holds segment blobs that
    // legitimately differ after do+undo.
    const QStringList virtualTables = dialect.fullTextTables(db).value();
    QStringList tables = dialect.tables(db).value() + virtualTables;
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
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
