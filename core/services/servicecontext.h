#pragma once

#include "storage/changeset.h"
#include "storage/edittransaction.h"
#include "storage/entityreader.h"
#include "util/result.h"

#include <QSqlDatabase>

namespace trellis {

class ChangeNotifier;
class Database;

// What every service needs: the database and the notifier. run() executes one edit in one
// transaction on the calling thread's connection and, once committed, announces its ChangeSet.
class ServiceContext {
public:
    explicit ServiceContext(Database &db, ChangeNotifier *notifier = nullptr)
        : m_db(db)
        , m_notifier(notifier)
    {}

    [[nodiscard]] Result<ChangeSet> run(const EditTransaction::Edit &edit) const;
    QSqlDatabase connection() const;
    EntityReader reader() const { return EntityReader(connection()); }
    ChangeNotifier *notifier() const { return m_notifier; }
    Database &database() const { return m_db; }

private:
    Database &m_db;
    ChangeNotifier *m_notifier;
};

} // namespace trellis
