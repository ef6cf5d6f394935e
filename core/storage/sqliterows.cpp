#include "storage/sqliterows.h"

#include "storage/sqlitedialect.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <utility>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trellis::SqliteRows", text);
}

} // namespace

Result<SqliteRows> SqliteRows::prepare(const QSqlDatabase &db, const QString &sql)
{
    sqlite3 *handle = SqliteDialect::nativeHandle(db);
    if (!handle)
        return Error{tr("Cannot read: the database connection is not open.")};
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(statement);
        return Error{tr("Cannot prepare a read: %1").arg(message)};
    }
    return SqliteRows(statement);
}

SqliteRows::SqliteRows(sqlite3_stmt *statement)
    : m_statement(statement)
{}

SqliteRows::SqliteRows(SqliteRows &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_status(std::move(other.m_status))
    , m_shared(std::move(other.m_shared))
{}

SqliteRows &SqliteRows::operator=(SqliteRows &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_status = std::move(other.m_status);
        m_shared = std::move(other.m_shared);
    }
    return *this;
}

SqliteRows::~SqliteRows()
{
    sqlite3_finalize(m_statement);
}

Status SqliteRows::failure(const QString &what) const
{
    return Error{tr("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))))};
}

Status SqliteRows::bind(const QString &name, qint64 value)
{
    return bindAt(sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData()), name, value);
}

Status SqliteRows::bind(const QString &name, const QString &value)
{
    return bindAt(sqlite3_bind_parameter_index(m_statement, name.toUtf8().constData()), name, value);
}

Status SqliteRows::bind(int position, qint64 value)
{
    const int index = position <= sqlite3_bind_parameter_count(m_statement) ? position : 0;
    return bindAt(index, QString::number(position), value);
}

Status SqliteRows::bind(int position, const QString &value)
{
    const int index = position <= sqlite3_bind_parameter_count(m_statement) ? position : 0;
    return bindAt(index, QString::number(position), value);
}

Status SqliteRows::bindAt(int index, const QString &name, qint64 value)
{
    if (index <= 0)
        return Error{tr("Cannot bind %1: the read has no such parameter.").arg(name)};
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        return failure(tr("Cannot bind %1").arg(name));
    return {};
}

Status SqliteRows::bindAt(int index, const QString &name, const QString &value)
{
    if (index <= 0)
        return Error{tr("Cannot bind %1: the read has no such parameter.").arg(name)};
    const QByteArray utf8 = value.toUtf8();
    if (sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT) !=
        SQLITE_OK)
        return failure(tr("Cannot bind %1").arg(name));
    return {};
}

bool SqliteRows::next()
{
    if (!m_status)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = failure(tr("Cannot read"));
    return false;
}

bool SqliteRows::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteRows::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteRows::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteRows::text(int column) const
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column));
}

} // namespace trellis

namespace trellis {

QString SqliteRows::sharedText(int column)
{
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    const std::string_view bytes(utf8 ? utf8 : "", std::size_t(sqlite3_column_bytes(m_statement, column)));
    if (const auto it = m_shared.find(bytes); it != m_shared.end())
        return it->second;
    const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    m_shared.emplace(std::string(bytes), text);
    return text;
}

} // namespace trellis
