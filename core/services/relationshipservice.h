#pragma once

#include "domain/actionitem.h"
#include "domain/contact.h"
#include "domain/feedback.h"
#include "domain/pairing.h"
#include "domain/relationship.h"
#include "domain/supportcontact.h"
#include "services/servicecontext.h"

#include <QDate>
#include <QString>

#include <optional>

namespace trellis {

// Edits of relationships (including their lifecycle and fit check) and of what hangs off a
// relationship besides goals and meetings: support contacts, logged contacts, feedback,
// action items. Each edit is one transaction returning its ChangeSet.
class RelationshipService {
public:
    // A coordinator's pairing by hand: a new relationship between a mentor and a mentee.
    using Pairing = trellis::Pairing;

    explicit RelationshipService(Database &db, ChangeNotifier *notifier = nullptr)
        : m_context(db, notifier)
    {}

    [[nodiscard]] Result<ChangeSet> createRelationship(const Relationship &relationship);
    // Pairs two people, respecting the mentor's capacity (proposed, active and paused
    // relationships count): refused with the numbers when the mentor is full, when the
    // roles do not fit, or when the two are already paired.
    [[nodiscard]] Result<ChangeSet> pair(const Pairing &pairing);
    // A new person paired with someone already here, in one edit: the side of `pairing` left 0
    // is the new person, who gets that role (a mentor adding a mentee, a mentee their mentor).
    // Refused as pair() is; primaryId: the new relationship.
    [[nodiscard]] Result<ChangeSet> addAndPair(const Person &person, const Pairing &pairing);
    // Many pairs in one edit (a matching run accepted): all made, or none — each refused as
    // pair() would be, the mentors' capacities counting the pairs made before it.
    [[nodiscard]] Result<ChangeSet> pairAll(const QList<Pairing> &pairings);
    // Status and fit-check outcome must be unchanged (use changeStatus / the fit check).
    [[nodiscard]] Result<ChangeSet> updateRelationship(const Relationship &relationship);
    // With everything that belongs to it (goals, meetings, contacts…).
    [[nodiscard]] Result<ChangeSet> deleteRelationship(Id relationshipId);

    // Lifecycle (RelationshipLifecycle): `on` is the date of the change (start or end date).
    // Completing or ending may record the closing reflection in the same edit (ignored otherwise).
    [[nodiscard]] Result<ChangeSet> changeStatus(Id relationshipId, RelationshipStatus to, const QDate &on,
                                                 const QString &reason = {},
                                                 const QString &closingReflection = {});
    [[nodiscard]] Result<ChangeSet> confirmFit(Id relationshipId);
    [[nodiscard]] Result<ChangeSet> endAfterFitCheck(Id relationshipId, const QDate &on,
                                                     const QString &reason,
                                                     const QString &closingReflection = {});

    [[nodiscard]] Result<ChangeSet> createSupportContact(const SupportContact &supportContact);
    [[nodiscard]] Result<ChangeSet> updateSupportContact(const SupportContact &supportContact);
    [[nodiscard]] Result<ChangeSet> deleteSupportContact(Id supportContactId);

    [[nodiscard]] Result<ChangeSet> logContact(const Contact &contact);
    [[nodiscard]] Result<ChangeSet> updateContact(const Contact &contact);
    [[nodiscard]] Result<ChangeSet> deleteContact(Id contactId);

    [[nodiscard]] Result<ChangeSet> createFeedback(const Feedback &feedback);
    [[nodiscard]] Result<ChangeSet> updateFeedback(const Feedback &feedback);
    [[nodiscard]] Result<ChangeSet> deleteFeedback(Id feedbackId);

    [[nodiscard]] Result<ChangeSet> createActionItem(const ActionItem &item);
    [[nodiscard]] Result<ChangeSet> updateActionItem(const ActionItem &item);
    [[nodiscard]] Result<ChangeSet> deleteActionItem(Id actionItemId);

private:
    // pair()'s checks and insert, inside an edit.
    [[nodiscard]] Result<Id> insertPairing(RowStore &rows, const Pairing &pairing) const;
    Status checkLinks(RowStore &rows, const Relationship &relationship) const;
    // A meeting linked from a feedback or action item must belong to the same relationship.
    Status checkMeeting(RowStore &rows, const std::optional<Id> &meetingId, Id relationshipId) const;

    ServiceContext m_context;
};

} // namespace trellis
