#include "storage/rowstore.h"

#include "storage/entityrows.h"
#include "storage/sqldialect.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RowStore", text);
}

const QString CreatedAt = QStringLiteral("created_at");
const QString UpdatedAt = QStringLiteral("updated_at");
const QString IdColumn = QStringLiteral("id");

QString label(Entity entity)
{
    return Schema::label(entity);
}

// A readable name for a column in messages ("manager_id" → "manager").
QString label(const QString &name)
{
    QString text = name;
    if (text.endsWith(QLatin1String("_id")))
        text.chop(3);
    return text.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QVariant normalised(const QVariant &value)
{
    return value.isNull() ? QVariant() : value;
}

// Columns whose change moves a meeting in time or changes its recurrence (iCalendar SEQUENCE).
bool meetingTimeChanged(const QVariantMap &before, const QVariantMap &after)
{
    static const QStringList columns = {QStringLiteral("start_local"), QStringLiteral("timezone"),
                                        QStringLiteral("floating"),    QStringLiteral("all_day"),
                                        QStringLiteral("start_utc"),   QStringLiteral("duration_minutes"),
                                        QStringLiteral("rrule"),       QStringLiteral("rdates"),
                                        QStringLiteral("exdates"),     QStringLiteral("recurrence_id")};
    for (const QString &column : columns) {
        if (before.value(column) != after.value(column))
            return true;
    }
    return false;
}

// Qt SQL binds a null QString as NULL; an empty text value must stay ''.
QVariant bindable(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

bool sameIgnoringStamps(QVariantMap a, QVariantMap b)
{
    a.remove(UpdatedAt);
    b.remove(UpdatedAt);
    return a == b;
}

Error sqlError(const QString &what, const QSqlQuery &query)
{
    return Error{tr("%1: %2").arg(what, query.lastError().text())};
}

} // namespace

RowStore::RowStore(QSqlDatabase db)
    : m_db(std::move(db))
{}

QSqlQuery *RowStore::statement(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &query = m_statements[sql];
    if (!query) {
        query = std::make_unique<QSqlQuery>(m_db);
        query->prepare(sql); // an error shows when it runs
    }
    return query.get();
}

ChangeSet RowStore::takeChanges()
{
    return std::exchange(m_changes, ChangeSet{});
}

Result<const TableDefinition *> RowStore::definition(Entity entity) const
{
    const TableDefinition *table = Schema::find(entity);
    if (!table)
        return Error{tr("A %1 is not stored as a row of its own.").arg(label(entity))};
    return table;
}

Result<std::optional<QVariantMap>> RowStore::fetch(Entity entity, Id id) const
{
    auto table = definition(entity);
    if (!table)
        return table.error();
    QSqlQuery *query = statement(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg((*table)->name));
    query->bindValue(0, id);
    if (!query->exec())
        return sqlError(tr("Cannot read %1 #%2").arg(label(entity)).arg(id), *query);
    if (!query->next()) {
        query->finish();
        return std::optional<QVariantMap>();
    }
    QVariantMap row;
    const QSqlRecord record = query->record();
    for (int i = 0; i < record.count(); ++i) {
        if (record.fieldName(i) != IdColumn)
            row.insert(record.fieldName(i), normalised(query->value(i)));
    }
    query->finish();
    return std::optional<QVariantMap>(std::move(row));
}

Status RowStore::checkReferences(const TableDefinition &table, const QVariantMap &row) const
{
    for (const ForeignKeyDefinition &key : table.foreignKeys) {
        const QVariant value = row.value(key.column);
        if (value.isNull())
            continue;
        auto parent = fetch(key.parent, value.toLongLong());
        if (!parent)
            return parent.error();
        if (!parent.value())
            return Error{tr("Cannot save the %1: its %2 #%3 does not exist.")
                             .arg(label(table.entity), label(key.column))
                             .arg(value.toLongLong())};
    }
    return {};
}

Result<Id> RowStore::insert(Entity entity, const QVariantMap &values, Id id)
{
    auto definitionFound = definition(entity);
    if (!definitionFound)
        return definitionFound.error();
    const TableDefinition &table = **definitionFound;
    const QStringList &columns = table.columns;
    QVariantMap row;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == IdColumn)
            continue;
        if (!columns.contains(it.key()))
            return Error{tr("The %1 table has no column “%2”.").arg(label(entity), it.key())};
        row.insert(it.key(), normalised(it.value()));
    }
    const qint64 now = Clock::nowSecs();
    if (columns.contains(CreatedAt) && row.value(CreatedAt).isNull())
        row.insert(CreatedAt, now);
    if (columns.contains(UpdatedAt))
        row.insert(UpdatedAt, now);
    if (auto s = checkReferences(table, row); !s)
        return s.error();
    if (id != 0) {
        auto existing = fetch(entity, id);
        if (!existing)
            return existing.error();
        if (existing.value())
            return Error{
                tr("Cannot restore %1 #%2: a row with that id exists already.").arg(label(entity)).arg(id)};
    }

    const SqlDialect &dialect = SqlDialect::of(m_db);
    QSqlQuery *query = statement(dialect.insertSql(table.name, QStringList{IdColumn} + row.keys()));
    int position = 0;
    query->bindValue(position++, id != 0 ? QVariant(id) : QVariant());
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        query->bindValue(position++, bindable(it.value()));
    if (!query->exec())
        return sqlError(tr("Cannot save the %1").arg(label(entity)), *query);
    Id newId = id;
    if (newId == 0) {
        auto inserted = dialect.insertedId(*query);
        if (!inserted)
            return Error{tr("Cannot save the %1: %2").arg(label(entity), inserted.errorMessage())};
        newId = *inserted;
    }
    auto stored = fetch(entity, newId);
    if (!stored)
        return stored.error();
    m_changes.changes.append(RowChange{entity, newId, std::nullopt, stored.value()});
    return newId;
}

