#pragma once

#include "models/overviewlistmodel.h"

namespace trellis {

// Relationships with their health, one row each (the "Relationships" table and the cohort's
// pairs). Live through OverviewListModel: an edit re-reads only the relationships it touched and
// updates their rows in place.
class RelationshipTableModel final : public OverviewListModel {
    Q_OBJECT
public:
    enum Column {
        Mentee,
        Mentor,
        Programme,
        Status,
        Health,
        LastContact,
        NextMeeting,
        Goals,
        OpenActions,
        Cadence,
        Trend, // the last months' contact, drawn as a sparkline (SparklineDelegate, TrendRole)
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (dates as days, health by urgency)
        RelationshipIdRole,
        StatusRole, // the status text value ("active", "paused"…)
        AtRiskRole, // bool
        EntryRole,  // the RelationshipOverviewEntry as QVariant
        TrendRole,  // the ContactTrend
    };

    explicit RelationshipTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RelationshipTableModel)

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);

private:
    QVariant display(const RelationshipOverviewEntry &entry, int column) const;
    QVariant sortValue(const RelationshipOverviewEntry &entry, int column) const;
};

} // namespace trellis
