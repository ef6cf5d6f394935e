#pragma once

#include "domain/actionitem.h"
#include "domain/cohort.h"
#include "domain/contact.h"
#include "domain/feedback.h"
#include "domain/goal.h"
#include "domain/meeting.h"
#include "domain/milestone.h"
#include "domain/person.h"
#include "domain/programme.h"
#include "domain/progressupdate.h"
#include "domain/relationship.h"
#include "domain/resource.h"
#include "domain/resourceshare.h"
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
// and the modification stamps; a Person's tags live in their own rows (person_tag).
// writeRow() is the one place each entity's columns are spelled; toRow() collects its output.
class EntityRows {
public:
    static QString tableOf(const Person *) { return QStringLiteral("person"); }
    static QString tableOf(const Programme *) { return QStringLiteral("programme"); }
    static QString tableOf(const Cohort *) { return QStringLiteral("cohort"); }
    static QString tableOf(const Relationship *) { return QStringLiteral("relationship"); }
    static QString tableOf(const SupportContact *) { return QStringLiteral("support_contact"); }
    static QString tableOf(const Goal *) { return QStringLiteral("goal"); }
    static QString tableOf(const Milestone *) { return QStringLiteral("milestone"); }
    static QString tableOf(const ProgressUpdate *) { return QStringLiteral("progress_update"); }
    static QString tableOf(const Meeting *) { return QStringLiteral("meeting"); }
    static QString tableOf(const ActionItem *) { return QStringLiteral("action_item"); }
    static QString tableOf(const Contact *) { return QStringLiteral("contact"); }
    static QString tableOf(const Resource *) { return QStringLiteral("resource"); }
    static QString tableOf(const ResourceShare *) { return QStringLiteral("resource_share"); }
    static QString tableOf(const Feedback *) { return QStringLiteral("feedback"); }
    template <typename T>
    static QString table()
    {
        return tableOf(static_cast<const T *>(nullptr));
    }
    // The entity a table's changes are announced as (person_tag → Person).
    static std::optional<Entity> entityOf(const QString &table);

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
    // A person's skills, then interests, as rows of tagTable() (person_id, kind, tag).
    static QList<QVariantMap> tagRows(Id personId, const Person &value);
    static QString tagTable() { return QStringLiteral("person_tag"); }

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

    template <typename T>
    static T from(const QVariantMap &row)
    {
        T value;
        fromRow(row, value);
        return value;
    }
};

} // namespace trellis
