#pragma once

#include "charts/chartbase.h"
#include "insights/activityseries.h"

#include <QDate>

class QAbstractBarSeries;
class QLineSeries;

namespace trellis {

// The charts of ActivitySeries (one relationship, a mentor's, a cohort), one kind at a time:
// - Contact: meetings held and contacts logged per month (stacked bars) against the cadence
//   (expected contacts, a line), with mentoring hours on a second axis;
// - Status: the status partition at each month's end (stacked bars, PortfolioCounts' buckets);
// - Completion: goals by completion (a histogram of 20-point bins and complete);
// - Adherence: cadence adherence per month (a line, 0–100%);
// - Hours: mentoring hours per month (bars);
// - Feedback: the average rating per month (a line with points, 1–5).
// Hovering a bar or point tells the month and its numbers; clicking asks for the rows behind it.
class ActivityChart final : public ChartBase {
    Q_OBJECT
public:
    enum class Kind { Contact, Status, Completion, Adherence, Hours, Feedback };
    Q_ENUM(Kind)

    explicit ActivityChart(Kind kind, QGraphicsItem *parent = nullptr);

    void setSeries(ActivitySeries series);
    const ActivitySeries &series() const { return m_series; }
    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    ChartTable table() const override;
    QString emptyText() const override;
    // The hover text of the bar or point of `set` (a series' own index) at `index`.
    QString tipFor(int set, int index) const;
    // The bar series or line the kind draws first (tests check its counts).
    QAbstractSeries *mainSeries() const { return m_main; }

    static QString kindName(Kind kind); // "contact" (the CLI's --kind)
    static std::optional<Kind> kindNamed(const QString &name);
    static QString kindTitle(Kind kind); // translated
    static QString monthLabel(const QDate &month, bool withYear);

Q_SIGNALS:
    void monthActivated(const QDate &month);
    void statusActivated(trellis::StatusBucket bucket, const QDate &date);
    void completionActivated(int bin);

protected:
    void populate() override;

private:
    QStringList categories() const;
    QString monthRange() const;
    void populateContact();
    void populateStatus();
    void populateCompletion();
    void populateLine(bool adherence);
    void populateHours();
    void connectBars(QAbstractBarSeries *bars);

    Kind m_kind;
    ActivitySeries m_series;
    QAbstractSeries *m_main = nullptr;
};

} // namespace trellis
