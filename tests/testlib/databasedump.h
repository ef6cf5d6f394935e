#pragma once

#include <QSqlDatabase>
#include <QString>

namespace trellis::test {

// Every domain table's rows as text, ordered by id, without the modification stamps
// (created_at, updated_at) and meeting.sequence: what the undo contract compares.
QString dumpDatabase(const QSqlDatabase &db);

} // namespace trellis::test
