#include "storage/edittransaction.h"

#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EditTransaction", text);
}

// SQLITE_BUSY and SQLITE_LOCKED: another connection held the write lock for longer than the busy
// timeout.
bool isLocked(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("5") || code == QLatin1String("6") ||
           error.databaseText().contains(QLatin1String("locked"));
}

QString describe(const QSqlError &error)
{
    return isLocked(error)
               ? tr("another Trellis (or another program) is writing this file; try again in a moment.")
               : error.text();
}

// The outermost edit begins IMMEDIATE, so it takes the write lock at once and the busy timeout
// applies (a deferred transaction that upgrades later fails at once when another writer is busy);
// an edit inside a caller's transaction (an import) nests as a savepoint. A failed edit leaves
// nothing committed, not even an empty transaction that would touch the file's header.
class EditScope {
public:
    EditScope(QSqlDatabase db, const QString &savepoint)
        : m_query(db)
        , m_savepoint(savepoint)
        , m_outermost(!SqlDialect::of(db).inTransaction(db))
    {
        m_begun = m_query.exec(m_outermost ? SqlDialect::of(db).beginWriteSql()
                                           : QStringLiteral("SAVEPOINT ") + m_savepoint);
        if (!m_begun)
            m_error = m_query.lastError();
    }

    bool begun() const { return m_begun; }
    const QSqlError &error() const { return m_error; }

    bool commit()
    {
        const bool done =
            m_query.exec(m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
        if (!done)
            m_error = m_query.lastError();
        return done;
    }

    void rollback()
    {
        if (m_outermost) {
            m_query.exec(QStringLiteral("ROLLBACK"));
            return;
        }
        m_query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        m_query.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }

private:
    QSqlQuery m_query;
    QString m_savepoint;
    bool m_outermost = false;
    bool m_begun = false;
    QSqlError m_error;
};

} // namespace

Result<ChangeSet> EditTransaction::run(QSqlDatabase db, const Edit &edit)
{
    EditScope scope(db, QStringLiteral("trellis_edit"));
    if (!scope.begun())
        return Error{tr("Cannot start the change: %1").arg(describe(scope.error()))};
    ChangeSet changes;
    Result<Id> result = Id(0);
    {
        RowStore rows(db); // its statements end before the commit or rollback
        result = edit(rows);
        if (result)
            changes = rows.takeChanges();
    }
    if (!result) {
        scope.rollback();
        return result.error();
    }
    if (!scope.commit()) {
        const QString message = describe(scope.error());
        scope.rollback();
        return Error{tr("Cannot save the change: %1").arg(message)};
    }
    if (*result != 0)
        changes.primaryId = *result;
    return changes;
}

Status EditTransaction::tryOut(QSqlDatabase db, const std::function<Status(RowStore &rows)> &edit)
{
    EditScope scope(db, QStringLiteral("trellis_try"));
    if (!scope.begun())
        return Error{tr("Cannot start the change: %1").arg(describe(scope.error()))};
    Status result;
    {
        RowStore rows(db); // its statements end before the rollback
        result = edit(rows);
    }
    scope.rollback();
    return result;
}

} // namespace trellis
