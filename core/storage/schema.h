#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace trellis {

// What happens to a referencing row when the row it points at is removed (the schema's ON DELETE).
enum class OnDelete { Cascade, SetNull, Restrict };

struct ForeignKeyDefinition {
    QString column; // the referencing column, holding the parent's id
    Entity parent;
    OnDelete onDelete = OnDelete::Restrict;
    bool operator==(const ForeignKeyDefinition &) const = default;
};

struct TableDefinition {
    Entity entity;
    QString name;
    QStringList columns; // all of them, "id" first, in the migrations' order
    QList<ForeignKeyDefinition> foreignKeys;
    QString captionColumn; // what names a row in messages ("title"), or empty
};

// The schema as the code knows it: the one Entity ↔ table mapping, each table's columns and
// its foreign keys with their ON DELETE action. RowStore removes dependants from this
// definition, not from the database's catalogue at run time; a test compares it with the
// migrated database (SchemaDefinitionTest), so the two cannot drift apart.
// Table and column names appear nowhere outside core/storage.
class Schema {
public:
    // A foreign key seen from its parent: `child`'s rows refer to the parent through `column`.
    struct Reference {
        Entity child;
        QString column;
        OnDelete onDelete = OnDelete::Restrict;
    };

    // Every table with rows of its own, parents before children (the migrations' order).
    static const QList<TableDefinition> &tables();
    // None for entities without a table of their own (Profile).
    static const TableDefinition *find(Entity entity);
    static QString tableName(Entity entity);
    static std::optional<Entity> entityOf(QStringView table);
    static const QList<Reference> &referencesTo(Entity entity);
    // A readable, translated noun for messages ("progress update").
    static QString label(Entity entity);
};

} // namespace trellis
