#pragma once

#include "charts/chartpalette.h"

#include <QChart>
#include <QList>
#include <QString>
#include <QStringList>

class QAbstractAxis;
class QAbstractSeries;

namespace trellis {

// What "View as table" shows of a chart: one row per point or bar, the same numbers.
struct ChartTable {
    QStringList headers;
    QList<QStringList> rows;
    bool operator==(const ChartTable &) const = default;
};

// The base of Trellis' charts: a QChart that builds its series from a value it holds (rebuild()),
// in colours from a ChartPalette, with axes styled alike, legend markers that hide and show
// their series, hover tooltips (tipText() keeps the last one, for tests and screen readers), and
// its numbers as a ChartTable. The same class draws on screen, into a PNG and into an SVG.
class ChartBase : public QChart {
    Q_OBJECT
public:
    explicit ChartBase(QGraphicsItem *parent = nullptr);

    virtual ChartTable table() const = 0;
    // The sentence shown instead of the chart when there is nothing to draw (empty: there is).
    virtual QString emptyText() const { return {}; }

    void setChartPalette(const ChartPalette &palette);
    // The chart's title; drawn only while the title is visible (a page that names the goal just
    // above hides it; saved images always carry it).
    void setHeading(const QString &heading);
    QString heading() const { return m_heading; }
    void setTitleVisible(bool visible);
    bool isTitleVisible() const { return m_titleVisible; }
    const ChartPalette &colours() const { return m_colours; }
    QString tipText() const { return m_tip; }

Q_SIGNALS:
    // A hover tip to show (empty: hide it).
    void tipChanged(const QString &text);

protected:
    // Replaces every series and axis with new ones from the chart's value.
    virtual void populate() = 0;
    void rebuild();
    void styleAxis(QAbstractAxis *axis, bool grid = true) const;
    void setTip(const QString &text);
    // The legend markers of `series` toggle it (the marker greys out while hidden).
    void connectLegend();

private:
    ChartPalette m_colours;
    QString m_tip;
    QString m_heading;
    bool m_titleVisible = true;
};

} // namespace trellis
