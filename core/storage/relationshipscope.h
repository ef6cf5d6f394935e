#pragma once

#include <QList>
#include <QString>

namespace trellis {

// Which relationships a read covers: everything, one relationship, a set, one
// person (as mentor or mentee, or only in one of those roles) or a cohort.
struct RelationshipScope {
    enum class Kind { All, Relationship, Relationships, Person, Mentor, Mentee, Cohort };

    Kind kind = Kind::All;
    qint64 id = 0;     // relationship, person or cohort id
    QList<qint64> ids; // Kind::Relationships

    static RelationshipScope all() { return {}; }
    static RelationshipScope relationship(qint64 relationshipId)
    {
        return {Kind::Relationship, relationshipId, {}};
    }
    static RelationshipScope relationships(QList<qint64> relationshipIds)
    {
        return {Kind::Relationships, 0, std::move(relationshipIds)};
    }
    static RelationshipScope person(qint64 personId) { return {Kind::Person, personId, {}}; }
    static RelationshipScope mentor(qint64 personId) { return {Kind::Mentor, personId, {}}; }
    static RelationshipScope mentee(qint64 personId) { return {Kind::Mentee, personId, {}}; }
    static RelationshipScope cohort(qint64 cohortId) { return {Kind::Cohort, cohortId, {}}; }

    // An SQL condition on `column` (a relationship id column) selecting this scope, with
    // its values inlined as integers (ids only, so no injection is possible); empty for All.
    QString sqlCondition(const QString &column) const;
};

} // namespace trellis
