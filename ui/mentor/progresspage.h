#pragma once

#include "widgets/pagescaffold.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

namespace trellis {

class ActivityChartsView;

// The mentor's Progress place: their relationships' contact against the cadence, adherence,
// hours, goal completion, status and feedback by month (ActivityChartsView over the mentor's
// scope, read with the mentor's eyes). A pair opened from a drill-down is announced.
class ProgressPage final : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    ActivityChartsView *charts() const { return m_charts; }

Q_SIGNALS:
    void relationshipActivated(qint64 relationshipId);
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::optional<PageScaffold::EmptyState> emptyState() const;
    void updateSummary();

    WorkspaceContext m_context;
    PageScaffold *m_scaffold = nullptr;
    ActivityChartsView *m_charts = nullptr;
};

} // namespace trellis
