#pragma once

#include "models/overviewlistmodel.h"

#include <QDate>

namespace trellis {

// A mentor's relationships ("My mentees"), one row each, for the two-line delegate: the
// mentee's name and initials, health as words with its tone, last contact, next meeting,
// programme/cohort, goal progress, open action items and unlogged past meetings. Live through
// OverviewListModel: a logged meeting re-reads only its relationship, whose row changes in place,
// so the selection and scroll position stay.
class MenteeListModel final : public OverviewListModel {
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
        NextMeetingTextRole,      // "Next: Tue 17:00" or "Next: —"
        GoalProgressRole,         // double 0..1, invalid without goals
        OpenActionsRole,          // int
        UnloggedRole,             // int: past occurrences nobody logged
        AtRiskRole,               // bool
        NeedsAttentionRole,       // bool: PortfolioCounts::needsAttention (active, and overdue or at risk)
        AttentionTextRole,        // why, in words ("overdue by 9 days; fit check overdue")
        UrgencyRole,              // int, 0 = most urgent (HealthPresentation::urgency)
        LastContactRole,          // qint64 UTC seconds, or invalid
        NextMeetingRole,          // qint64 UTC seconds, or invalid
        EntryRole,                // the RelationshipOverviewEntry
        NextMeetingShortTextRole, // "Next: Tue 17:00" in the viewer's zone only (a narrow row)
        HealthShortTextRole,      // "At risk", "Overdue" (a narrow row; the tooltip says why)
        ContactTrendRole,         // ContactTrend: contact per month, drawn as a sparkline
    };

    explicit MenteeListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(MenteeListModel)

    // One column: index(row) as for a list.
    QModelIndex index(int row, int column = 0, const QModelIndex &parent = {}) const override
    {
        return OverviewListModel::index(row, column, parent);
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString initials(const QString &name);
    // "today", "yesterday", "23 days ago" against Clock::today().
    static QString daysAgo(const QDate &date);
    // PortfolioCounts::needsAttention: active, and overdue or at risk.
    static bool needsAttention(const RelationshipOverviewEntry &entry);
    static QString attentionText(const RelationshipOverviewEntry &entry);
};

} // namespace trellis