Status RowStore::update(Entity entity, Id id, const QVariantMap &values)
{
    auto current = fetch(entity, id);
    if (!current)
        return current.error();
    if (!current.value())
        return Error{tr("The %1 #%2 does not exist (any more).").arg(label(entity)).arg(id)};
    const TableDefinition &table = *Schema::find(entity);
    const QVariantMap before = *current.value();
    QVariantMap after = before;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == IdColumn)
            continue;
        if (!before.contains(it.key()))
            return Error{tr("The %1 table has no column “%2”.").arg(label(entity), it.key())};
        after.insert(it.key(), normalised(it.value()));
    }
    if (entity == Entity::Meeting) {
        // SEQUENCE only rises: by one when the time or recurrence changes, to a higher value when
        // one is given (an import), and by one when a lower one is given (undo of such a change).
        const QString column = QStringLiteral("sequence");
        const qint64 sequence = before.value(column).toLongLong();
        const qint64 requested = values.contains(column) ? values.value(column).toLongLong() : sequence;
        qint64 next = meetingTimeChanged(before, after) ? sequence + 1 : sequence;
        if (requested > sequence)
            next = std::max(next, requested);
        else if (requested < sequence)
            next = sequence + 1;
        after.insert(column, next);
    }
    if (sameIgnoringStamps(before, after))
        return {};
    if (after.contains(UpdatedAt))
        after.insert(UpdatedAt, Clock::nowSecs());
    if (auto s = checkReferences(table, after); !s)
        return s;

    QStringList assignments;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        assignments.append(QLatin1Char('"') + it.key() + QStringLiteral("\" = ?"));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?")
                      .arg(table.name, assignments.join(QLatin1Char(','))));
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        query.addBindValue(bindable(it.value()));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(tr("Cannot save the %1 #%2").arg(label(entity)).arg(id), query);
    // Recorded as stored (the database's own types), so that a later apply() can compare it.
    auto stored = fetch(entity, id);
    if (!stored)
        return stored.error();
    m_changes.changes.append(RowChange{entity, id, before, stored.value()});
    return {};
}

Status RowStore::remove(Entity entity, Id id)
{
    auto current = fetch(entity, id);
    if (!current)
        return current.error();
    if (!current.value())
        return Error{tr("The %1 #%2 does not exist (any more).").arg(label(entity)).arg(id)};
    return removeWithDependants(entity, id, 0);
}

