#pragma once

#include "charts/chartbase.h"
#include "insights/goalpace.h"

#include <QDate>

class QLineSeries;
class QAreaSeries;

namespace trellis {

// One goal's progress over time against its pace (GoalPace): the progress line with a point per
// update, the expected pace from its start to the target at the due date, the target line, a
// due-date marker, and the space between progress and pace shaded ahead (good) or behind (bad).
// Hovering a point tells its date, value and note; clicking it asks to open that update.
class GoalChart final : public ChartBase {
    Q_OBJECT
public:
    explicit GoalChart(QGraphicsItem *parent = nullptr);

    void setGoal(GoalPace pace, const QDate &today);
    const GoalPace &pace() const { return m_pace; }

    ChartTable table() const override;
    QString emptyText() const override;
    // The hover text of the update at `index` (in pace().points).
    QString tipFor(int index) const;

    QLineSeries *progressSeries() const { return m_progress; }
    QLineSeries *paceSeries() const { return m_paceLine; }
    QLineSeries *targetSeries() const { return m_target; }
    QLineSeries *dueSeries() const { return m_due; }
    QAreaSeries *aheadSeries() const { return m_ahead; }
    QAreaSeries *behindSeries() const { return m_behind; }

    static qreal xOf(const QDate &date);

Q_SIGNALS:
    void updateActivated(trellis::Id updateId);

protected:
    void populate() override;

private:
    int nearestPoint(const QPointF &point) const;

    GoalPace m_pace;
    QDate m_today;
    QLineSeries *m_progress = nullptr;
    QLineSeries *m_paceLine = nullptr;
    QLineSeries *m_target = nullptr;
    QLineSeries *m_due = nullptr;
    QAreaSeries *m_ahead = nullptr;
    QAreaSeries *m_behind = nullptr;
};

} // namespace trellis
