#pragma once

#include "workspace/workspacecontext.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace trellis {

class RelationshipFilterModel;
class RelationshipTableModel;

// One cohort at a glance: KPIs (pairs, on track, due soon, overdue, at risk) and its pairs with
// their health (RelationshipTableModel with a cohort scope); pairing by hand from here.
class CohortPage final : public QWidget {
    Q_OBJECT
public:
    explicit CohortPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    RelationshipTableModel *model() const { return m_model; }
    void reload();
    // The cohort shown (0: every relationship of the programme database).
    qint64 cohortId() const;
    void setCohort(qint64 cohortId);
    QString kpiText(const QString &key) const;

Q_SIGNALS:
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void reloadCohorts();
    void scheduleReload();
    void updateState();

    WorkspaceContext m_context;
    RelationshipTableModel *m_model = nullptr;
    RelationshipFilterModel *m_filter = nullptr;
    QComboBox *m_cohort = nullptr;
    QLabel *m_dates = nullptr;
    QHash<QString, QLabel *> m_kpis;
    QComboBox *m_show = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_body = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QTimer *m_reloadTimer = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_loadedOnce = false;
    qint64 m_wantedCohort = -1;
};

} // namespace trellis
