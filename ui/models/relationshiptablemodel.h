#pragma once

#include "insights/relationshipoverview.h"

#include <QAbstractTableModel>

namespace trellis {

// Relationships with their health, one row each (the "Relationships" table).
// Filled with RelationshipOverview entries loaded off the GUI thread; a refresh
// updates rows in place when the set of relationships is unchanged.
class RelationshipTableModel final : public QAbstractTableModel {
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
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (dates as days, health by urgency)
        RelationshipIdRole,
        StatusRole, // the status text value ("active", "paused"…)
        AtRiskRole, // bool
        EntryRole,  // the RelationshipOverviewEntry as QVariant
    };

    explicit RelationshipTableModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RelationshipTableModel)

    void setEntries(QList<RelationshipOverviewEntry> entries);
    const QList<RelationshipOverviewEntry> &entries() const { return m_entries; }
    int rowOf(qint64 relationshipId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusLabel(const QString &status);

private:
    QVariant display(const RelationshipOverviewEntry &entry, int column) const;
    QVariant sortValue(const RelationshipOverviewEntry &entry, int column) const;

    QList<RelationshipOverviewEntry> m_entries;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::RelationshipOverviewEntry)