Status RowStore::removeWithDependants(Entity entity, Id id, int depth)
{
    if (depth > 32)
        return Error{tr("Cannot remove %1 #%2: its dependants nest too deeply.").arg(label(entity)).arg(id)};
    auto current = fetch(entity, id);
    if (!current)
        return current.error();
    if (!current.value())
        return {}; // already removed as another row's dependant
    for (const Schema::Reference &reference : Schema::referencesTo(entity)) {
        QSqlQuery *query = statement(QStringLiteral("SELECT id FROM \"%1\" WHERE \"%2\" = ? ORDER BY id")
                                         .arg(Schema::tableName(reference.child), reference.column));
        query->bindValue(0, id);
        if (!query->exec())
            return sqlError(tr("Cannot remove %1 #%2").arg(label(entity)).arg(id), *query);
        QList<Id> children;
        while (query->next())
            children.append(query->value(0).toLongLong());
        query->finish();
        if (children.isEmpty())
            continue;
        switch (reference.onDelete) {
        case OnDelete::Restrict:
            if (m_replaying) // the edit removed this row once: the reference is new
                return elsewhere(Conflict::Added, reference.child, children.first());
            return Error{
                tr("Cannot remove %1 #%2: %3 %4 record(s) still refer to it; remove or change those first.")
                    .arg(label(entity))
                    .arg(id)
                    .arg(children.size())
                    .arg(label(reference.child))};
        case OnDelete::Cascade:
            for (Id child : std::as_const(children)) {
                if (auto s = removeWithDependants(reference.child, child, depth + 1); !s)
                    return s;
            }
            break;
        case OnDelete::SetNull:
            for (Id child : std::as_const(children)) {
                if (reference.child == entity && child == id)
                    continue;
                auto exists = fetch(reference.child, child);
                if (!exists)
                    return exists.error();
                if (!exists.value())
                    continue;
                if (auto s = update(reference.child, child, {{reference.column, QVariant()}}); !s)
                    return s;
            }
            break;
        }
    }
    QSqlQuery *query =
        statement(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(Schema::tableName(entity)));
    query->bindValue(0, id);
    if (!query->exec())
        return sqlError(tr("Cannot remove %1 #%2").arg(label(entity)).arg(id), *query);
    m_changes.changes.append(RowChange{entity, id, current.value(), std::nullopt});
    return {};
}

// --- Replaying a ChangeSet (undo, redo) ---

namespace {

struct RowKey {
    Entity entity;
    Id id;
    bool operator==(const RowKey &) const = default;
};

size_t qHash(const RowKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.entity), key.id);
}

QString elided(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > 60 ? simple.left(59) + QChar(0x2026) : simple;
}

} // namespace

bool RowStore::sameRow(Entity entity, const QVariantMap &current, const QVariantMap &expected)
{
    QVariantMap a = current;
    QVariantMap b = expected;
    a.remove(UpdatedAt);
    b.remove(UpdatedAt);
    if (entity == Entity::Meeting) {
        // SEQUENCE only rises (an undo raises it too): a higher stored value alone is no conflict.
        const QString sequence = QStringLiteral("sequence");
        if (a.value(sequence).toLongLong() >= b.value(sequence).toLongLong())
            a.insert(sequence, b.value(sequence));
    }
    return a == b;
}

QString RowStore::recordName(Entity entity, Id id, const QVariantMap &row) const
{
    QString caption;
    if (entity == Entity::Setting && EntityRows::settingKey(row).startsWith(QLatin1String("profile.")))
        return label(Entity::Profile); // two rows, one thing to the user
    if (entity == Entity::Relationship) {
        QStringList names;
        for (const char *column : {"mentor_id", "mentee_id"}) {
            auto person = fetch(Entity::Person, row.value(QLatin1String(column)).toLongLong());
            if (person && person.value())
                names.append(person.value()->value(QStringLiteral("display_name")).toString());
        }
        if (names.size() == 2)
            caption = names.join(QStringLiteral(" – "));
    } else if (const TableDefinition *table = Schema::find(entity);
               table && !table->captionColumn.isEmpty()) {
        caption = elided(row.value(table->captionColumn).toString());
    }
    if (caption.isEmpty())
        return tr("%1 #%2").arg(label(entity)).arg(id);
    return tr("%1 “%2”").arg(label(entity), caption);
}

