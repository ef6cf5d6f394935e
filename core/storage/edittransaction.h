#pragma once

#include "storage/changeset.h"
#include "storage/rowstore.h"
#include "util/result.h"

#include <QSqlDatabase>

#include <functional>

namespace trellis {

// Runs one edit in one transaction (a SAVEPOINT, so an importer may wrap several edits in
// an outer transaction): commits and returns the recorded ChangeSet, or rolls back and
// returns the error. The edit returns the id of the row it is about (ChangeSet::primaryId).
class EditTransaction {
public:
    using Edit = std::function<Result<Id>(RowStore &rows)>;
    [[nodiscard]] static Result<ChangeSet> run(QSqlDatabase db, const Edit &edit);
    // Runs the edit and always rolls it back: whether it would succeed now (a dry run).
    [[nodiscard]] static Status tryOut(QSqlDatabase db, const std::function<Status(RowStore &rows)> &edit);
};

} // namespace trellis
