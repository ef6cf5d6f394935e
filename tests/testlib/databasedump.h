#pragma once

#include <QSqlDatabase>
#include <QString>

namespace trellis::test {

// Every table's rows as text (settings too: the profile and preferences are undoable), ordered
// by id, without the modification stamps (created_at, updated_at) and meeting.sequence: what the
// undo contract compares.
QString dumpDatabase(const QSqlDatabase &db);

} // namespace trellis::test
