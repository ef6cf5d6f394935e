#include "commands/edits.h"

#include "changenotifier.h"
#include "commands/edithistory.h"
#include "io/icsimporter.h"
#include "io/rosterimporter.h"
#include "matching/matchingprofilestore.h"
#include "models/displaytexts.h"
#include "services/goalservice.h"
#include "services/meetingservice.h"
#include "services/peopleservice.h"
#include "services/relationshipservice.h"
#include "services/resourceservice.h"
#include "services/serieseditservice.h"
#include "services/settingsservice.h"
#include "storage/database.h"
#include "util/clock.h"

namespace trellis {

struct Edits::Services {
    Services(Database &db, ChangeNotifier *notifier)
        : people(db, notifier)
        , relationships(db, notifier)
        , goals(db, notifier)
        , meetings(db, notifier)
        , series(db, notifier)
        , resources(db, notifier)
        , settings(db, notifier)
    {}

    PeopleService people;
    RelationshipService relationships;
    GoalService goals;
    MeetingService meetings;
    SeriesEditService series;
    ResourceService resources;
    SettingsService settings;
};

Edits::Edits(Database &db, ChangeNotifier *notifier, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_history(std::make_unique<EditHistory>(db, notifier, stack))
    , m_services(std::make_unique<Services>(db, notifier))
{
    // The profile lives in settings rows; the notifier announces a change of them once more as
    // (Profile), after the edit and after every undo and redo of it (ChangeApplier announces too).
    if (notifier)
        connect(notifier, &ChangeNotifier::changed, this,
                [this](Entity entity, const QList<qint64> &, ChangeKind) {
                    if (entity == Entity::Profile)
                        Q_EMIT profileChanged(m_services->settings.profile());
                });
    connect(m_history.get(), &EditHistory::performed, this, &Edits::performed);
    connect(m_history.get(), &EditHistory::failed, this, &Edits::failed);
    connect(m_history.get(), &EditHistory::historyCleared, this, &Edits::historyCleared);
}

Edits::~Edits() = default;

QUndoStack *Edits::stack() const
{
    return m_history->stack();
}

Result<ChangeSet> Edits::perform(EditKind kind, const std::function<Result<ChangeSet>()> &action)
{
    return m_history->perform(kind, EditHistory::textsOf(kind), action);
}

Result<ChangeSet> Edits::perform(EditKind kind, const QString &undoText, const QString &doneText,
                                 const std::function<Result<ChangeSet>()> &action)
{
    return m_history->perform(kind, {undoText, doneText}, action);
}

// People, programmes, cohorts

Result<ChangeSet> Edits::addPerson(const Person &person)
{
    return perform(EditKind::AddPerson, EditKinds::undoTextFor(EditKind::AddPerson, person.displayName),
                   EditKinds::doneTextFor(EditKind::AddPerson, person.displayName),
                   [&] { return m_services->people.createPerson(person); });
}

Result<ChangeSet> Edits::updatePerson(const Person &person)
{
    return perform(EditKind::UpdatePerson, EditKinds::undoTextFor(EditKind::UpdatePerson, person.displayName),
                   EditKinds::doneTextFor(EditKind::UpdatePerson, person.displayName),
                   [&] { return m_services->people.updatePerson(person); });
}

Result<ChangeSet> Edits::deletePerson(Id personId)
{
    return perform(EditKind::DeletePerson, [&] { return m_services->people.deletePerson(personId); });
}

Result<ChangeSet> Edits::addProgramme(const Programme &programme)
{
    return perform(EditKind::AddProgramme, EditKinds::undoTextFor(EditKind::AddProgramme, programme.name),
                   EditKinds::doneTextFor(EditKind::AddProgramme, programme.name),
                   [&] { return m_services->people.createProgramme(programme); });
}

Result<ChangeSet> Edits::updateProgramme(const Programme &programme)
{
    return perform(EditKind::UpdateProgramme,
                   EditKinds::undoTextFor(EditKind::UpdateProgramme, programme.name),
                   EditKinds::doneTextFor(EditKind::UpdateProgramme, programme.name),
                   [&] { return m_services->people.updateProgramme(programme); });
}

Result<ChangeSet> Edits::deleteProgramme(Id programmeId)
{
    return perform(EditKind::DeleteProgramme,
                   [&] { return m_services->people.deleteProgramme(programmeId); });
}

Result<ChangeSet> Edits::addCohort(const Cohort &cohort)
{
    return perform(EditKind::AddCohort, EditKinds::undoTextFor(EditKind::AddCohort, cohort.name),
                   EditKinds::doneTextFor(EditKind::AddCohort, cohort.name),
                   [&] { return m_services->people.createCohort(cohort); });
}

Result<ChangeSet> Edits::updateCohort(const Cohort &cohort)
{
    return perform(EditKind::UpdateCohort, EditKinds::undoTextFor(EditKind::UpdateCohort, cohort.name),
                   EditKinds::doneTextFor(EditKind::UpdateCohort, cohort.name),
                   [&] { return m_services->people.updateCohort(cohort); });
}

Result<ChangeSet> Edits::deleteCohort(Id cohortId)
{
    return perform(EditKind::DeleteCohort, [&] { return m_services->people.deleteCohort(cohortId); });
}

Result<ChangeSet> Edits::pair(const Pairing &pairing)
{
    return perform(EditKind::Pair, [&] { return m_services->relationships.pair(pairing); });
}

Result<ChangeSet> Edits::addAndPair(const Person &person, const Pairing &pairing)
{
    const QString name = person.displayName;
    const bool newMentee = pairing.menteeId == 0;
    return perform(
        EditKind::AddAndPair, newMentee ? tr("Add mentee %1").arg(name) : tr("Add mentor %1").arg(name),
        newMentee ? tr("Mentee %1 added and paired").arg(name) : tr("Mentor %1 added and paired").arg(name),
        [&] { return m_services->relationships.addAndPair(person, pairing); });
}

Result<ChangeSet> Edits::acceptMatches(const QList<Pairing> &pairings)
{
    // Proposed whatever the caller set: a suggestion becomes a relationship only once both agree.
    QList<Pairing> proposed = pairings;
    for (Pairing &pairing : proposed)
        pairing.active = false;
    const int count = int(proposed.size());
    return perform(EditKind::AcceptMatches, tr("Accept %n suggested pair(s)", nullptr, count),
                   tr("%n pair(s) proposed", nullptr, count),
                   [&] { return m_services->relationships.pairAll(proposed); });
}

Result<ChangeSet> Edits::writeRosterImport(const CsvTable &table, const RosterMapping &mapping,
                                           const QString &fileName) const
{
    // Planned again just before writing: the database may have changed since the preview.
    const RosterImporter importer(m_db);
    auto plan = importer.plan(table, mapping, fileName);
    if (!plan)
        return plan.error();
    return importer.commit(*plan);
}

Result<ChangeSet> Edits::importRoster(const ChangeSet &written)
{
    return m_history->record(EditKind::ImportRoster, EditHistory::textsOf(EditKind::ImportRoster), written);
}

// A relationship and its lifecycle

Result<ChangeSet> Edits::saveAgreement(const Relationship &relationship)
{
    return perform(EditKind::SaveAgreement,
                   [&] { return m_services->relationships.updateRelationship(relationship); });
}

Result<ChangeSet> Edits::activateRelationship(Id relationshipId)
{
    return perform(EditKind::ActivateRelationship, [&] {
        return m_services->relationships.changeStatus(relationshipId, RelationshipStatus::Active,
                                                      Clock::today());
    });
}

Result<ChangeSet> Edits::pauseRelationship(Id relationshipId)
{
    return perform(EditKind::PauseRelationship, [&] {
        return m_services->relationships.changeStatus(relationshipId, RelationshipStatus::Paused,
                                                      Clock::today());
    });
}

Result<ChangeSet> Edits::resumeRelationship(Id relationshipId)
{
    return perform(EditKind::ResumeRelationship, [&] {
        return m_services->relationships.changeStatus(relationshipId, RelationshipStatus::Active,
                                                      Clock::today());
    });
}

Result<ChangeSet> Edits::confirmFit(Id relationshipId)
{
    return perform(EditKind::ConfirmFit,
                   [&] { return m_services->relationships.confirmFit(relationshipId); });
}

Result<ChangeSet> Edits::endAfterFitCheck(Id relationshipId, const QDate &on, const QString &reason,
                                          const QString &closingReflection)
{
    return perform(EditKind::EndAfterFitCheck, [&] {
        return m_services->relationships.endAfterFitCheck(relationshipId, on, reason, closingReflection);
    });
}

Result<ChangeSet> Edits::completeRelationship(Id relationshipId, const QDate &on, const QString &outcome,
                                              const QString &closingReflection)
{
    return perform(EditKind::CompleteRelationship, [&] {
        return m_services->relationships.changeStatus(relationshipId, RelationshipStatus::Completed, on,
                                                      outcome, closingReflection);
    });
}

Result<ChangeSet> Edits::endRelationshipEarly(Id relationshipId, const QDate &on, const QString &reason,
                                              const QString &closingReflection)
{
    return perform(EditKind::EndRelationshipEarly, [&] {
        return m_services->relationships.changeStatus(relationshipId, RelationshipStatus::EndedEarly, on,
                                                      reason, closingReflection);
    });
}

// What hangs off a relationship

Result<ChangeSet> Edits::logContact(const Contact &contact)
{
    return perform(EditKind::LogContact, [&] { return m_services->relationships.logContact(contact); });
}

Result<ChangeSet> Edits::removeContact(Id contactId)
{
    return perform(EditKind::RemoveContact,
                   [&] { return m_services->relationships.deleteContact(contactId); });
}

Result<ChangeSet> Edits::addActionItem(const ActionItem &item)
{
    return perform(EditKind::AddActionItem, [&] { return m_services->relationships.createActionItem(item); });
}

Result<ChangeSet> Edits::setActionItemDone(const ActionItem &item, bool done)
{
    ActionItem changed = item;
    changed.doneOn = done ? std::optional<QDate>(Clock::today()) : std::nullopt;
    return perform(EditKind::SetActionItemDone, done ? tr("Mark action done") : tr("Reopen action"),
                   done ? tr("Action done") : tr("Action reopened"),
                   [&] { return m_services->relationships.updateActionItem(changed); });
}

Result<ChangeSet> Edits::removeActionItem(Id actionItemId)
{
    return perform(EditKind::RemoveActionItem,
                   [&] { return m_services->relationships.deleteActionItem(actionItemId); });
}

Result<ChangeSet> Edits::addSupportContact(const SupportContact &supportContact)
{
    return perform(EditKind::AddSupportContact,
                   [&] { return m_services->relationships.createSupportContact(supportContact); });
}

Result<ChangeSet> Edits::updateSupportContact(const SupportContact &supportContact)
{
    return perform(EditKind::UpdateSupportContact,
                   [&] { return m_services->relationships.updateSupportContact(supportContact); });
}

Result<ChangeSet> Edits::removeSupportContact(Id supportContactId)
{
    return perform(EditKind::RemoveSupportContact,
                   [&] { return m_services->relationships.deleteSupportContact(supportContactId); });
}

Result<ChangeSet> Edits::addFeedback(const Feedback &feedback)
{
    return perform(EditKind::AddFeedback, [&] { return m_services->relationships.createFeedback(feedback); });
}

Result<ChangeSet> Edits::removeFeedback(Id feedbackId)
{
    return perform(EditKind::RemoveFeedback,
                   [&] { return m_services->relationships.deleteFeedback(feedbackId); });
}

// Goals

Result<ChangeSet> Edits::addGoal(const Goal &goal)
{
    return perform(EditKind::AddGoal, [&] { return m_services->goals.createGoal(goal); });
}

Result<ChangeSet> Edits::updateGoal(const Goal &goal)
{
    return perform(EditKind::UpdateGoal, [&] { return m_services->goals.updateGoal(goal); });
}

Result<ChangeSet> Edits::setGoalStatus(const Goal &goal, GoalStatus status)
{
    Goal changed = goal;
    changed.status = status;
    const QString word = DisplayTexts::goalStatus(status).toLower();
    return perform(EditKind::SetGoalStatus, tr("Mark goal %1").arg(word), tr("Goal marked %1").arg(word),
                   [&] { return m_services->goals.updateGoal(changed); });
}

Result<ChangeSet> Edits::deleteGoal(Id goalId)
{
    return perform(EditKind::DeleteGoal, [&] { return m_services->goals.deleteGoal(goalId); });
}

Result<ChangeSet> Edits::addMilestone(const Milestone &milestone)
{
    return perform(EditKind::AddMilestone, [&] { return m_services->goals.createMilestone(milestone); });
}

Result<ChangeSet> Edits::setMilestoneDone(const Milestone &milestone, bool done)
{
    Milestone changed = milestone;
    changed.doneOn = done ? std::optional<QDate>(Clock::today()) : std::nullopt;
    return perform(EditKind::SetMilestoneDone, done ? tr("Tick milestone") : tr("Untick milestone"),
                   done ? tr("Milestone ticked") : tr("Milestone unticked"),
                   [&] { return m_services->goals.updateMilestone(changed); });
}

Result<ChangeSet> Edits::removeMilestone(Id milestoneId)
{
    return perform(EditKind::RemoveMilestone, [&] { return m_services->goals.deleteMilestone(milestoneId); });
}

Result<ChangeSet> Edits::recordProgress(const ProgressUpdate &update)
{
    return perform(EditKind::RecordProgress, [&] { return m_services->goals.recordProgress(update); });
}

// Meetings and series

Result<ChangeSet> Edits::logMeeting(const MeetingReport &report)
{
    return perform(EditKind::LogMeeting, [&] { return m_services->meetings.recordMeeting(report); });
}

Result<ChangeSet> Edits::planMeeting(const Meeting &meeting)
{
    return perform(EditKind::PlanMeeting, [&] { return m_services->meetings.createMeeting(meeting); });
}

Result<ChangeSet> Edits::setAgenda(Id meetingId, const QString &occurrence, const QString &agenda)
{
    return perform(EditKind::SetAgenda,
                   [&] { return m_services->meetings.setAgenda(meetingId, occurrence, agenda); });
}

Result<ChangeSet> Edits::updateMeeting(const Meeting &meeting)
{
    return perform(EditKind::UpdateMeeting, [&] { return m_services->meetings.updateMeeting(meeting); });
}

Result<ChangeSet> Edits::deleteMeeting(Id meetingId)
{
    return perform(EditKind::DeleteMeeting, [&] { return m_services->meetings.deleteMeeting(meetingId); });
}

Result<ChangeSet> Edits::editThisOccurrence(Id seriesId, const QString &recurrenceId, const Meeting &values)
{
    return perform(EditKind::EditThisOccurrence, [&] {
        return m_services->series.editOccurrence(
            {seriesId, recurrenceId, OccurrenceScope::ThisOccurrence, values});
    });
}

Result<ChangeSet> Edits::editFollowingOccurrences(Id seriesId, const QString &recurrenceId,
                                                  const Meeting &values)
{
    return perform(EditKind::EditFollowingOccurrences, [&] {
        return m_services->series.editOccurrence(
            {seriesId, recurrenceId, OccurrenceScope::ThisAndFollowing, values});
    });
}

Result<ChangeSet> Edits::editAllOccurrences(Id seriesId, const QString &recurrenceId, const Meeting &values)
{
    return perform(EditKind::EditAllOccurrences, [&] {
        return m_services->series.editOccurrence(
            {seriesId, recurrenceId, OccurrenceScope::AllOccurrences, values});
    });
}

Result<ChangeSet> Edits::cancelOccurrence(Id seriesId, const QString &recurrenceId)
{
    return perform(EditKind::CancelOccurrence,
                   [&] { return m_services->series.cancelOccurrence(seriesId, recurrenceId); });
}

Result<ChangeSet> Edits::endSeries(Id seriesId, const QDate &lastDay)
{
    return perform(EditKind::EndSeries, [&] { return m_services->series.endSeries(seriesId, lastDay); });
}

Result<IcsImportReport> Edits::writeCalendarImport(const QString &path, Id relationshipId, bool skipInvalid,
                                                   const std::atomic_bool *cancel,
                                                   const std::function<void(qint64, qint64)> &progress) const
{
    IcsImporter importer(m_db);
    importer.setSkipInvalid(skipInvalid);
    importer.setCancelFlag(cancel);
    if (progress)
        importer.setProgressCallback(progress);
    return importer.importFile(path, relationshipId);
}

Result<ChangeSet> Edits::importCalendar(const IcsImportReport &written, const QString &into)
{
    if (written.refused || written.changes.isEmpty())
        return ChangeSet{};
    const int count = int(written.added + written.updated);
    QString done = into.isEmpty() ? tr("Imported %n meeting(s)", nullptr, count)
                                  : tr("Imported %n meeting(s) into %1", nullptr, count).arg(into);
    if (written.updated > 0)
        done = tr("%1 (%n updated)", nullptr, int(written.updated)).arg(done);
    return m_history->record(EditKind::ImportCalendar, {EditKinds::undoText(EditKind::ImportCalendar), done},
                             written.changes);
}

// Resources

Result<ChangeSet> Edits::addResource(const Resource &resource, const QList<ResourceAttachment> &attachments,
                                     bool allowDuplicate)
{
    return perform(EditKind::AddResource, [&] {
        return m_services->resources.createResource(resource, attachments, allowDuplicate);
    });
}

Result<ChangeSet> Edits::updateResource(const Resource &resource)
{
    return perform(EditKind::UpdateResource, [&] { return m_services->resources.updateResource(resource); });
}

Result<ChangeSet> Edits::deleteResource(Id resourceId)
{
    return perform(EditKind::DeleteResource,
                   [&] { return m_services->resources.deleteResource(resourceId); });
}

Result<ChangeSet> Edits::shareResource(const ResourceShare &share)
{
    return perform(EditKind::ShareResource, [&] { return m_services->resources.shareResource(share); });
}

Result<ChangeSet> Edits::updateShare(const ResourceShare &share)
{
    return perform(EditKind::UpdateShare, [&] { return m_services->resources.updateShare(share); });
}

Result<ChangeSet> Edits::unshareResource(Id shareId)
{
    return perform(EditKind::Unshare, [&] { return m_services->resources.deleteShare(shareId); });
}

Result<ChangeSet> Edits::mergeResources(Id keepId, Id mergedId)
{
    return perform(EditKind::MergeResources,
                   [&] { return m_services->resources.mergeResources(keepId, mergedId); });
}

Result<ChangeSet> Edits::addAttachment(const ResourceAttachment &attachment)
{
    return perform(EditKind::AddAttachment, [&] { return m_services->resources.addAttachment(attachment); });
}

Result<ChangeSet> Edits::removeAttachment(Id attachmentId)
{
    return perform(EditKind::RemoveAttachment,
                   [&] { return m_services->resources.removeAttachment(attachmentId); });
}

Result<ChangeSet> Edits::tagResource(Id resourceId, const QStringList &tags)
{
    return perform(EditKind::TagResource, [&] { return m_services->resources.setTags(resourceId, tags); });
}

Result<ChangeSet> Edits::setTagColour(const QString &tag, const QString &colour)
{
    return perform(EditKind::SetTagColour, [&] { return m_services->resources.setTagColour(tag, colour); });
}

Result<ChangeSet> Edits::shareResourceWith(const ResourceShareRequest &request)
{
    return perform(EditKind::ShareWithMany, [&] { return m_services->resources.shareWith(request); });
}

Result<ChangeSet> Edits::setShareStatus(Id shareId, ShareStatus status, const QDate &on, std::optional<Id> by,
                                        std::optional<Id> meetingId)
{
    return perform(EditKind::SetShareStatus,
                   [&] { return m_services->resources.setShareStatus(shareId, status, on, by, meetingId); });
}

Result<ChangeSet> Edits::saveSearch(const SavedSearch &search)
{
    return perform(EditKind::SaveSearch, [&] { return m_services->resources.saveSearch(search); });
}

Result<ChangeSet> Edits::deleteSavedSearch(Id searchId)
{
    return perform(EditKind::DeleteSavedSearch,
                   [&] { return m_services->resources.deleteSavedSearch(searchId); });
}

Result<ChangeSet> Edits::writeResource(const Resource &resource, const QList<ResourceAttachment> &attachments,
                                       bool allowDuplicate) const
{
    // A service of this thread's own (no notifier: recordResource announces on the GUI thread).
    ResourceService service(m_db);
    return service.createResource(resource, attachments, allowDuplicate);
}

Result<ChangeSet> Edits::recordResource(const ChangeSet &written)
{
    return m_history->record(EditKind::AddResource, EditHistory::textsOf(EditKind::AddResource), written);
}

Result<ChangeSet> Edits::suggestResource(const ResourceSuggestion &suggestion)
{
    return perform(EditKind::SuggestResource,
                   [&] { return m_services->resources.suggestResource(suggestion); });
}

Result<ChangeSet> Edits::acceptSuggestion(Id suggestionId, const QDate &on, std::optional<Id> by)
{
    return perform(EditKind::AcceptSuggestion,
                   [&] { return m_services->resources.acceptSuggestion(suggestionId, on, by); });
}

Result<ChangeSet> Edits::dismissSuggestion(Id suggestionId, const QDate &on)
{
    return perform(EditKind::DismissSuggestion,
                   [&] { return m_services->resources.dismissSuggestion(suggestionId, on); });
}

Result<LinkImportPlan> Edits::planLinkImport(const QList<LinkRow> &rows) const
{
    return m_services->resources.planLinkImport(rows);
}

Result<ChangeSet> Edits::importLinks(const QList<LinkRow> &rows, std::optional<Id> addedBy)
{
    return perform(EditKind::ImportLinks, [&] { return m_services->resources.importLinks(rows, addedBy); });
}

Result<std::optional<Id>> Edits::duplicateResource(const QString &url, const QStringList &hashes) const
{
    return m_services->resources.duplicateOf(url, hashes);
}

qint64 Edits::attachmentLimitBytes() const
{
    return m_services->resources.attachmentLimitBytes();
}

// Settings kept in the database

Result<ChangeSet> Edits::setProfile(const Profile &profile)
{
    // An unchanged profile is no step (the service would write nothing anyway).
    if (m_services->settings.profile() == profile)
        return ChangeSet{};
    return perform(EditKind::SetProfile, [&] { return m_services->settings.setProfile(profile); });
}

Result<ChangeSet> Edits::addYourself(const Person &person, Role role)
{
    return perform(EditKind::AddYourself, tr("Add yourself (%1)").arg(person.displayName),
                   tr("Welcome, %1").arg(person.displayName),
                   [&] { return m_services->people.createYourself(person, role); });
}

Result<ChangeSet> Edits::savePreferences(const DatabasePreferences &preferences)
{
    // Unchanged values are no step, even when they are the defaults and were never written.
    if (m_services->settings.preferences() == preferences)
        return ChangeSet{};
    return perform(EditKind::SavePreferences,
                   [&] { return m_services->settings.savePreferences(preferences); });
}

Result<ChangeSet> Edits::setMatchPreferences(const MatchPreferences &preferences, const QString &menteeName)
{
    return perform(EditKind::SetMatchPreferences,
                   EditKinds::undoTextFor(EditKind::SetMatchPreferences, menteeName),
                   EditKinds::doneTextFor(EditKind::SetMatchPreferences, menteeName),
                   [&] { return m_services->people.setMatchPreferences(preferences); });
}

Result<ChangeSet> Edits::saveMatchingProfile(Id programmeId, const MatchingProfile &profile)
{
    if (MatchingProfileStore::load(m_db.connection(), programmeId) == profile)
        return ChangeSet{};
    return perform(EditKind::SaveMatchingProfile,
                   [&] { return m_services->settings.saveMatchingProfile(programmeId, profile); });
}

} // namespace trellis