Error RowStore::elsewhere(Conflict conflict, Entity entity, Id id, const QVariantMap &row) const
{
    const QString name = recordName(entity, id, row);
    switch (conflict) {
    case Conflict::Changed:
        return Error{tr("The %1 was changed elsewhere since this edit (another Trellis window or program?); "
                        "this step cannot be undone.")
                         .arg(name)};
    case Conflict::Removed:
        return Error{tr("The %1 was removed elsewhere since this edit (another Trellis window or program?); "
                        "this step cannot be undone.")
                         .arg(name)};
    case Conflict::Added:
        return Error{tr("The %1 was added elsewhere since this edit (another Trellis window or program?); "
                        "this step cannot be undone.")
                         .arg(name)};
    case Conflict::Taken:
        return Error{tr("The %1 cannot come back: another record took its place since this edit (another "
                        "Trellis window or program?); this step cannot be undone.")
                         .arg(name)};
    case Conflict::ParentRemoved:
        return Error{tr("The %1 cannot come back: what it belongs to was removed elsewhere since this edit "
                        "(another Trellis window or program?); this step cannot be undone.")
                         .arg(name)};
    }
    return Error{name};
}

Error RowStore::elsewhere(Conflict conflict, Entity entity, Id id) const
{
    auto row = fetch(entity, id);
    return elsewhere(conflict, entity, id, row && row.value() ? *row.value() : QVariantMap());
}

Status RowStore::verify(const ChangeSet &changes) const
{
    // Whether a row exists: as this ChangeSet leaves it once touched, else as stored now.
    QHash<RowKey, bool> present;
    const auto exists = [&](Entity entity, Id id) -> Result<bool> {
        const RowKey key{entity, id};
        if (const auto it = present.constFind(key); it != present.cend())
            return *it;
        auto row = fetch(entity, id);
        if (!row)
            return row.error();
        present.insert(key, row.value().has_value());
        return row.value().has_value();
    };
    QSet<RowKey> touched;
    for (const RowChange &change : changes.changes) {
        auto found = definition(change.entity);
        if (!found)
            return found.error();
        const RowKey key{change.entity, change.id};
        if (!touched.contains(key)) {
            // The first change of a row says how the row must be now.
            touched.insert(key);
            auto current = fetch(change.entity, change.id);
            if (!current)
                return current.error();
            if (!change.before) {
                if (current.value())
                    return elsewhere(Conflict::Taken, change.entity, change.id, *change.after);
            } else if (!current.value()) {
                return elsewhere(Conflict::Removed, change.entity, change.id, *change.before);
            } else if (!sameRow(change.entity, *current.value(), *change.before)) {
                return elsewhere(Conflict::Changed, change.entity, change.id, *change.before);
            }
        }
        present.insert(key, change.after.has_value());
        if (!change.after)
            continue;
        for (const ForeignKeyDefinition &reference : (*found)->foreignKeys) {
            const QVariant parent = change.after->value(reference.column);
            if (parent.isNull())
                continue;
            auto there = exists(reference.parent, parent.toLongLong());
            if (!there)
                return there.error();
            if (!*there)
                return elsewhere(Conflict::ParentRemoved, change.entity, change.id, *change.after);
        }
    }
    return {};
}

Status RowStore::check(const ChangeSet &changes) const
{
    return verify(changes);
}

Status RowStore::apply(const ChangeSet &changes)
{
    // Nothing is written unless every row is still as the ChangeSet expects.
    if (auto s = verify(changes); !s)
        return s;
    const qsizetype first = m_changes.changes.size();
    m_replaying = true;
    const auto replayed = [&]() -> Status {
        for (const RowChange &change : changes.changes) {
            switch (change.kind()) {
            case ChangeKind::Inserted:
                if (auto inserted = insert(change.entity, *change.after, change.id); !inserted)
                    return inserted.error();
                break;
            case ChangeKind::Updated:
                if (auto s = update(change.entity, change.id, *change.after); !s)
                    return s;
                break;
            case ChangeKind::Removed:
                if (auto s = remove(change.entity, change.id); !s)
                    return s;
                break;
            }
        }
        return {};
    }();
    m_replaying = false;
    if (!replayed)
        return replayed;
    // A removal must not take rows along that the ChangeSet does not know (added elsewhere since).
    QSet<RowKey> expected;
    for (const RowChange &change : changes.changes)
        expected.insert({change.entity, change.id});
    for (qsizetype i = first; i < m_changes.changes.size(); ++i) {
        const RowChange &done = m_changes.changes.at(i);
        if (!expected.contains({done.entity, done.id}))
            return elsewhere(Conflict::Added, done.entity, done.id,
                             done.before ? *done.before : QVariantMap());
    }
    m_changes.primaryId = changes.primaryId;
    return {};
}

} // namespace trellis
