#pragma once

#include "domain/person.h"
#include "util/result.h"

#include <QList>
#include <QSqlDatabase>

namespace trellis {

// People by id, with their tags: what a live model reads when the notifier names the people
// that changed (the roster reloads only those rows).
class PeopleQuery {
public:
    explicit PeopleQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Those of `ids` that exist, in id order; an id that was removed is simply absent.
    [[nodiscard]] Result<QList<Person>> people(const QList<Id> &ids) const;

private:
    QSqlDatabase m_db;
};

} // namespace trellis
