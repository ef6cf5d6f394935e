#include "charts/goalchart.h"

#include "models/displaytexts.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trellis {

GoalChart::GoalChart(QGraphicsItem *parent)
    : ChartBase(parent)
{}

qreal GoalChart::xOf(const QDate &date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

void GoalChart::setGoal(GoalPace pace, const QDate &today)
{
    m_pace = std::move(pace);
    m_today = today;
    setHeading(m_pace.goal.title);
    rebuild();
}

QString GoalChart::emptyText() const
{
    if (m_pace.points.isEmpty() && !m_pace.hasPace())
        return tr("No progress recorded yet. Record progress to see it over time.");
    return {};
}

QString GoalChart::tipFor(int index) const
{
    if (index < 0 || index >= m_pace.points.size())
        return {};
    const GoalPace::Point &point = m_pace.points.at(index);
    QString text = DisplayTexts::date(point.date) + QStringLiteral(" · ") +
                   DisplayTexts::measure(m_pace.goal, point.value);
    if (const auto expected = m_pace.expectedOn(point.date))
        text +=
            QLatin1Char('\n') + tr("Expected by then: %1").arg(DisplayTexts::measure(m_pace.goal, *expected));
    if (!point.note.trimmed().isEmpty())
        text += QLatin1Char('\n') + point.note.trimmed();
    return text;
}

ChartTable GoalChart::table() const
{
    ChartTable t;
    t.headers = {tr("Date"), tr("Value"), tr("Expected"), tr("Pace"), tr("Note")};
    for (const GoalPace::Point &point : m_pace.points) {
        const auto expected = m_pace.expectedOn(point.date);
        t.rows.append({DisplayTexts::date(point.date), DisplayTexts::measure(m_pace.goal, point.value),
                       expected ? DisplayTexts::measure(m_pace.goal, *expected) : QStringLiteral("—"),
                       GoalPace::statusText(m_pace.statusOn(point.date)), point.note.trimmed()});
    }
    return t;
}

int GoalChart::nearestPoint(const QPointF &point) const
{
    int best = -1;
    qreal bestDistance = 0;
    for (int i = 0; i < m_pace.points.size(); ++i) {
        const qreal distance = std::abs(xOf(m_pace.points.at(i).date) - point.x());
        if (best < 0 || distance < bestDistance) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void GoalChart::populate()
{
    m_progress = m_paceLine = m_target = m_due = nullptr;
    m_ahead = m_behind = nullptr;
    const ChartPalette &c = colours();
    const Goal &goal = m_pace.goal;
    const QList<GoalPace::Point> &points = m_pace.points;

    // The span: from the pace start (or first update) to the due date (or last update).
    QList<QDate> dates;
    if (m_pace.paceStart)
        dates << *m_pace.paceStart;
    if (goal.dueDate)
        dates << *goal.dueDate;
    for (const GoalPace::Point &point : points)
        dates << point.date;
    if (dates.isEmpty())
        dates << m_today;
    QDate first = *std::min_element(dates.cbegin(), dates.cend());
    QDate last = *std::max_element(dates.cbegin(), dates.cend());
    if (first.daysTo(last) < 14) {
        first = first.addDays(-7);
        last = last.addDays(7);
    }
    const qint64 padDays = std::max<qint64>(2, first.daysTo(last) / 30);
    const QDate axisFirst = first.addDays(-padDays);
    const QDate axisLast = last.addDays(padDays);

    double low = std::min(goal.startValue, goal.targetValue);
    double high = std::max(goal.startValue, goal.targetValue);
    for (const GoalPace::Point &point : points) {
        low = std::min(low, point.value);
        high = std::max(high, point.value);
    }
    const double pad = (high - low) * 0.08;

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTickCount(std::clamp(int(first.daysTo(last) / 45) + 2, 3, 7));
    x->setRange(QDateTime(axisFirst, QTime(0, 0)), QDateTime(axisLast, QTime(23, 59)));
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    if (goal.measureKind == MeasureKind::Percentage && low >= 0 && high <= 100) {
        // Per cent: the whole 0–100% scale, with a little room so a point at 100% shows whole.
        y->setRange(0, 104);
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(25);
    } else {
        y->setRange(low - pad, high + pad);
        y->applyNiceNumbers();
    }
    y->setLabelFormat(goal.measureKind == MeasureKind::Percentage ? QStringLiteral("%.0f%%")
                                                                  : QStringLiteral("%g"));
    if (goal.measureKind != MeasureKind::Percentage && !goal.unit.isEmpty())
        y->setTitleText(goal.unit);
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);

    const auto attach = [&](QAbstractSeries *series) {
        addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    // Shading first, so the lines draw over it: ahead where progress is above the pace, behind
    // where it is below, between the first and the last update (where progress is known).
    if (m_pace.hasPace() && !points.isEmpty()) {
        const QDate from = points.first().date;
        const QDate to = std::max(points.last().date, points.first().date);
        auto *aheadUpper = new QLineSeries;
        auto *aheadLower = new QLineSeries;
        auto *behindUpper = new QLineSeries;
        auto *behindLower = new QLineSeries;
        // Daily (or coarser) samples plus every update's date, so the shading meets the line.
        const qint64 span = std::max<qint64>(from.daysTo(to), 1);
        const qint64 step = std::max<qint64>(1, span / 160);
        QList<QDate> days;
        for (qint64 d = 0; d < span; d += step)
            days << from.addDays(d);
        days << from.addDays(span);
        for (const GoalPace::Point &point : points)
            days << point.date;
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        const auto actualOn = [&](const QDate &day) {
            // The progress line joins its points, so the shading follows the same straight lines.
            qsizetype after = 0;
            while (after < points.size() && points.at(after).date <= day)
                ++after;
            if (after == 0)
                return points.first().value;
            if (after == points.size())
                return points.last().value;
            const GoalPace::Point &a = points.at(after - 1);
            const GoalPace::Point &b = points.at(after);
            const double t = double(a.date.daysTo(day)) / double(std::max<qint64>(a.date.daysTo(b.date), 1));
            return a.value + (b.value - a.value) * t;
        };
        const bool rising = goal.targetValue >= goal.startValue;
        for (const QDate &day : days) {
            const double actual = actualOn(day);
            const double expected = *m_pace.expectedOn(day);
            const double better = rising ? std::max(actual, expected) : std::min(actual, expected);
            const double worse = rising ? std::min(actual, expected) : std::max(actual, expected);
            aheadUpper->append(xOf(day), better);
            aheadLower->append(xOf(day), expected);
            behindUpper->append(xOf(day), expected);
            behindLower->append(xOf(day), worse);
        }
        m_ahead = new QAreaSeries(aheadUpper, aheadLower);
        m_ahead->setName(tr("Ahead"));
        m_ahead->setColor(ChartPalette::faded(c.good, c.dark ? 70 : 55));
        m_ahead->setPen(Qt::NoPen);
        attach(m_ahead);
        m_behind = new QAreaSeries(behindUpper, behindLower);
        m_behind->setName(tr("Behind"));
        m_behind->setColor(ChartPalette::faded(c.bad, c.dark ? 70 : 50));
        m_behind->setPen(Qt::NoPen);
        attach(m_behind);
    }

    m_target = new QLineSeries;
    m_target->setName(tr("Target"));
    m_target->append(xOf(axisFirst), goal.targetValue);
    m_target->append(xOf(axisLast), goal.targetValue);
    m_target->setPen(QPen(c.good, 1.5, Qt::DashLine));
    attach(m_target);

    if (m_pace.hasPace()) {
        m_paceLine = new QLineSeries;
        m_paceLine->setName(tr("Pace"));
        m_paceLine->append(xOf(*m_pace.paceStart), goal.startValue);
        m_paceLine->append(xOf(*goal.dueDate), goal.targetValue);
        m_paceLine->setPen(QPen(c.secondary, 1.5, Qt::DotLine));
        attach(m_paceLine);
    }

    if (goal.dueDate) {
        m_due = new QLineSeries;
        m_due->setName(tr("Due date"));
        m_due->append(xOf(*goal.dueDate), y->min());
        m_due->append(xOf(*goal.dueDate), y->max());
        m_due->setPen(QPen(c.warning, 1.5, Qt::DashLine));
        attach(m_due);
    }

    m_progress = new QLineSeries;
    m_progress->setName(tr("Progress"));
    for (const GoalPace::Point &point : points)
        m_progress->append(xOf(point.date), point.value);
    m_progress->setPen(QPen(c.accent, 2.5));
    m_progress->setPointsVisible(true);
    m_progress->setMarkerSize(7);
    attach(m_progress);
    connect(m_progress, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        setTip(state ? tipFor(nearestPoint(point)) : QString());
    });
    connect(m_progress, &QLineSeries::clicked, this, [this](const QPointF &point) {
        const int index = nearestPoint(point);
        if (index >= 0)
            Q_EMIT updateActivated(m_pace.points.at(index).updateId);
    });

    // The shading's markers name it; the boundary series have none.
    for (QLegendMarker *marker : legend()->markers()) {
        if (marker->series() == m_progress)
            marker->setShape(QLegend::MarkerShapeCircle);
    }
}

} // namespace trellis
