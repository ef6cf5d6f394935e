#pragma once

#include "insights/relationshipoverview.h"

#include <QAbstractListModel>
#include <QDate>

namespace trellis {

// A mentor's relationships ("My mentees"), one row each, for the two-line delegate: the
// mentee's name and initials, health as words with its tone, last contact, next meeting,
// programme/cohort, goal progress, open action items and unlogged past meetings.
// setEntries() updates rows in place (dataChanged), inserts new ones and removes gone ones,
// so a refresh after an edit keeps the selection and scroll position.
class MenteeListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Column { Mentee, ColumnCount };
    enum Role {
        RelationshipIdRole = Qt::UserRole + 1,
        MenteeIdRole,
        InitialsRole,
        StatusRole,      // "active", "paused"… (relationship.status)
        HealthTextRole,  // "Overdue by 9 days"
        HealthToneRole,  // int(HealthPresentation::Tone)
        ContactTextRole, // "last contact 23 days ago"
        ReasonsRole,     // risk reasons in words, one per line (empty when none)
        ProgrammeTextRole,
        NextMeetingTextRole, // "Next: Tue 17:00" or "Next: —"
        GoalProgressRole,    // double 0..1, invalid without goals
        OpenActionsRole,     // int
        UnloggedRole,        // int: past occurrences nobody logged
        AtRiskRole,          // bool
        NeedsAttentionRole,  // bool: active and overdue, at risk or with unlogged meetings
        AttentionTextRole,   // why, in words ("overdue by 9 days; fit check overdue")
        UrgencyRole,         // int, 0 = most urgent (HealthPresentation::urgency)
        LastContactRole,     // qint64 UTC seconds, or invalid
        NextMeetingRole,     // qint64 UTC seconds, or invalid
        EntryRole,           // the RelationshipOverviewEntry
    };

    explicit MenteeListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MenteeListModel)

    void setEntries(QList<RelationshipOverviewEntry> entries);
    const QList<RelationshipOverviewEntry> &entries() const { return m_entries; }
    int rowOf(qint64 relationshipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString initials(const QString &name);
    // "today", "yesterday", "23 days ago" against Clock::today().
    static QString daysAgo(const QDate &date);
    static bool needsAttention(const RelationshipOverviewEntry &entry);
    static QString attentionText(const RelationshipOverviewEntry &entry);

private:
    QList<RelationshipOverviewEntry> m_entries;
};

} // namespace trellis
