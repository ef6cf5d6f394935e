#pragma once

#include "models/idlistmodel.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace trellis {

class Database;
class LoadRequest;

// One entry of the cohort page's choice: a cohort (ProgrammeTreeModel::cohortLabel: "Programme ·
// Cohort · dates", each once), or the last one, every relationship (id 0).
struct CohortChoice {
    Id cohortId = 0;
    QString label;
    QString dates;

    bool operator==(const CohortChoice &) const = default;
};

// The cohorts to choose from on the cohort page, the most recent first (what a coordinator looks
// at most), then "Every relationship". For a QComboBox: Qt::UserRole is the cohort id, so that
// currentData() and findData() name cohorts. Kept live by a ModelLoader watching programmes and
// cohorts; each load reads them all (a handful of rows, and a renamed programme relabels every
// cohort of it) and is applied by diff, so the combo keeps its current cohort.
class CohortChoiceModel final : public IdListModel<CohortChoice> {
    Q_OBJECT
public:
    enum Role {
        CohortIdRole = Qt::UserRole, // what QComboBox::currentData() reads
        DatesRole = Qt::UserRole + 1,
        ChoiceRole, // the CohortChoice
    };

    explicit CohortChoiceModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(CohortChoiceModel)

    static QList<Entity> watchedEntities() { return {Entity::Programme, Entity::Cohort}; }
    // The loader's two halves: fetch() on its worker thread, apply() on the GUI thread.
    [[nodiscard]] static Result<QList<CohortChoice>> fetch(Database &database, const LoadRequest &request);
    void apply(QList<CohortChoice> choices, const LoadRequest &request);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const CohortChoice &choice) const override { return choice.cohortId; }
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::CohortChoice)
