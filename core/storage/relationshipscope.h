#pragma once

#include "domain/enums.h"

#include <QList>
#include <QString>

namespace trellis {

// Which relationships a read covers: everything, one relationship, a set, one
// person (as mentor or mentee, or only in one of those roles) or a cohort — and whose eyes the
// read is for: a mentor or mentee reads only the feedback they may see (Feedback::isVisibleTo),
// so health derived from feedback (the latest rating) is theirs too.
struct RelationshipScope {
    enum class Kind { All, Relationship, Relationships, Person, Mentor, Mentee, Cohort };

    Kind kind = Kind::All;
    qint64 id = 0;                   // relationship, person or cohort id
    QList<qint64> ids;               // Kind::Relationships
    Role viewer = Role::Coordinator; // coordinators see every feedback entry

    // The same relationships, read for someone working in `role`.
    RelationshipScope seenBy(Role role) const
    {
        RelationshipScope seen = *this;
        seen.viewer = role;
        return seen;
    }

    static RelationshipScope all() { return {}; }
    static RelationshipScope relationship(qint64 relationshipId)
    {
        return {Kind::Relationship, relationshipId, {}, Role::Coordinator};
    }
    static RelationshipScope relationships(QList<qint64> relationshipIds)
    {
        return {Kind::Relationships, 0, std::move(relationshipIds), Role::Coordinator};
    }
    static RelationshipScope person(qint64 personId)
    {
        return {Kind::Person, personId, {}, Role::Coordinator};
    }
    static RelationshipScope mentor(qint64 personId)
    {
        return {Kind::Mentor, personId, {}, Role::Coordinator};
    }
    static RelationshipScope mentee(qint64 personId)
    {
        return {Kind::Mentee, personId, {}, Role::Coordinator};
    }
    static RelationshipScope cohort(qint64 cohortId)
    {
        return {Kind::Cohort, cohortId, {}, Role::Coordinator};
    }

    // An SQL condition on `column` (a relationship id column) selecting this scope, with
    // its values inlined as integers (ids only, so no injection is possible); empty for All.
    QString sqlCondition(const QString &column) const;
};

} // namespace trellis
