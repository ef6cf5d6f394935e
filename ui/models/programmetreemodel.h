#pragma once

#include "domain/cohort.h"
#include "domain/programme.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace trellis {

// Programmes (top level) with their cohorts (children): name, what they are, pairs.
class ProgrammeTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Details, Pairs, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the programme's or the cohort's id
        IsCohortRole,              // bool
        ProgrammeIdRole,           // the programme (of a cohort)
    };

    explicit ProgrammeTreeModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProgrammeTreeModel)

    void setContents(QList<Programme> programmes, const QList<Cohort> &cohorts,
                     QHash<Id, int> pairsPerCohort);
    const QList<Programme> &programmes() const { return m_programmes; }
    std::optional<Programme> programme(Id id) const;
    std::optional<Cohort> cohort(Id id) const;
    QModelIndex indexOfProgramme(Id id) const;
    QModelIndex indexOfCohort(Id id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatName(ProgrammeFormat format);
    static QString cohortDates(const Cohort &cohort);

private:
    QList<Programme> m_programmes;
    QList<QList<Cohort>> m_cohorts; // per programme row
    QHash<Id, int> m_pairs;
};

} // namespace trellis
