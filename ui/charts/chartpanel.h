#pragma once

#include "charts/chartbase.h"

#include <QWidget>

class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

namespace trellis {

// A chart in a page: the chart, or its numbers as a table ("View as Table", for screen readers
// and copying), or one sentence when there is nothing to chart; "Save Image…" writes PNG or SVG
// (ChartImage). Hover tips show beside the pointer; the chart follows palette changes (light,
// dark). Call refresh() after changing the chart's value so the table and the empty state follow.
class ChartPanel final : public QWidget {
    Q_OBJECT
public:
    // Takes ownership of `chart`.
    explicit ChartPanel(ChartBase *chart, QWidget *parent = nullptr);

    ChartBase *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }
    QStandardItemModel *tableModel() const { return m_tableModel; }
    // A row above the chart for the owner's controls (a kind or goal picker), before the buttons.
    QHBoxLayout *controls() const { return m_controls; }

    void refresh();
    bool showsTable() const;
    void setShowTable(bool table);
    void saveImage(); // asks where

protected:
    void changeEvent(QEvent *event) override;

private:
    ChartBase *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_tableModel = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QHBoxLayout *m_controls = nullptr;
    QToolButton *m_tableButton = nullptr;
    QToolButton *m_saveButton = nullptr;
};

} // namespace trellis
