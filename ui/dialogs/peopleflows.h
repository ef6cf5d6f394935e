#pragma once

#include "domain/enums.h"
#include "workspace/workspacecontext.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace trellis {

// Adding people from any workspace, not only the coordinator's roster: a mentor adds a mentee, a
// mentee their mentor, and the relationship with the profile's person starts in the same undo step
// (Edits::addAndPair); a coordinator adds anyone (Edits::addPerson). The roster is read on a worker
// first (the person dialog offers it as managers), then PersonDialog opens (window-modal).
class PeopleFlows {
public:
    // Whom the profile pairs with: a mentor's new mentee, a mentee's new mentor; none for a
    // coordinator (who pairs anyone through the pairing dialog) or without a profile.
    [[nodiscard]] static std::optional<Role> partnerRole(const WorkspaceContext &context);
    // "Add a Mentee…" / "Add Your Mentor…" (empty without a partner role).
    [[nodiscard]] static QString addPartnerText(const WorkspaceContext &context);
    // PersonDialog with the partner's role ticked; Save adds them and starts the active
    // relationship with the profile's person; `paired` then gets the new relationship's id.
    static void addPartner(const WorkspaceContext &context, QWidget *parent,
                           std::function<void(Id relationshipId)> paired = {});
    // PersonDialog for anyone (a coordinator's roster).
    static void addPerson(const WorkspaceContext &context, QWidget *parent);
};

} // namespace trellis
