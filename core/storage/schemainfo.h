#pragma once

#include "util/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace trellis {

// What the generic row layer needs to know about the schema: a table's columns and
// the foreign keys that point at it. Read once from SQLite's catalogue (PRAGMA
// table_info / foreign_key_list; a second dialect would read information_schema).
class SchemaInfo {
public:
    enum class OnDelete { Cascade, SetNull, Restrict };
    struct Reference {
        QString table;  // the referencing (child) table
        QString column; // its column holding the parent's id
        OnDelete onDelete = OnDelete::Restrict;
    };
    struct ForeignKey {
        QString column;
        QString parentTable;
    };

    static bool hasTable(const QSqlDatabase &db, const QString &table);
    static QStringList columns(const QSqlDatabase &db, const QString &table);
    static QList<Reference> referencesTo(const QSqlDatabase &db, const QString &table);
    static QList<ForeignKey> foreignKeys(const QSqlDatabase &db, const QString &table);
    // The domain tables in creation order (parents first), without settings.
    static QStringList tables(const QSqlDatabase &db);
};

} // namespace trellis
