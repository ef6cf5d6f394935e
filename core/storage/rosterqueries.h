#pragma once

#include "storage/entityreader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace trellis {

// Who to show in the roster: every condition given must hold.
struct RosterFilter {
    QString nameContains; // case-insensitive substring of the display name
    std::optional<Role> role;
    QString tag;   // a skill or interest, exact (case-insensitive)
    int limit = 0; // at most this many people (0: all)
};

// People, with their tags, by name.
class RosterQueries {
public:
    explicit RosterQueries(QSqlDatabase db)
        : m_reader(std::move(db))
    {}

    [[nodiscard]] Result<Person> person(Id id) const { return m_reader.get<Person>(id); }
    [[nodiscard]] Result<QList<Person>> search(const RosterFilter &filter = {}) const;

    // How many relationships take up a mentor's capacity: proposed, active or paused ones.
    [[nodiscard]] Result<int> mentorLoad(Id mentorId) const;
    // The same for every mentor with at least one such relationship.
    [[nodiscard]] Result<QHash<Id, int>> mentorLoads() const;
    // Everyone who is the mentee of a proposed, active or paused relationship.
    [[nodiscard]] Result<QSet<Id>> menteesInOpenRelationships() const;
    // Every mentee's wishes and exclusions (schema 8): by mentee, wishes by rank, then exclusions.
    [[nodiscard]] Result<QList<MatchPreference>> matchPreferences() const;
    // Whether a proposed, active or paused relationship already pairs these two people.
    [[nodiscard]] Result<bool> hasOpenPairing(Id mentorId, Id menteeId) const;

private:
    EntityReader m_reader;
};

} // namespace trellis
