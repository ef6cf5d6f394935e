#pragma once

#include "charts/activitychart.h"
#include "storage/relationshipscope.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace trellis {

class ChartPanel;
class LoadRequest;
class ModelLoader;

// Activity charts of a scope (a cohort, a mentor's relationships) with a picker of the kinds it
// offers. The series are computed off the GUI thread (a ModelLoader running ActivitySeriesFetch)
// and only while the view is shown: a hidden view marks itself stale and reads when shown.
// Clicking a bar opens the rows behind it (ChartDrillDown); a pair opened from there is announced
// by relationshipActivated.
class ActivityChartsView final : public QWidget {
    Q_OBJECT
public:
    ActivityChartsView(const WorkspaceContext &context, QList<ActivityChart::Kind> kinds,
                       QWidget *parent = nullptr);

    void setScope(const RelationshipScope &scope);
    void setKind(ActivityChart::Kind kind);
    // Reads now when the scope changed while hidden (for an owner that keeps this view hidden
    // until it has loaded, like a PageScaffold's content).
    void ensureLoaded();
    ActivityChart *chart() const { return m_chart; }
    ChartPanel *panel() const { return m_panel; }
    ModelLoader *loader() const { return m_loader; }

Q_SIGNALS:
    void relationshipActivated(qint64 relationshipId);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void apply(ActivitySeries series, const LoadRequest &request);

    ActivityChart *m_chart = nullptr;
    ChartPanel *m_panel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_status = nullptr;
    ModelLoader *m_loader = nullptr;
    std::optional<RelationshipScope> m_scope;
    bool m_stale = false;
};

} // namespace trellis
