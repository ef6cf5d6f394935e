#pragma once

#include "domain/enums.h"
#include "util/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace trellis {

// Someone in a programme: mentor, mentee and/or coordinator. Skills and interests are tags.
struct Person {
    Id id = 0;
    QString displayName;
    QString email;
    QString phone;
    bool isMentor = false;
    bool isMentee = false;
    bool isCoordinator = false;
    int capacity = 0; // mentees a mentor can take
    QString timezone; // IANA id, empty = the system's
    QString department;
    std::optional<Id> managerId;
    QStringList languages;
    QStringList skills;
    QStringList interests;
    QString bio;

    bool hasRole(Role role) const;
    void setRole(Role role, bool on = true);
    [[nodiscard]] Status validate() const;
    bool operator==(const Person &) const = default;
};

} // namespace trellis
