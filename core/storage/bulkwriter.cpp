#include "storage/bulkwriter.h"

#include "storage/database.h"
#include "storage/sqlitedialect.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BulkWriter", text);
}

const SqlDialect &dialect()
{
    return SqliteDialect::instance(); // this writer drives SQLite's C API
}

} // namespace

BulkWriter::BulkWriter(sqlite3 *handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{}

BulkWriter::~BulkWriter()
{
    rollback();
}

Result<std::unique_ptr<BulkWriter>> BulkWriter::begin(Database &db)
{
    sqlite3 *handle = SqliteDialect::nativeHandle(db.connection());
    if (!handle)
        return Error{tr("Cannot write to %1: the database connection is not open.").arg(db.path())};
    std::unique_ptr<BulkWriter> writer(new BulkWriter(handle, db.path()));
    if (auto cache = writer->exec(dialect().bulkSessionSql(true)); !cache)
        return cache.error();
    if (auto begun = writer->exec(dialect().beginWriteSql()); !begun) {
        (void)writer->exec(dialect().bulkSessionSql(false));
        return begun.error();
    }
    writer->m_open = true;
    // Per-row search triggers would dominate a bulk load: suspend them and index once at commit.
    if (auto suspended = writer->exec(dialect().suspendIndexingSql()); !suspended) {
        writer->rollback();
        return suspended.error();
    }
    return writer;
}

Status BulkWriter::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "unknown error");
        sqlite3_free(message);
        return Error{tr("Cannot write to %1: %2 (%3)").arg(m_path, text, sql)};
    }
    return {};
}

Error BulkWriter::sqliteError(const QString &what) const
{
    return Error{
        tr("Cannot write %1 to %2: %3").arg(what, m_path, QString::fromUtf8(sqlite3_errmsg(m_handle)))};
}

Result<BulkWriter::TableId> BulkWriter::prepareInsert(const QString &table, const QStringList &columns,
                                                      OnConflict onConflict)
{
    if (!m_open)
        return Error{tr("Cannot write to %1: the transaction is closed.").arg(m_path)};
    const QString sql = dialect().insertSql(
        table, columns,
        onConflict == OnConflict::Replace ? SqlDialect::OnConflict::Replace : SqlDialect::OnConflict::Fail);
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
        return sqliteError(table);
    m_statements.push_back(Statement{table, int(columns.size()), statement});
    return TableId(m_statements.size() - 1);
}

