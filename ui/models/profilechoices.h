#pragma once

#include "domain/enums.h"
#include "domain/person.h"
#include "domain/profile.h"
#include "util/result.h"

#include <QList>

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// What the profile editor offers: everyone on the roster (to pick the person of a role) and the
// profile stored now. The roster grows with the programme, so a ModelLoader reads it on its worker:
//
//     m_loader = new ModelLoader(context.dataSource(), ProfileChoices::watchedEntities(), this);
//     m_loader->setLoad(&ProfileChoices::fetch, this, &Page::showChoices);
struct ProfileChoices {
    QList<Person> people;
    std::optional<Profile> profile;

    static QList<Entity> watchedEntities() { return {Entity::Person, Entity::Profile}; }
    // Always reads everything (one roster query and two settings rows).
    [[nodiscard]] static Result<ProfileChoices> fetch(Database &database, const LoadRequest &request);
};

} // namespace trellis
