#pragma once

#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace trellis {

class ActivityChartsView;
class CohortPicker;
class ModelLoader;
class RelationshipFilterModel;
class RelationshipTableModel;

// One cohort at a glance: KPIs (pairs, on track, due soon, overdue, at risk) and its pairs with
// their health (RelationshipTableModel with a cohort scope); pairing by hand from here. Two live
// models: the cohorts to choose from (CohortChoiceModel) and the chosen cohort's pairs, whose loader
// re-reads only the relationships an edit touched.
class CohortPage final : public QWidget {
    Q_OBJECT
public:
    explicit CohortPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    RelationshipTableModel *model() const { return m_model; }
    ModelLoader *loader() const { return m_loader; }
    // Reads the cohorts and the pairs again (the loaders do this by themselves after changes).
    void reload();
    // The cohort shown (0: every relationship of the programme database).
    qint64 cohortId() const;
    void setCohort(qint64 cohortId);
    QString kpiText(const QString &key) const;
    ActivityChartsView *charts() const { return m_charts; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    // After each load of the pairs was applied.
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void showChosenCohort();
    void choicesLoaded();
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void updateKpis();

    WorkspaceContext m_context;
    RelationshipTableModel *m_model = nullptr;
    RelationshipFilterModel *m_filter = nullptr;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    CohortPicker *m_cohort = nullptr;
    QHash<QString, QLabel *> m_kpis;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActivityChartsView *m_charts = nullptr;
    std::optional<qint64> m_shownCohort; // what the pairs' loader reads
};

} // namespace trellis
