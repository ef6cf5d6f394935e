#pragma once

#include "storage/changeset.h"
#include "storage/schema.h"
#include "util/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <map>
#include <memory>
#include <optional>

namespace trellis {

// The generic row layer every edit goes through: insert, update and remove rows by
// (entity, id, column map), recording each change in a ChangeSet. Column maps come from
// EntityRows (domain value → row); tables, columns and foreign keys from Schema. A removal first
// removes its cascaded children and clears SET NULL references explicitly, so the
// ChangeSet holds every affected row and its inverse restores them all.
// Policies kept here, for edits and undo alike:
//  - created_at is set on insert when missing; updated_at on every insert/update;
//  - meeting.sequence never decreases: it rises by one when a time or recurrence column changes,
//    takes a higher value when one is given (an import, or a series whose exported form
//    changed), and rises by one when a lower one is given (undoing such a change).
// The caller owns the transaction (services use EditTransaction).
class RowStore {
public:
    explicit RowStore(QSqlDatabase db);

    [[nodiscard]] Result<std::optional<QVariantMap>> fetch(Entity entity, Id id) const;
    // Inserts with the given id, or a new one when id is 0; returns the id.
    [[nodiscard]] Result<Id> insert(Entity entity, const QVariantMap &values, Id id = 0);
    // Changes the given columns of an existing row (others keep their values).
    [[nodiscard]] Status update(Entity entity, Id id, const QVariantMap &values);
    // Removes a row with its dependants (cascade, set null, from Schema's foreign keys); refuses when
    // a RESTRICT reference exists.
    [[nodiscard]] Status remove(Entity entity, Id id);
    // Replays a ChangeSet (or an inverse one: undo, redo) with explicit ids. First checks that every
    // row is still as the ChangeSet expects — an updated or removed row equals its `before` (but for
    // updated_at, and a meeting's sequence may be higher: it only rises), an inserted id is free,
    // what an inserted row refers to exists — and that removals take nothing along the ChangeSet
    // does not list. Otherwise returns a readable error naming the record ("The goal “Ship the
    // CV” was changed elsewhere since this edit …") and the caller's transaction must roll back
    // (EditTransaction does): another Trellis or program changed the database meanwhile.
    [[nodiscard]] Status apply(const ChangeSet &changes);
    // The read-only part of apply()'s checks (cascades to unknown rows show only when applying).
    [[nodiscard]] Status check(const ChangeSet &changes) const;

    const ChangeSet &changes() const { return m_changes; }
    ChangeSet takeChanges();
    // The connection the edit runs on (storage's named lookups read through it, seeing the edit's writes).
    QSqlDatabase connection() const { return m_db; }

private:
    enum class Conflict { Changed, Removed, Added, Taken, ParentRemoved };

    Result<const TableDefinition *> definition(Entity entity) const;
    Status verify(const ChangeSet &changes) const;
    static bool sameRow(Entity entity, const QVariantMap &current, const QVariantMap &expected);
    QString recordName(Entity entity, Id id, const QVariantMap &row) const;
    Error elsewhere(Conflict conflict, Entity entity, Id id, const QVariantMap &row) const;
    Error elsewhere(Conflict conflict, Entity entity, Id id) const;
    Status checkReferences(const TableDefinition &table, const QVariantMap &row) const;
    Status removeWithDependants(Entity entity, Id id, int depth);

    // A prepared statement, prepared once per RowStore (an edit, or a whole import).
    QSqlQuery *statement(const QString &sql) const;

    QSqlDatabase m_db;
    ChangeSet m_changes;
    bool m_replaying = false; // inside apply(): a RESTRICT refusal means a reference added elsewhere
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace trellis
