#pragma once

#include "io/rosterimporter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace trellis {

// The roster import preview: each row of the file as it would be added, with its problems.
class RosterPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Name, Email, Roles, Manager, Problems, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, // the row's line in the file
        HasProblemRole,              // bool
    };

    explicit RosterPreviewModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RosterPreviewModel)

    void setPlan(const RosterImportPlan &plan);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RosterImportRow> m_rows;
    QHash<int, QStringList> m_problems; // by line: "field: message"
};

} // namespace trellis
