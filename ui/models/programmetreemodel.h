#pragma once

#include "domain/cohort.h"
#include "domain/programme.h"
#include "util/result.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <optional>

namespace trellis {

class Database;
class LoadRequest;

// Programmes (top level) with their cohorts (children): name, what they are, pairs. Live: a
// ModelLoader's load is applied by diff at both levels (rows removed, inserted, moved, changed in
// place — never a reset), so the tree keeps its selection and what is expanded.
class ProgrammeTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Details, Pairs, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the programme's or the cohort's id
        IsCohortRole,              // bool
        ProgrammeIdRole,           // the programme (of a cohort)
    };

    // What one load read. Programmes and cohorts are read whole whenever one of them changed: a
    // handful of rows, sorted by name, so a rename may move a row. A relationship change only
    // re-reads the pairs per cohort (one aggregate).
    struct Data {
        std::optional<QList<Programme>> programmes; // with `cohorts`
        QList<Cohort> cohorts;
        std::optional<QHash<Id, int>> pairsPerCohort;
    };

    explicit ProgrammeTreeModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProgrammeTreeModel)

    static QList<Entity> watchedEntities()
    {
        return {Entity::Programme, Entity::Cohort, Entity::Relationship};
    }
    // The loader's two halves: fetch() on its worker thread, apply() on the GUI thread.
    [[nodiscard]] static Result<Data> fetch(Database &database, const LoadRequest &request);
    void apply(Data data, const LoadRequest &request);

    // Everything at once, applied by diff.
    void setContents(QList<Programme> programmes, const QList<Cohort> &cohorts,
                     QHash<Id, int> pairsPerCohort);
    // The programmes and cohorts (pairs unchanged), by diff.
    void setTree(QList<Programme> programmes, const QList<Cohort> &cohorts);
    // Announces the Pairs cells whose count changed.
    void setPairs(QHash<Id, int> pairsPerCohort);

    QList<Programme> programmes() const;
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
    // How a picker names a cohort: programme, cohort and dates once each ("Career Compass · Winter
    // 2022 · 22/01/2022 – 21/09/2025"). A cohort name that repeats its programme's ("Winter 2022 —
    // Career Compass") is shown without it. `withDates` false: without the dates (shown beside).
    static QString cohortLabel(const QString &programmeName, const Cohort &cohort, bool withDates = true);

private:
    struct Node {
        Programme programme;
        QList<Cohort> cohorts;
    };

    int rowOfProgramme(Id id) const;
    int pairsOf(const Node &node) const;
    // Makes `rows` (the children of `parent`) become `wanted` with the fewest signals; `update`
    // merges a kept row into its place (and announces what changed).
    template <typename T, typename IdOf, typename Update>
    void syncRows(const QModelIndex &parent, QList<T> &rows, QList<T> wanted, IdOf idOf, Update update);
    void announceRow(const QModelIndex &parent, int row);

    // A cohort row's internal id is its programme's id (stable when programmes move); 0 marks a
    // programme row.
    QList<Node> m_nodes;
    QHash<Id, int> m_pairs;
};

} // namespace trellis
