#pragma once

#include <QString>

namespace trellis {

// Every user edit of the GUI, one per named function of Edits (Subsurface's commands/command.h).
// The undo dump test (tests/models/undodumptest.cpp) runs a scenario for each kind, so a new kind
// without undo coverage fails it: add the function to Edits, its texts to EditKinds and a scenario.
enum class EditKind {
    // People, programmes, cohorts
    AddPerson,
    UpdatePerson,
    DeletePerson,
    AddProgramme,
    UpdateProgramme,
    DeleteProgramme,
    AddCohort,
    UpdateCohort,
    DeleteCohort,
    ImportRoster,
    Pair,
    AddAndPair,
    AcceptMatches,
    // A relationship and its lifecycle
    SaveAgreement,
    ActivateRelationship,
    PauseRelationship,
    ResumeRelationship,
    ConfirmFit,
    EndAfterFitCheck,
    CompleteRelationship,
    EndRelationshipEarly,
    // What hangs off a relationship
    LogContact,
    RemoveContact,
    AddActionItem,
    SetActionItemDone,
    RemoveActionItem,
    AddSupportContact,
    UpdateSupportContact,
    RemoveSupportContact,
    AddFeedback,
    RemoveFeedback,
    // Goals
    AddGoal,
    UpdateGoal,
    SetGoalStatus,
    DeleteGoal,
    AddMilestone,
    SetMilestoneDone,
    RemoveMilestone,
    RecordProgress,
    // Meetings and series
    LogMeeting,
    PlanMeeting,
    SetAgenda,
    UpdateMeeting,
    DeleteMeeting,
    EditThisOccurrence,
    EditFollowingOccurrences,
    EditAllOccurrences,
    CancelOccurrence,
    EndSeries,
    ImportCalendar,
    // Resources
    AddResource,
    UpdateResource,
    DeleteResource,
    ShareResource,
    UpdateShare,
    Unshare,
    MergeResources,
    AddAttachment,
    RemoveAttachment,
    TagResource,
    SetTagColour,
    ShareWithMany,
    SetShareStatus,
    SaveSearch,
    DeleteSavedSearch,
    SuggestResource,
    AcceptSuggestion,
    DismissSuggestion,
    ImportLinks,
    // Settings kept in the database
    SetProfile,
    AddYourself,
    SavePreferences,
    // Matching (issue 14)
    SetMatchPreferences,
    SaveMatchingProfile,

    Count
};

// The words of each kind: the undo step's text ("Add goal", shown as "Undo Add goal") and what the
// status bar says once it is done ("Goal added"). Named edits add the name (undoTextFor).
class EditKinds {
public:
    static constexpr int count() { return int(EditKind::Count); }
    // "AddGoal": for test rows and logs, not translated.
    static const char *name(EditKind kind);
    static QString undoText(EditKind kind);
    static QString doneText(EditKind kind);
    // One wording for every undo message: the kind's verb phrase in sentence case ("Add person",
    // "Log meeting": Edit ▸ Undo reads "Undo Add person"), and for an edit of one named record the
    // name after it in quotes ("Add person “Maria Costa”"; done: "Person added: “Maria Costa”").
    static QString undoTextFor(EditKind kind, const QString &name);
    static QString doneTextFor(EditKind kind, const QString &name);
};

} // namespace trellis
