#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

// The two people (and the cohort) of a relationship, as the calendar names its occurrences.
struct RelationshipPeople {
    Id mentorId = 0;
    Id menteeId = 0;
    std::optional<Id> cohortId;
    QString mentor;
    QString mentee;
};

// The people of some relationships, keyed by relationship id: the calendar reads those of the
// occurrences in its window, not the whole programme's listing (a mentor's month holds a handful).
class RelationshipPeopleQuery {
public:
    explicit RelationshipPeopleQuery(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Every relationship.
    [[nodiscard]] Result<QHash<Id, RelationshipPeople>> all() const;
    // The relationships `ids` (those that exist).
    [[nodiscard]] Result<QHash<Id, RelationshipPeople>> ofRelationships(const QList<Id> &ids) const;
    // The relationships in which one of `persons` is mentor or mentee.
    [[nodiscard]] Result<QHash<Id, RelationshipPeople>> ofPersons(const QList<Id> &persons) const;

private:
    [[nodiscard]] Result<QHash<Id, RelationshipPeople>> read(const QString &condition, const QList<Id> &ids,
                                                             int times) const;

    QSqlDatabase m_db;
};

} // namespace trellis
