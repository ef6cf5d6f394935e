#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace trellis {

// Row ids are SQLite integer primary keys; 0 means "not stored yet" (SQLite never assigns 0).
using Id = qint64;

enum class Role { Mentor, Mentee, Coordinator };
enum class TagKind { Skill, Interest };
enum class ProgrammeFormat { OneToOne, Group, Peer, Reverse, Micro };
enum class RelationshipStatus { Proposed, Active, Paused, Completed, EndedEarly };
enum class FitCheckOutcome { Pending, Confirmed, Ended };
enum class MeasureKind { Percentage, Target };
enum class GoalStatus { NotStarted, InProgress, Achieved, OnHold, Abandoned };
enum class MeetingKind { Single, Series, Override };
enum class MeetingMode { InPerson, Video, Phone, Chat, ShadowDay, Event };
enum class MeetingStatus { Planned, Held, Cancelled, NoShow };
enum class Initiator { Mentor, Mentee, Coordinator, Unknown };
enum class ContactChannel { Call, Email, Message, Video, InPerson, Other };
enum class ResourceKind { Article, Link, File, Template, Book, Video, JobLead, Course, Event };
// Who a library resource is meant for (schema 6).
enum class ResourceAudience { Everyone, Mentors, Mentees };
// Where a shared resource stands in a relationship (ResourceShare::status()).
enum class ShareStatus { Shared, Opened, Discussed };
// Whether an attachment's text could be read for the library's search (schema 6).
enum class AttachmentText { Indexed, Unreadable };
// Who may read a feedback entry besides its author: the pair (mentor and mentee) and the
// coordinators, or the coordinators only (Feedback::isVisibleTo).
enum class FeedbackVisibility { SharedWithPair, CoordinatorOnly };
// A mentee's wish for a mentor, or a pair that must never be made (schema 8, MatchPreference).
enum class MatchPreferenceKind { Wish, Never };
// What the mentor did with a resource a mentee suggested (schema 9): not yet decided, added to
// the library, or dismissed.
enum class SuggestionStatus { Pending, Accepted, Dismissed };

// What a stored row or a change notification is about (RowChange, ChangeNotifier). Every value but
// Profile has a table of its own (storage/schema.h maps them). ChangeNotifier announces PersonTag
// rows as their Person, and Setting rows holding the profile also as Profile.
enum class Entity {
    Person,
    PersonTag,
    Programme,
    Cohort,
    Relationship,
    SupportContact,
    Goal,
    Milestone,
    ProgressUpdate,
    Meeting,
    ActionItem,
    Contact,
    Resource,
    ResourceShare,
    Feedback,
    ResourceAttachment,
    LibraryTag,
    SavedSearch,
    ResourceSuggestion,
    Setting,
    Profile,
    MatchPreference,
};
enum class ChangeKind { Inserted, Updated, Removed };

// The schema's text values ('ended_early', 'one_to_one'…), both ways. Instantiated for every enum above.
template <typename E>
QString toText(E value);
template <typename E>
std::optional<E> fromText(QStringView text);

} // namespace trellis
