#include "charts/chartbase.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QApplication>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QFont>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>

namespace trellis {

ChartBase::ChartBase(QGraphicsItem *parent)
    : QChart(parent)
    , m_colours(ChartPalette::from(QApplication::palette()))
{
    setBackgroundRoundness(0);
    setMargins(QMargins(4, 4, 4, 4));
    setAnimationOptions(QChart::NoAnimation); // renders the same on screen, in PNG and SVG
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setShowToolTips(true);
}

void ChartBase::setChartPalette(const ChartPalette &palette)
{
    m_colours = palette;
    rebuild();
}

void ChartBase::setHeading(const QString &heading)
{
    m_heading = heading;
    setTitle(m_titleVisible ? heading : QString());
}

void ChartBase::setTitleVisible(bool visible)
{
    m_titleVisible = visible;
    setTitle(visible ? m_heading : QString());
}

void ChartBase::rebuild()
{
    removeAllSeries();
    const QList<QAbstractAxis *> old = axes();
    for (QAbstractAxis *axis : old) {
        removeAxis(axis);
        delete axis;
    }
    setBackgroundBrush(m_colours.background);
    setBackgroundPen(Qt::NoPen);
    setPlotAreaBackgroundVisible(false);
    setTitleBrush(m_colours.text);
    QFont font = QApplication::font();
    font.setBold(true);
    setTitleFont(font);
    legend()->setLabelColor(m_colours.text);
    legend()->setFont(QApplication::font());
    populate();
    connectLegend();
}

void ChartBase::styleAxis(QAbstractAxis *axis, bool grid) const
{
    axis->setLabelsColor(m_colours.secondary);
    axis->setLabelsFont(QApplication::font());
    axis->setTitleBrush(m_colours.secondary);
    axis->setTitleFont(QApplication::font());
    axis->setLinePen(QPen(m_colours.grid, 1));
    axis->setGridLineVisible(grid);
    axis->setGridLinePen(QPen(m_colours.grid, 1));
    axis->setMinorGridLineVisible(false);
    axis->setShadesVisible(false);
}

void ChartBase::setTip(const QString &text)
{
    m_tip = text;
    Q_EMIT tipChanged(text);
}

void ChartBase::connectLegend()
{
    const QList<QLegendMarker *> markers = legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            bool shown = true;
            if (auto *barMarker = qobject_cast<QBarLegendMarker *>(marker)) {
                // A bar series holds several sets: hiding the series would hide them all, so a
                // set is hidden by drawing it transparent (its colour kept on the set).
                QBarSet *set = barMarker->barset();
                const QVariant kept = set->property("trellisColour");
                if (kept.isValid()) {
                    set->setColor(kept.value<QColor>());
                    set->setProperty("trellisColour", QVariant());
                } else {
                    set->setProperty("trellisColour", set->color());
                    set->setColor(Qt::transparent);
                    set->setBorderColor(Qt::transparent);
                    shown = false;
                }
            } else {
                QAbstractSeries *series = marker->series();
                series->setVisible(!series->isVisible());
                shown = series->isVisible();
            }
            marker->setVisible(true); // a hidden series' marker stays, greyed, to show it again
            marker->setLabelBrush(shown ? m_colours.text : m_colours.neutral);
        });
    }
}

} // namespace trellis
