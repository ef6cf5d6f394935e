#include "charts/chartpanel.h"

#include "charts/chartimage.h"
#include "widgets/pagestyle.h"

#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace trellis {

ChartPanel::ChartPanel(ChartBase *chart, QWidget *parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("chartPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_controls = new QHBoxLayout;
    m_controls->setContentsMargins(0, 0, 0, 0);
    m_controls->setSpacing(8);
    m_controls->addStretch(1);
    m_tableButton = new QToolButton(this);
    m_tableButton->setObjectName(QStringLiteral("chartViewAsTable"));
    m_tableButton->setText(tr("View as &Table"));
    m_tableButton->setIcon(QIcon::fromTheme(QStringLiteral("view-list-details")));
    m_tableButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_tableButton->setCheckable(true);
    m_tableButton->setAutoRaise(true);
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("chartSaveImage"));
    m_saveButton->setText(tr("Save &Image…"));
    m_saveButton->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    m_saveButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_saveButton->setAutoRaise(true);
    m_controls->addWidget(m_tableButton);
    m_controls->addWidget(m_saveButton);
    layout->addLayout(m_controls);

    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(220);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("chartTable"));
    m_tableModel = new QStandardItemModel(this);
    m_table->setModel(m_tableModel);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    PageStyle::makeSecondary(m_empty);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this, [this](bool) { refresh(); });
    connect(m_saveButton, &QToolButton::clicked, this, &ChartPanel::saveImage);
    connect(m_chart, &ChartBase::tipChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), text, m_view);
    });
    m_chart->setChartPalette(ChartPalette::from(palette()));
    refresh();
}

bool ChartPanel::showsTable() const
{
    return m_tableButton->isChecked();
}

void ChartPanel::setShowTable(bool table)
{
    m_tableButton->setChecked(table);
    refresh();
}

void ChartPanel::refresh()
{
    const ChartTable table = m_chart->table();
    m_tableModel->clear();
    m_tableModel->setHorizontalHeaderLabels(table.headers);
    for (const QStringList &row : table.rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : row)
            items << new QStandardItem(cell);
        m_tableModel->appendRow(items);
    }
    m_table->setAccessibleName(tr("%1 as a table").arg(m_chart->heading()));
    m_view->setAccessibleName(m_chart->heading());
    const QString empty = m_chart->emptyText();
    m_empty->setText(empty);
    m_saveButton->setEnabled(empty.isEmpty());
    if (!empty.isEmpty())
        m_stack->setCurrentWidget(m_empty);
    else
        m_stack->setCurrentWidget(showsTable() ? static_cast<QWidget *>(m_table) : m_view);
}

void ChartPanel::saveImage()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart Image"),
                                                      m_chart->heading() + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (!ChartImage::isSupported(target))
        target += selected.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    // A saved image stands on its own: it carries the title even where the page hides it.
    const bool titled = m_chart->isTitleVisible();
    m_chart->setTitleVisible(true);
    const Status written = ChartImage::write(m_view, target);
    m_chart->setTitleVisible(titled);
    if (!written)
        QMessageBox::warning(this, tr("Save Chart Image"), written.errorMessage());
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_chart)
        m_chart->setChartPalette(ChartPalette::from(palette()));
}

} // namespace trellis
