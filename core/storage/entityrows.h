#pragma once

#include "domain/actionitem.h"
#include "domain/cohort.h"
#include "domain/contact.h"
#include "domain/feedback.h"
#include "domain/goal.h"
#include "domain/librarytag.h"
#include "domain/matchpreference.h"
#include "domain/meeting.h"
#include "domain/milestone.h"
#include "domain/person.h"
#include "domain/programme.h"
#include "domain/progressupdate.h"
#include "domain/relationship.h"
#include "domain/resource.h"
#include "domain/resourceattachment.h"
#include "domain/resourceshare.h"
#include "domain/resourcesuggestion.h"
#include "domain/savedsearch.h"
#include "domain/supportcontact.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace trellis {

// Receives a row's columns one at a time, always in the same order for an entity (see
// EntityRows::writeRow); the cheap form of toRow() for bulk writes, which bind each value as it comes.
class RowSink {
public:
    virtual ~RowSink() = default;
    virtual void column(const QString &name, const QVariant &value) = 0;
};

// Domain value ⇄ row (column → value; NULL as an invalid QVariant). toRow() leaves out id
// and the modification stamps; a Person's tags live in their own rows (Entity::PersonTag).
// writeRow() is the one place each entity's columns are spelled (besides Schema); toRow() collects its
// output.
class EntityRows {
public:
    static constexpr Entity entityOf(const Person *) { return Entity::Person; }
    static constexpr Entity entityOf(const Programme *) { return Entity::Programme; }
    static constexpr Entity entityOf(const Cohort *) { return Entity::Cohort; }
    static constexpr Entity entityOf(const Relationship *) { return Entity::Relationship; }
    static constexpr Entity entityOf(const SupportContact *) { return Entity::SupportContact; }
    static constexpr Entity entityOf(const Goal *) { return Entity::Goal; }
    static constexpr Entity entityOf(const Milestone *) { return Entity::Milestone; }
    static constexpr Entity entityOf(const ProgressUpdate *) { return Entity::ProgressUpdate; }
    static constexpr Entity entityOf(const Meeting *) { return Entity::Meeting; }
    static constexpr Entity entityOf(const ActionItem *) { return Entity::ActionItem; }
    static constexpr Entity entityOf(const Contact *) { return Entity::Contact; }
    static constexpr Entity entityOf(const Resource *) { return Entity::Resource; }
    static constexpr Entity entityOf(const ResourceShare *) { return Entity::ResourceShare; }
    static constexpr Entity entityOf(const Feedback *) { return Entity::Feedback; }
    static constexpr Entity entityOf(const ResourceAttachment *) { return Entity::ResourceAttachment; }
    static constexpr Entity entityOf(const LibraryTag *) { return Entity::LibraryTag; }
    static constexpr Entity entityOf(const SavedSearch *) { return Entity::SavedSearch; }
    static constexpr Entity entityOf(const MatchPreference *) { return Entity::MatchPreference; }
    static constexpr Entity entityOf(const ResourceSuggestion *) { return Entity::ResourceSuggestion; }
    template <typename T>
    static constexpr Entity entity()
    {
        return entityOf(static_cast<const T *>(nullptr));
    }

    static void writeRow(const Person &value, RowSink &sink);
    static void writeRow(const Programme &value, RowSink &sink);
    static void writeRow(const Cohort &value, RowSink &sink);
    static void writeRow(const Relationship &value, RowSink &sink);
    static void writeRow(const SupportContact &value, RowSink &sink);
    static void writeRow(const Goal &value, RowSink &sink);
    static void writeRow(const Milestone &value, RowSink &sink);
    static void writeRow(const ProgressUpdate &value, RowSink &sink);
    static void writeRow(const Meeting &value, RowSink &sink);
    static void writeRow(const ActionItem &value, RowSink &sink);
    static void writeRow(const Contact &value, RowSink &sink);
    static void writeRow(const Resource &value, RowSink &sink);
    static void writeRow(const ResourceShare &value, RowSink &sink);
    static void writeRow(const Feedback &value, RowSink &sink);
    static void writeRow(const ResourceAttachment &value, RowSink &sink);
    static void writeRow(const LibraryTag &value, RowSink &sink);
    static void writeRow(const SavedSearch &value, RowSink &sink);
    static void writeRow(const MatchPreference &value, RowSink &sink);
    static void writeRow(const ResourceSuggestion &value, RowSink &sink);

    static QVariantMap toRow(const Person &value);
    static QVariantMap toRow(const Programme &value);
    static QVariantMap toRow(const Cohort &value);
    static QVariantMap toRow(const Relationship &value);
    static QVariantMap toRow(const SupportContact &value);
    static QVariantMap toRow(const Goal &value);
    static QVariantMap toRow(const Milestone &value);
    static QVariantMap toRow(const ProgressUpdate &value);
    static QVariantMap toRow(const Meeting &value);
    static QVariantMap toRow(const ActionItem &value);
    static QVariantMap toRow(const Contact &value);
    static QVariantMap toRow(const Resource &value);
    static QVariantMap toRow(const ResourceShare &value);
    static QVariantMap toRow(const Feedback &value);
    static QVariantMap toRow(const ResourceAttachment &value);
    static QVariantMap toRow(const LibraryTag &value);
    static QVariantMap toRow(const SavedSearch &value);
    static QVariantMap toRow(const MatchPreference &value);
    static QVariantMap toRow(const ResourceSuggestion &value);
    // A person's skills, then interests, as Entity::PersonTag rows (person_id, kind, tag).
    static QList<QVariantMap> tagRows(Id personId, const Person &value);

    // `row` may hold "id"; unknown enum texts fall back to the schema default.
    static void fromRow(const QVariantMap &row, Person &out); // without tags
    static void fromRow(const QVariantMap &row, Programme &out);
    static void fromRow(const QVariantMap &row, Cohort &out);
    static void fromRow(const QVariantMap &row, Relationship &out);
    static void fromRow(const QVariantMap &row, SupportContact &out);
    static void fromRow(const QVariantMap &row, Goal &out);
    static void fromRow(const QVariantMap &row, Milestone &out);
    static void fromRow(const QVariantMap &row, ProgressUpdate &out);
    static void fromRow(const QVariantMap &row, Meeting &out);
    static void fromRow(const QVariantMap &row, ActionItem &out);
    static void fromRow(const QVariantMap &row, Contact &out);
    static void fromRow(const QVariantMap &row, Resource &out);
    static void fromRow(const QVariantMap &row, ResourceShare &out);
    static void fromRow(const QVariantMap &row, Feedback &out);
    static void fromRow(const QVariantMap &row, ResourceAttachment &out);
    static void fromRow(const QVariantMap &row, LibraryTag &out);
    static void fromRow(const QVariantMap &row, SavedSearch &out);
    static void fromRow(const QVariantMap &row, MatchPreference &out);
    static void fromRow(const QVariantMap &row, ResourceSuggestion &out);

    // A tag row (Entity::PersonTag) and what it holds.
    static QVariantMap tagRow(Id personId, TagKind kind, const QString &tag);
    static Id personOfTag(const QVariantMap &row);
    // A settings row (Entity::Setting): a key and its text value.
    static QVariantMap settingRow(const QString &key, const QString &value);
    static QString settingKey(const QVariantMap &row);
    static QString settingValue(const QVariantMap &row);

    template <typename T>
    static T from(const QVariantMap &row)
    {
        T value;
        fromRow(row, value);
        return value;
    }
};

} // namespace trellis
