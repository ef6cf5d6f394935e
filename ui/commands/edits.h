#pragma once

#include "commands/editkind.h"
#include "domain/actionitem.h"
#include "domain/cohort.h"
#include "domain/contact.h"
#include "domain/feedback.h"
#include "domain/goal.h"
#include "domain/librarytag.h"
#include "domain/meeting.h"
#include "domain/meetingreport.h"
#include "domain/milestone.h"
#include "domain/pairing.h"
#include "domain/person.h"
#include "domain/preferences.h"
#include "domain/profile.h"
#include "domain/programme.h"
#include "domain/progressupdate.h"
#include "domain/relationship.h"
#include "domain/resource.h"
#include "domain/resourceattachment.h"
#include "domain/resourceshare.h"
#include "domain/resourcesuggestion.h"
#include "domain/savedsearch.h"
#include "domain/supportcontact.h"
#include "io/icsimportreport.h"
#include "io/linkcsv.h"
#include "storage/changeset.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace trellis {

class ChangeNotifier;
class Database;
class EditHistory;
struct CsvTable;
struct RosterMapping;
struct MatchPreferences;
struct MatchingProfile;

// Every edit a person makes in the GUI, one named function each (Subsurface's commands/command.h):
// created once by the composition root (app/gui/session.cpp) over the open database, its notifier
// and the window's undo stack, and handed to pages through WorkspaceContext::edits. Widgets never
// construct a service: they call these.
//
// Each function validates and writes in one transaction (the services), pushes exactly one undo
// step with a translated text (nothing when the edit changed nothing), and returns the ChangeSet
// or the refusal, so a dialog can show it inline. performed() and failed() say the same for the
// status bar, which the main window connects once. Undo and redo check that the rows are still as
// the step left them and are refused otherwise (failed(), the step is dropped); a change by
// another process clears a history that no longer applies (historyCleared()).
// Add an edit: a function here, its EditKind with its texts, and a scenario in the undo dump test.
class Edits final : public QObject {
    Q_OBJECT
public:
    using Pairing = trellis::Pairing;

    Edits(Database &db, ChangeNotifier *notifier, QUndoStack *stack, QObject *parent = nullptr);
    ~Edits() override;
    Q_DISABLE_COPY_MOVE(Edits)

    QUndoStack *stack() const;

    // People, programmes and cohorts (the coordinator's roster and programmes)
    [[nodiscard]] Result<ChangeSet> addPerson(const Person &person);
    [[nodiscard]] Result<ChangeSet> updatePerson(const Person &person);
    [[nodiscard]] Result<ChangeSet> deletePerson(Id personId); // refused while in a relationship
    [[nodiscard]] Result<ChangeSet> addProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> updateProgramme(const Programme &programme);
    [[nodiscard]] Result<ChangeSet> deleteProgramme(Id programmeId); // with its cohorts
    [[nodiscard]] Result<ChangeSet> addCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> updateCohort(const Cohort &cohort);
    [[nodiscard]] Result<ChangeSet> deleteCohort(Id cohortId);
    // Pairs a mentor and a mentee (capacity, roles and existing pairs checked).
    [[nodiscard]] Result<ChangeSet> pair(const Pairing &pairing);
    // Any profile: a new person paired with someone already here (usually the profile's person)
    // in one step; the side of `pairing` left 0 is the new person. primaryId: the relationship.
    [[nodiscard]] Result<ChangeSet> addAndPair(const Person &person, const Pairing &pairing);
    // A matching run accepted: every pair a proposed relationship, in one step — all made or none
    // (each refused as pair() is, the mentors' capacities counting the pairs made before it).
    [[nodiscard]] Result<ChangeSet> acceptMatches(const QList<Pairing> &pairings);

    // A roster import writes on a worker thread (it grows with the file): writeRosterImport() runs
    // there (thread-safe: the calling thread's connection, no notifier, no stack); importRoster()
    // then runs on the GUI thread with what it wrote, announces it and pushes it as one step.
    [[nodiscard]] Result<ChangeSet> writeRosterImport(const CsvTable &table, const RosterMapping &mapping,
                                                      const QString &fileName) const;
    [[nodiscard]] Result<ChangeSet> importRoster(const ChangeSet &written);

    // A relationship and its lifecycle (`on`: the day of the change)
    // The agreement and cadence of `relationship` (status changes are the steps below).
    [[nodiscard]] Result<ChangeSet> saveAgreement(const Relationship &relationship);
    [[nodiscard]] Result<ChangeSet> activateRelationship(Id relationshipId);
    [[nodiscard]] Result<ChangeSet> pauseRelationship(Id relationshipId);
    [[nodiscard]] Result<ChangeSet> resumeRelationship(Id relationshipId);
    [[nodiscard]] Result<ChangeSet> confirmFit(Id relationshipId);
    [[nodiscard]] Result<ChangeSet> endAfterFitCheck(Id relationshipId, const QDate &on,
                                                     const QString &reason, const QString &closingReflection);
    [[nodiscard]] Result<ChangeSet> completeRelationship(Id relationshipId, const QDate &on,
                                                         const QString &outcome,
                                                         const QString &closingReflection);
    [[nodiscard]] Result<ChangeSet> endRelationshipEarly(Id relationshipId, const QDate &on,
                                                         const QString &reason,
                                                         const QString &closingReflection);