Status BulkWriter::insert(TableId table, const std::vector<BulkValue> &values)
{
    if (!m_open)
        return Error{tr("Cannot write to %1: the transaction is closed.").arg(m_path)};
    if (table < 0 || size_t(table) >= m_statements.size())
        return Error{tr("Cannot write to %1: unknown prepared insert %2.").arg(m_path).arg(table)};
    const Statement &prepared = m_statements[size_t(table)];
    if (int(values.size()) != prepared.columnCount)
        return Error{tr("Cannot write a %1 row to %2: %3 values for %4 columns.")
                         .arg(prepared.table, m_path)
                         .arg(values.size())
                         .arg(prepared.columnCount)};
    sqlite3_stmt *statement = prepared.statement;
    int rc = SQLITE_OK;
    for (int i = 0; i < prepared.columnCount && rc == SQLITE_OK; ++i) {
        const BulkValue &value = values[size_t(i)];
        if (const auto *integer = std::get_if<qint64>(&value)) {
            rc = sqlite3_bind_int64(statement, i + 1, *integer);
        } else if (const auto *real = std::get_if<double>(&value)) {
            rc = sqlite3_bind_double(statement, i + 1, *real);
        } else if (const auto *text = std::get_if<QString>(&value)) {
            // The QString outlives the step below, so SQLite need not copy it.
            rc = sqlite3_bind_text16(statement, i + 1, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
        } else {
            rc = sqlite3_bind_null(statement, i + 1);
        }
    }
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    Status result;
    if (rc != SQLITE_DONE)
        result = sqliteError(tr("a %1 row").arg(prepared.table));
    else
        ++m_rowsWritten;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result;
}

Result<BulkWriter::TableId> BulkWriter::rowStatement(const QString &table, bool withId,
                                                     const QVariantMap &row, const BulkStamps &stamps)
{
    const bool created = stamps.createdAt.has_value();
    const bool updated = stamps.updatedAt.has_value();
    for (const RowStatement &prepared : m_rowStatements) {
        if (prepared.table != table || prepared.id != withId || prepared.created != created ||
            prepared.updated != updated || prepared.columns.size() != row.size())
            continue;
        // toRow() gives a table the same columns every time; compare them anyway (cheap, shared strings).
        auto column = prepared.columns.cbegin();
        bool same = true;
        for (auto it = row.keyBegin(); it != row.keyEnd() && same; ++it, ++column)
            same = *it == *column;
        if (same)
            return prepared.statement;
    }
    RowStatement prepared{table, row.keys(), withId, created, updated, 0};
    QStringList columns;
    if (withId)
        columns << QStringLiteral("id");
    columns << prepared.columns;
    if (created)
        columns << QStringLiteral("created_at");
    if (updated)
        columns << QStringLiteral("updated_at");
    auto statement = prepareInsert(table, columns);
    if (!statement)
        return statement.error();
    prepared.statement = *statement;
    m_rowStatements.push_back(std::move(prepared));
    return *statement;
}

Status BulkWriter::insertRow(const QString &table, std::optional<Id> id, const QVariantMap &row,
                             const BulkStamps &stamps)
{
    auto statement = rowStatement(table, id.has_value(), row, stamps);
    if (!statement)
        return statement.error();
    std::vector<BulkValue> values;
    values.reserve(size_t(row.size()) + 3);
    if (id)
        values.emplace_back(*id);
    for (const QVariant &value : row) {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            values.emplace_back(std::monostate{});
            break;
        case QMetaType::QString:
            // A null QString is written as '' (as RowStore does), never as NULL.
            values.emplace_back(*static_cast<const QString *>(value.constData()));
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            values.emplace_back(value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            values.emplace_back(value.toDouble());
            break;
        default:
            if (value.isNull())
                values.emplace_back(std::monostate{});
            else
                values.emplace_back(value.toString());
        }
    }
    if (stamps.createdAt)
        values.emplace_back(*stamps.createdAt);
    if (stamps.updatedAt)
        values.emplace_back(*stamps.updatedAt);
    return insert(*statement, values);
}

void BulkWriter::EntityInsert::begin()
{
    filled = 0;
    mismatch = false;
}

void BulkWriter::EntityInsert::column(const QString &name, const QVariant &value)
{
    if (!statement) { // the first row names the columns
        columns.append(name);
        values.push_back(value);
        ++filled;
        return;
    }
    // writeRow() names its columns in a fixed order, usually with the very same literal.
    const bool same = filled < columns.size() &&
                      (columns.at(filled).constData() == name.constData() || columns.at(filled) == name);
    if (!same) {
        mismatch = true;
        return;
    }
    values[size_t(filled++)] = value;
}

BulkWriter::EntityInsert &BulkWriter::entityInsert(const QString &table, const BulkStamps &stamps)
{
    const bool created = stamps.createdAt.has_value();
    const bool updated = stamps.updatedAt.has_value();
    const auto matches = [&](const EntityInsert &insert) {
        return insert.created == created && insert.updated == updated && insert.table == table;
    };
    if (m_lastInsert && matches(*m_lastInsert))
        return *m_lastInsert;
    for (const auto &insert : m_entityInserts) {
        if (matches(*insert)) {
            m_lastInsert = insert.get();
            return *insert;
        }
    }
    auto insert = std::make_unique<EntityInsert>();
    insert->table = table;
    insert->created = created;
    insert->updated = updated;
    m_lastInsert = insert.get();
    m_entityInserts.push_back(std::move(insert));
    return *m_lastInsert;
}

Status BulkWriter::finishEntity(EntityInsert &insert, Id id, const BulkStamps &stamps)
{
    if (insert.mismatch || insert.filled != insert.columns.size())
        return Error{tr("Cannot write a %1 row to %2: its columns differ from the earlier rows'.")
                         .arg(insert.table, m_path)};
    if (!insert.statement) {
        QStringList columns{QStringLiteral("id")};
        columns << insert.columns;
        if (insert.created)
            columns << QStringLiteral("created_at");
        if (insert.updated)
            columns << QStringLiteral("updated_at");
        auto prepared = prepareInsert(insert.table, columns);
        if (!prepared)
            return prepared.error();
        insert.statement = *prepared;
    }
    return bindAndStep(*insert.statement, insert.values, insert.filled, id, stamps);
}

Status BulkWriter::bindAndStep(TableId table, const std::vector<QVariant> &values, qsizetype count, Id id,
                               const BulkStamps &stamps)
{
    if (!m_open)
        return Error{tr("Cannot write to %1: the transaction is closed.").arg(m_path)};
    const Statement &prepared = m_statements[size_t(table)];
    sqlite3_stmt *statement = prepared.statement;
    int index = 1;
    int rc = sqlite3_bind_int64(statement, index++, id);
    for (qsizetype i = 0; i < count && rc == SQLITE_OK; ++i, ++index) {
        const QVariant &value = values[size_t(i)];
        switch (value.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(statement, index);
            break;
        case QMetaType::QString: {
            // Kept alive in `values` until the step below. A null QString is written as '' (as RowStore
            // does).
            const QString *text = static_cast<const QString *>(value.constData());
            rc = sqlite3_bind_text16(statement, index, text->utf16(), int(text->size() * 2), SQLITE_STATIC);
            break;
        }
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(statement, index, value.toDouble());
            break;
        default: // writeRow() gives only NULL, texts, integers and reals
            rc = SQLITE_MISMATCH;
        }
    }
    if (rc == SQLITE_OK && stamps.createdAt)
        rc = sqlite3_bind_int64(statement, index++, *stamps.createdAt);
    if (rc == SQLITE_OK && stamps.updatedAt)
        rc = sqlite3_bind_int64(statement, index++, *stamps.updatedAt);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(statement);
    Status result;
    if (rc != SQLITE_DONE)
        result = sqliteError(tr("a %1 row").arg(prepared.table));
    else
        ++m_rowsWritten;
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return result;
}

Status BulkWriter::insertEntity(Id id, const Person &value, const BulkStamps &stamps)
{
    EntityInsert &insert = entityInsert(Schema::tableName(Entity::Person), stamps);
    insert.begin();
    EntityRows::writeRow(value, insert);
    if (auto s = finishEntity(insert, id, stamps); !s)
        return s;
    for (const QVariantMap &tag : EntityRows::tagRows(id, value)) {
        if (auto s = insertRow(Schema::tableName(Entity::PersonTag), std::nullopt, tag, {}); !s)
            return s;
    }
    return {};
}

Status BulkWriter::setSetting(const QString &key, const QString &value)
{
    if (!m_settings) {
        auto prepared = prepareInsert(Schema::tableName(Entity::Setting),
                                      {QStringLiteral("key"), QStringLiteral("value")}, OnConflict::Replace);
        if (!prepared)
            return prepared.error();
        m_settings = *prepared;
    }
    return insert(*m_settings, {key, value});
}

Result<qint64> BulkWriter::countRows(const QString &table)
{
    return scalar(QStringLiteral("SELECT count(*) FROM ") % SqlDialect::quoted(table), table);
}

Result<qint64> BulkWriter::maxId(const QString &table)
{
    return scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") % SqlDialect::quoted(table), table);
}

Result<qint64> BulkWriter::scalar(const QString &sql, const QString &what)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
        return sqliteError(what);
    qint64 value = 0;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW)
        return sqliteError(what);
    return value;
}

void BulkWriter::finalizeAll()
{
    for (Statement &prepared : m_statements)
        sqlite3_finalize(prepared.statement);
    m_statements.clear();
    m_rowStatements.clear();
    m_entityInserts.clear();
    m_lastInsert = nullptr;
    m_settings.reset();
}

Status BulkWriter::commit()
{
    if (!m_open)
        return Error{tr("Cannot write to %1: the transaction is closed.").arg(m_path)};
    finalizeAll();
    Status committed = exec(dialect().rebuildIndexSql());
    if (committed)
        committed = exec(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed;
    }
    m_open = false;
    (void)exec(dialect().bulkSessionSql(false));
    return {};
}

void BulkWriter::rollback()
{
    finalizeAll();
    if (m_open) {
        m_open = false;
        (void)exec(QStringLiteral("ROLLBACK"));
        (void)exec(dialect().bulkSessionSql(false));
    }
}

} // namespace trellis
