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

} // namespace trellis