    // What hangs off a relationship
    [[nodiscard]] Result<ChangeSet> logContact(const Contact &contact);
    [[nodiscard]] Result<ChangeSet> removeContact(Id contactId);
    [[nodiscard]] Result<ChangeSet> addActionItem(const ActionItem &item);
    // Done today, or open again.
    [[nodiscard]] Result<ChangeSet> setActionItemDone(const ActionItem &item, bool done);
    [[nodiscard]] Result<ChangeSet> removeActionItem(Id actionItemId);
    [[nodiscard]] Result<ChangeSet> addSupportContact(const SupportContact &supportContact);
    [[nodiscard]] Result<ChangeSet> updateSupportContact(const SupportContact &supportContact);
    [[nodiscard]] Result<ChangeSet> removeSupportContact(Id supportContactId);
    [[nodiscard]] Result<ChangeSet> addFeedback(const Feedback &feedback);
    [[nodiscard]] Result<ChangeSet> removeFeedback(Id feedbackId);

    // Goals
    [[nodiscard]] Result<ChangeSet> addGoal(const Goal &goal);
    [[nodiscard]] Result<ChangeSet> updateGoal(const Goal &goal);
    [[nodiscard]] Result<ChangeSet> setGoalStatus(const Goal &goal, GoalStatus status);
    [[nodiscard]] Result<ChangeSet> deleteGoal(Id goalId); // with milestones and progress
    [[nodiscard]] Result<ChangeSet> addMilestone(const Milestone &milestone);
    // Ticked today, or unticked.
    [[nodiscard]] Result<ChangeSet> setMilestoneDone(const Milestone &milestone, bool done);
    [[nodiscard]] Result<ChangeSet> removeMilestone(Id milestoneId);
    [[nodiscard]] Result<ChangeSet> recordProgress(const ProgressUpdate &update);

    // Meetings and series
    // A held (or missed) meeting with its action items and goal progress (MeetingReport).
    [[nodiscard]] Result<ChangeSet> logMeeting(const MeetingReport &report);
    // A new single meeting or series.
    [[nodiscard]] Result<ChangeSet> planMeeting(const Meeting &meeting);
    // `occurrence`: the original start of a series' occurrence, empty for a single meeting.
    [[nodiscard]] Result<ChangeSet> setAgenda(Id meetingId, const QString &occurrence, const QString &agenda);
    [[nodiscard]] Result<ChangeSet> updateMeeting(const Meeting &meeting);
    [[nodiscard]] Result<ChangeSet> deleteMeeting(Id meetingId); // a series with its overrides
    // One occurrence of a series (`recurrenceId`: its original start) edited as `values`, for that
    // occurrence, for it and the following ones, or for the whole series (SeriesEditService).
    [[nodiscard]] Result<ChangeSet> editThisOccurrence(Id seriesId, const QString &recurrenceId,
                                                       const Meeting &values);
    [[nodiscard]] Result<ChangeSet> editFollowingOccurrences(Id seriesId, const QString &recurrenceId,
                                                             const Meeting &values);
    [[nodiscard]] Result<ChangeSet> editAllOccurrences(Id seriesId, const QString &recurrenceId,
                                                       const Meeting &values);
    [[nodiscard]] Result<ChangeSet> cancelOccurrence(Id seriesId, const QString &recurrenceId);
    [[nodiscard]] Result<ChangeSet> endSeries(Id seriesId, const QDate &lastDay);

    // An .ics import, like a roster import: writeCalendarImport() on a worker thread (progress and
    // cancel as IcsImporter), then importCalendar() on the GUI thread with its report. A refused
    // file, or one that changed nothing, pushes no step.
    [[nodiscard]] Result<IcsImportReport>
    writeCalendarImport(const QString &path, Id relationshipId, bool skipInvalid,
                        const std::atomic_bool *cancel = nullptr,
                        const std::function<void(qint64 done, qint64 total)> &progress = {}) const;
    // `into`: the relationship's label, for the status bar ("Imported 12 meetings into Ada – Maria").
    [[nodiscard]] Result<ChangeSet> importCalendar(const IcsImportReport &written, const QString &into = {});

