#include "commands/editkind.h"

#include <QCoreApplication>

#include <iterator>

namespace trellis {

namespace {

struct Words {
    EditKind kind;
    const char *name;
    const char *undo;
    const char *done;
};

// In the order of EditKind (checked below), so a kind is its own index.
constexpr Words AllWords[] = {
    {EditKind::AddPerson, "AddPerson", QT_TRANSLATE_NOOP("EditKinds", "Add person"),
     QT_TRANSLATE_NOOP("EditKinds", "Person added")},
    {EditKind::UpdatePerson, "UpdatePerson", QT_TRANSLATE_NOOP("EditKinds", "Edit person"),
     QT_TRANSLATE_NOOP("EditKinds", "Person saved")},
    {EditKind::DeletePerson, "DeletePerson", QT_TRANSLATE_NOOP("EditKinds", "Delete person"),
     QT_TRANSLATE_NOOP("EditKinds", "Person deleted")},
    {EditKind::AddProgramme, "AddProgramme", QT_TRANSLATE_NOOP("EditKinds", "Add programme"),
     QT_TRANSLATE_NOOP("EditKinds", "Programme added")},
    {EditKind::UpdateProgramme, "UpdateProgramme", QT_TRANSLATE_NOOP("EditKinds", "Edit programme"),
     QT_TRANSLATE_NOOP("EditKinds", "Programme saved")},
    {EditKind::DeleteProgramme, "DeleteProgramme", QT_TRANSLATE_NOOP("EditKinds", "Delete programme"),
     QT_TRANSLATE_NOOP("EditKinds", "Programme deleted")},
    {EditKind::AddCohort, "AddCohort", QT_TRANSLATE_NOOP("EditKinds", "Add cohort"),
     QT_TRANSLATE_NOOP("EditKinds", "Cohort added")},
    {EditKind::UpdateCohort, "UpdateCohort", QT_TRANSLATE_NOOP("EditKinds", "Edit cohort"),
     QT_TRANSLATE_NOOP("EditKinds", "Cohort saved")},
    {EditKind::DeleteCohort, "DeleteCohort", QT_TRANSLATE_NOOP("EditKinds", "Delete cohort"),
     QT_TRANSLATE_NOOP("EditKinds", "Cohort deleted")},
    {EditKind::ImportRoster, "ImportRoster", QT_TRANSLATE_NOOP("EditKinds", "Import roster"),
     QT_TRANSLATE_NOOP("EditKinds", "Roster imported")},
    {EditKind::Pair, "Pair", QT_TRANSLATE_NOOP("EditKinds", "Pair mentor and mentee"),
     QT_TRANSLATE_NOOP("EditKinds", "Mentor and mentee paired")},
    {EditKind::AddAndPair, "AddAndPair", QT_TRANSLATE_NOOP("EditKinds", "Add and pair"),
     QT_TRANSLATE_NOOP("EditKinds", "Added and paired")},
    {EditKind::AcceptMatches, "AcceptMatches", QT_TRANSLATE_NOOP("EditKinds", "Accept suggested pairs"),
     QT_TRANSLATE_NOOP("EditKinds", "Suggested pairs proposed")},
    {EditKind::SaveAgreement, "SaveAgreement", QT_TRANSLATE_NOOP("EditKinds", "Edit agreement"),
     QT_TRANSLATE_NOOP("EditKinds", "Agreement saved")},
    {EditKind::ActivateRelationship, "ActivateRelationship",
     QT_TRANSLATE_NOOP("EditKinds", "Activate relationship"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship activated")},
    {EditKind::PauseRelationship, "PauseRelationship", QT_TRANSLATE_NOOP("EditKinds", "Pause relationship"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship paused")},
    {EditKind::ResumeRelationship, "ResumeRelationship",
     QT_TRANSLATE_NOOP("EditKinds", "Resume relationship"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship resumed")},
    {EditKind::ConfirmFit, "ConfirmFit", QT_TRANSLATE_NOOP("EditKinds", "Confirm fit"),
     QT_TRANSLATE_NOOP("EditKinds", "Fit confirmed")},
    {EditKind::EndAfterFitCheck, "EndAfterFitCheck", QT_TRANSLATE_NOOP("EditKinds", "End after fit check"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship ended after the fit check")},
    {EditKind::CompleteRelationship, "CompleteRelationship",
     QT_TRANSLATE_NOOP("EditKinds", "Complete relationship"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship completed")},
    {EditKind::EndRelationshipEarly, "EndRelationshipEarly",
     QT_TRANSLATE_NOOP("EditKinds", "End relationship early"),
     QT_TRANSLATE_NOOP("EditKinds", "Relationship ended early")},
    {EditKind::LogContact, "LogContact", QT_TRANSLATE_NOOP("EditKinds", "Log contact"),
     QT_TRANSLATE_NOOP("EditKinds", "Contact logged")},
    {EditKind::RemoveContact, "RemoveContact", QT_TRANSLATE_NOOP("EditKinds", "Remove contact"),
     QT_TRANSLATE_NOOP("EditKinds", "Contact removed")},
    {EditKind::AddActionItem, "AddActionItem", QT_TRANSLATE_NOOP("EditKinds", "Add action"),
     QT_TRANSLATE_NOOP("EditKinds", "Action added")},
    {EditKind::SetActionItemDone, "SetActionItemDone", QT_TRANSLATE_NOOP("EditKinds", "Mark action done"),
     QT_TRANSLATE_NOOP("EditKinds", "Action updated")},
    {EditKind::RemoveActionItem, "RemoveActionItem", QT_TRANSLATE_NOOP("EditKinds", "Remove action"),
     QT_TRANSLATE_NOOP("EditKinds", "Action removed")},
    {EditKind::AddSupportContact, "AddSupportContact",
     QT_TRANSLATE_NOOP("EditKinds", "Add to support network"),
     QT_TRANSLATE_NOOP("EditKinds", "Added to the support network")},
    {EditKind::UpdateSupportContact, "UpdateSupportContact",
     QT_TRANSLATE_NOOP("EditKinds", "Edit support contact"),
     QT_TRANSLATE_NOOP("EditKinds", "Support contact saved")},
    {EditKind::RemoveSupportContact, "RemoveSupportContact",
     QT_TRANSLATE_NOOP("EditKinds", "Remove from support network"),
     QT_TRANSLATE_NOOP("EditKinds", "Removed from the support network")},
    {EditKind::AddFeedback, "AddFeedback", QT_TRANSLATE_NOOP("EditKinds", "Add feedback"),
     QT_TRANSLATE_NOOP("EditKinds", "Feedback added")},
    {EditKind::RemoveFeedback, "RemoveFeedback", QT_TRANSLATE_NOOP("EditKinds", "Remove feedback"),
     QT_TRANSLATE_NOOP("EditKinds", "Feedback removed")},
    {EditKind::AddGoal, "AddGoal", QT_TRANSLATE_NOOP("EditKinds", "Add goal"),
     QT_TRANSLATE_NOOP("EditKinds", "Goal added")},
    {EditKind::UpdateGoal, "UpdateGoal", QT_TRANSLATE_NOOP("EditKinds", "Edit goal"),
     QT_TRANSLATE_NOOP("EditKinds", "Goal saved")},
    {EditKind::SetGoalStatus, "SetGoalStatus", QT_TRANSLATE_NOOP("EditKinds", "Change goal status"),
     QT_TRANSLATE_NOOP("EditKinds", "Goal status changed")},
    {EditKind::DeleteGoal, "DeleteGoal", QT_TRANSLATE_NOOP("EditKinds", "Delete goal"),
     QT_TRANSLATE_NOOP("EditKinds", "Goal deleted")},
    {EditKind::AddMilestone, "AddMilestone", QT_TRANSLATE_NOOP("EditKinds", "Add milestone"),
     QT_TRANSLATE_NOOP("EditKinds", "Milestone added")},
    {EditKind::SetMilestoneDone, "SetMilestoneDone", QT_TRANSLATE_NOOP("EditKinds", "Mark milestone done"),
     QT_TRANSLATE_NOOP("EditKinds", "Milestone updated")},
    {EditKind::RemoveMilestone, "RemoveMilestone", QT_TRANSLATE_NOOP("EditKinds", "Remove milestone"),
     QT_TRANSLATE_NOOP("EditKinds", "Milestone removed")},
    {EditKind::RecordProgress, "RecordProgress", QT_TRANSLATE_NOOP("EditKinds", "Record progress"),
     QT_TRANSLATE_NOOP("EditKinds", "Progress recorded")},
    {EditKind::LogMeeting, "LogMeeting", QT_TRANSLATE_NOOP("EditKinds", "Log meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting logged")},
    {EditKind::PlanMeeting, "PlanMeeting", QT_TRANSLATE_NOOP("EditKinds", "Plan meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting planned")},
    {EditKind::SetAgenda, "SetAgenda", QT_TRANSLATE_NOOP("EditKinds", "Edit agenda"),
     QT_TRANSLATE_NOOP("EditKinds", "Agenda saved")},
    {EditKind::UpdateMeeting, "UpdateMeeting", QT_TRANSLATE_NOOP("EditKinds", "Edit meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting saved")},
    {EditKind::DeleteMeeting, "DeleteMeeting", QT_TRANSLATE_NOOP("EditKinds", "Delete meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting deleted")},
    {EditKind::EditThisOccurrence, "EditThisOccurrence", QT_TRANSLATE_NOOP("EditKinds", "Edit this meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting changed")},
    {EditKind::EditFollowingOccurrences, "EditFollowingOccurrences",
     QT_TRANSLATE_NOOP("EditKinds", "Edit this and following meetings"),
     QT_TRANSLATE_NOOP("EditKinds", "Following meetings changed")},
    {EditKind::EditAllOccurrences, "EditAllOccurrences",
     QT_TRANSLATE_NOOP("EditKinds", "Edit all meetings of the series"),
     QT_TRANSLATE_NOOP("EditKinds", "Series changed")},
    {EditKind::CancelOccurrence, "CancelOccurrence", QT_TRANSLATE_NOOP("EditKinds", "Cancel meeting"),
     QT_TRANSLATE_NOOP("EditKinds", "Meeting cancelled")},
    {EditKind::EndSeries, "EndSeries", QT_TRANSLATE_NOOP("EditKinds", "End series"),
     QT_TRANSLATE_NOOP("EditKinds", "Series ended")},
    {EditKind::ImportCalendar, "ImportCalendar", QT_TRANSLATE_NOOP("EditKinds", "Import calendar"),
     QT_TRANSLATE_NOOP("EditKinds", "Calendar imported")},
    {EditKind::AddResource, "AddResource", QT_TRANSLATE_NOOP("EditKinds", "Add resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource added")},
    {EditKind::UpdateResource, "UpdateResource", QT_TRANSLATE_NOOP("EditKinds", "Edit resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource saved")},
    {EditKind::DeleteResource, "DeleteResource", QT_TRANSLATE_NOOP("EditKinds", "Delete resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource deleted")},
    {EditKind::ShareResource, "ShareResource", QT_TRANSLATE_NOOP("EditKinds", "Share resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource shared")},
    {EditKind::UpdateShare, "UpdateShare", QT_TRANSLATE_NOOP("EditKinds", "Edit shared resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Shared resource saved")},
    {EditKind::Unshare, "Unshare", QT_TRANSLATE_NOOP("EditKinds", "Stop sharing resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource no longer shared")},
    {EditKind::MergeResources, "MergeResources", QT_TRANSLATE_NOOP("EditKinds", "Merge resources"),
     QT_TRANSLATE_NOOP("EditKinds", "Resources merged")},
    {EditKind::AddAttachment, "AddAttachment", QT_TRANSLATE_NOOP("EditKinds", "Attach file"),
     QT_TRANSLATE_NOOP("EditKinds", "File attached")},
    {EditKind::RemoveAttachment, "RemoveAttachment", QT_TRANSLATE_NOOP("EditKinds", "Remove attachment"),
     QT_TRANSLATE_NOOP("EditKinds", "Attachment removed")},
    {EditKind::TagResource, "TagResource", QT_TRANSLATE_NOOP("EditKinds", "Tag resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Tags saved")},
    {EditKind::SetTagColour, "SetTagColour", QT_TRANSLATE_NOOP("EditKinds", "Change tag colour"),
     QT_TRANSLATE_NOOP("EditKinds", "Tag colour changed")},
    {EditKind::ShareWithMany, "ShareWithMany", QT_TRANSLATE_NOOP("EditKinds", "Share resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource shared")},
    {EditKind::SetShareStatus, "SetShareStatus", QT_TRANSLATE_NOOP("EditKinds", "Mark shared resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Shared resource marked")},
    {EditKind::SaveSearch, "SaveSearch", QT_TRANSLATE_NOOP("EditKinds", "Save search"),
     QT_TRANSLATE_NOOP("EditKinds", "Search saved")},
    {EditKind::DeleteSavedSearch, "DeleteSavedSearch", QT_TRANSLATE_NOOP("EditKinds", "Delete saved search"),
     QT_TRANSLATE_NOOP("EditKinds", "Saved search deleted")},
    {EditKind::SuggestResource, "SuggestResource", QT_TRANSLATE_NOOP("EditKinds", "Suggest resource"),
     QT_TRANSLATE_NOOP("EditKinds", "Resource suggested to your mentor")},
    {EditKind::AcceptSuggestion, "AcceptSuggestion", QT_TRANSLATE_NOOP("EditKinds", "Accept suggestion"),
     QT_TRANSLATE_NOOP("EditKinds", "Suggestion added to the library")},
    {EditKind::DismissSuggestion, "DismissSuggestion", QT_TRANSLATE_NOOP("EditKinds", "Dismiss suggestion"),
     QT_TRANSLATE_NOOP("EditKinds", "Suggestion dismissed")},
    {EditKind::ImportLinks, "ImportLinks", QT_TRANSLATE_NOOP("EditKinds", "Import links"),
     QT_TRANSLATE_NOOP("EditKinds", "Links imported")},
    {EditKind::SetProfile, "SetProfile", QT_TRANSLATE_NOOP("EditKinds", "Change profile"),
     QT_TRANSLATE_NOOP("EditKinds", "Profile changed")},
    {EditKind::AddYourself, "AddYourself", QT_TRANSLATE_NOOP("EditKinds", "Add yourself"),
     QT_TRANSLATE_NOOP("EditKinds", "You were added")},
    {EditKind::SavePreferences, "SavePreferences", QT_TRANSLATE_NOOP("EditKinds", "Change preferences"),
     QT_TRANSLATE_NOOP("EditKinds", "Preferences saved")},
    {EditKind::SetMatchPreferences, "SetMatchPreferences",
     QT_TRANSLATE_NOOP("EditKinds", "Change matching wishes"),
     QT_TRANSLATE_NOOP("EditKinds", "Matching wishes saved")},
    {EditKind::SaveMatchingProfile, "SaveMatchingProfile",
     QT_TRANSLATE_NOOP("EditKinds", "Save matching profile"),
     QT_TRANSLATE_NOOP("EditKinds", "Matching profile saved")},
};

constexpr bool inOrder()
{
    for (int i = 0; i < int(std::size(AllWords)); ++i) {
        if (AllWords[i].kind != EditKind(i))
            return false;
    }
    return true;
}
static_assert(std::size(AllWords) == std::size_t(EditKinds::count()), "every EditKind has its words");
static_assert(inOrder(), "AllWords lists the kinds in the order of EditKind");

const Words &words(EditKind kind)
{
    return AllWords[int(kind)];
}

} // namespace

const char *EditKinds::name(EditKind kind)
{
    return words(kind).name;
}

QString EditKinds::undoText(EditKind kind)
{
    return QCoreApplication::translate("EditKinds", words(kind).undo);
}

QString EditKinds::doneText(EditKind kind)
{
    return QCoreApplication::translate("EditKinds", words(kind).done);
}

QString EditKinds::undoTextFor(EditKind kind, const QString &name)
{
    if (name.trimmed().isEmpty())
        return undoText(kind);
    return QCoreApplication::translate("EditKinds", "%1 “%2”").arg(undoText(kind), name.trimmed());
}

QString EditKinds::doneTextFor(EditKind kind, const QString &name)
{
    if (name.trimmed().isEmpty())
        return doneText(kind);
    return QCoreApplication::translate("EditKinds", "%1: “%2”").arg(doneText(kind), name.trimmed());
}

} // namespace trellis
