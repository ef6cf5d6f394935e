#include "storage/edittransaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace trellis {

Result<ChangeSet> EditTransaction::run(QSqlDatabase db, const Edit &edit)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SAVEPOINT trellis_edit")))
        return Error{QCoreApplication::translate("EditTransaction", "Cannot start the change: %1")
                         .arg(query.lastError().text())};
    RowStore rows(db);
    auto result = edit(rows);
    if (!result) {
        query.exec(QStringLiteral("ROLLBACK TO trellis_edit"));
        query.exec(QStringLiteral("RELEASE trellis_edit"));
        return result.error();
    }
    if (!query.exec(QStringLiteral("RELEASE trellis_edit"))) {
        const QString message = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK TO trellis_edit"));
        query.exec(QStringLiteral("RELEASE trellis_edit"));
        return Error{
            QCoreApplication::translate("EditTransaction", "Cannot save the change: %1").arg(message)};
    }
    ChangeSet changes = rows.takeChanges();
    if (*result != 0)
        changes.primaryId = *result;
    return changes;
}

Status EditTransaction::tryOut(QSqlDatabase db, const std::function<Status(RowStore &rows)> &edit)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SAVEPOINT trellis_try")))
        return Error{QCoreApplication::translate("EditTransaction", "Cannot start the change: %1")
                         .arg(query.lastError().text())};
    Status result;
    {
        RowStore rows(db); // its statements end before the rollback
        result = edit(rows);
    }
    query.exec(QStringLiteral("ROLLBACK TO trellis_try"));
    query.exec(QStringLiteral("RELEASE trellis_try"));
    return result;
}

} // namespace trellis