    // Resources
    // With its files (read on a worker by LibraryFileReader); refused, writing nothing, over the
    // Preferences size limit or, unless allowDuplicate, when the URL or a file is already there.
    [[nodiscard]] Result<ChangeSet> addResource(const Resource &resource,
                                                const QList<ResourceAttachment> &attachments = {},
                                                bool allowDuplicate = false);
    [[nodiscard]] Result<ChangeSet> updateResource(const Resource &resource);
    [[nodiscard]] Result<ChangeSet> deleteResource(Id resourceId); // with its shares
    [[nodiscard]] Result<ChangeSet> shareResource(const ResourceShare &share);
    [[nodiscard]] Result<ChangeSet> updateShare(const ResourceShare &share); // read, discussed
    [[nodiscard]] Result<ChangeSet> unshareResource(Id shareId);
    [[nodiscard]] Result<ChangeSet> mergeResources(Id keepId, Id mergedId);
    [[nodiscard]] Result<ChangeSet> addAttachment(const ResourceAttachment &attachment);
    [[nodiscard]] Result<ChangeSet> removeAttachment(Id attachmentId);
    [[nodiscard]] Result<ChangeSet> tagResource(Id resourceId, const QStringList &tags);
    [[nodiscard]] Result<ChangeSet> setTagColour(const QString &tag, const QString &colour);
    [[nodiscard]] Result<ChangeSet> shareResourceWith(const ResourceShareRequest &request);
    // shared → opened → discussed (or back), on `on`, by `by`; a meeting where it was discussed.
    [[nodiscard]] Result<ChangeSet> setShareStatus(Id shareId, ShareStatus status, const QDate &on,
                                                   std::optional<Id> by, std::optional<Id> meetingId = {});
    [[nodiscard]] Result<ChangeSet> saveSearch(const SavedSearch &search);
    [[nodiscard]] Result<ChangeSet> deleteSavedSearch(Id searchId);
    // A mentee's suggestion to their mentor; the mentor accepts it into the library or dismisses it.
    [[nodiscard]] Result<ChangeSet> suggestResource(const ResourceSuggestion &suggestion);
    [[nodiscard]] Result<ChangeSet> acceptSuggestion(Id suggestionId, const QDate &on, std::optional<Id> by);
    [[nodiscard]] Result<ChangeSet> dismissSuggestion(Id suggestionId, const QDate &on);
    // A CSV list of links (LinkCsv::readFile): the new ones in one transaction and one undo step.
    [[nodiscard]] Result<LinkImportPlan> planLinkImport(const QList<LinkRow> &rows) const;
    [[nodiscard]] Result<ChangeSet> importLinks(const QList<LinkRow> &rows, std::optional<Id> addedBy);
    // A resource with large files is written on a worker thread (storing megabytes and their text
    // waits on the disk): writeResource() runs there — the same checks and transaction as
    // addResource, without announcing — and recordResource() then announces it and pushes it as
    // one AddResource step on the GUI thread.
    [[nodiscard]] Result<ChangeSet> writeResource(const Resource &resource,
                                                  const QList<ResourceAttachment> &attachments,
                                                  bool allowDuplicate = false) const;
    [[nodiscard]] Result<ChangeSet> recordResource(const ChangeSet &written);
    // Reads for the library's dialogs (GUI thread, one indexed lookup each).
    [[nodiscard]] Result<std::optional<Id>> duplicateResource(const QString &url,
                                                              const QStringList &hashes = {}) const;
    [[nodiscard]] qint64 attachmentLimitBytes() const;

    // Settings kept in the database (SettingsService: rows of the settings table, one undo step
    // each like any edit). Unchanged values push nothing.
    [[nodiscard]] Result<ChangeSet> setProfile(const Profile &profile);
    // The first run's "Who are you?": a new person with `role`, made the profile, in one step.
    [[nodiscard]] Result<ChangeSet> addYourself(const Person &person, Role role);
    [[nodiscard]] Result<ChangeSet> savePreferences(const DatabasePreferences &preferences);
    // A mentee's wish list of mentors and never-pair list, replacing the stored ones; `menteeName`
    // names the step ("Change matching wishes “Ana Lima”").
    [[nodiscard]] Result<ChangeSet> setMatchPreferences(const MatchPreferences &preferences,
                                                        const QString &menteeName);
    // A programme's matching profile; unchanged values are no step.
    [[nodiscard]] Result<ChangeSet> saveMatchingProfile(Id programmeId, const MatchingProfile &profile);

Q_SIGNALS:
    // A new edit was made; `message` says what ("Goal added").
    void performed(trellis::EditKind kind, const QString &message);
    // An edit, undo or redo was refused: `step` is what ("Undo Add goal"), `message` why.
    void failed(const QString &step, const QString &message);
    // The undo history was cleared because it no longer matched the database.
    void historyCleared(const QString &message);
    // The profile was set, or put back by undo/redo (none: no profile chosen). Follows the
    // notifier's (Profile) announcement of the edit, the undo or the redo, so an Edits made without
    // a notifier never emits it.
    void profileChanged(const std::optional<trellis::Profile> &profile);

private:
    Result<ChangeSet> perform(EditKind kind, const std::function<Result<ChangeSet>()> &action);
    Result<ChangeSet> perform(EditKind kind, const QString &undoText, const QString &doneText,
                              const std::function<Result<ChangeSet>()> &action);

    Database &m_db;
    std::unique_ptr<EditHistory> m_history;
    // The services every edit goes through, created once over the database (edits.cpp), so that
    // a widget including this header sees no service.
    struct Services;
    std::unique_ptr<Services> m_services;
};

} // namespace trellis
