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
