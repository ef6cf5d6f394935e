#include "domain/person.h"

#include "domain/validation.h"

namespace trellis {

using namespace validation;

bool Person::hasRole(Role role) const
{
    switch (role) {
    case Role::Mentor:
        return isMentor;
    case Role::Mentee:
        return isMentee;
    case Role::Coordinator:
        return isCoordinator;
    }
    return false;
}

void Person::setRole(Role role, bool on)
{
    switch (role) {
    case Role::Mentor:
        isMentor = on;
        break;
    case Role::Mentee:
        isMentee = on;
        break;
    case Role::Coordinator:
        isCoordinator = on;
        break;
    }
}

Status Person::validate() const
{
    const QString entity = tr("Person");
    if (auto s = requireText(displayName, entity, tr("the name")); !s)
        return s;
    if (auto s = requireAtLeast(capacity, 0, entity, tr("the capacity")); !s)
        return s;
    if (auto s = requireTimeZone(timezone, entity, tr("the time zone")); !s)
        return s;
    if (managerId && id != 0 && *managerId == id)
        return Error{tr("Person %1: the manager cannot be the person themselves.").arg(displayName)};
    if (auto s = requireListItems(languages, entity, tr("the languages")); !s)
        return s;
    if (auto s = requireListItems(skills, entity, tr("the skills")); !s)
        return s;
    if (auto s = requireListItems(interests, entity, tr("the interests")); !s)
        return s;
    return {};
}

} // namespace trellis
