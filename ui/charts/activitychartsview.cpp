#include "charts/activitychartsview.h"

#include "charts/chartdrilldown.h"
#include "charts/chartpanel.h"
#include "models/activityseriesfetch.h"
#include "models/modelloader.h"
#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace trellis {

ActivityChartsView::ActivityChartsView(const WorkspaceContext &context, QList<ActivityChart::Kind> kinds,
                                       QWidget *parent)
    : QWidget(parent)
    , m_chart(new ActivityChart(kinds.value(0, ActivityChart::Kind::Contact)))
    , m_loader(new ModelLoader(context.dataSource(), ActivitySeriesFetch::watchedEntities(), this))
{
    setObjectName(QStringLiteral("activityCharts"));
    m_chart->setTitleVisible(false); // the kind picker names it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_panel = new ChartPanel(m_chart, this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->setAccessibleName(tr("Chart"));
    for (const ActivityChart::Kind kind : kinds)
        m_kind->addItem(ActivityChart::kindTitle(kind), int(kind));
    m_panel->controls()->insertWidget(0, m_kind);
    m_status = PageStyle::secondary(QString(), this);
    m_status->setObjectName(QStringLiteral("chartStatus"));
    m_panel->controls()->insertWidget(1, m_status);
    layout->addWidget(m_panel, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setKind(ActivityChart::Kind(m_kind->currentData().toInt()));
        m_panel->refresh();
    });
    connect(m_loader, &ModelLoader::stateChanged, this, [this](ModelLoader::State state) {
        m_status->setText(state == ModelLoader::State::Loading  ? tr("Updating…")
                          : state == ModelLoader::State::Failed ? m_loader->errorMessage()
                                                                : QString());
    });
    connect(m_chart, &ActivityChart::monthActivated, this,
            [this](const QDate &month) { ChartDrillDown::showMonth(this, m_chart->series(), month); });
    const auto open = [this](Id id) { Q_EMIT relationshipActivated(id); };
    connect(m_chart, &ActivityChart::statusActivated, this,
            [this, open](StatusBucket bucket, const QDate &date) {
                ChartDrillDown::showStatus(this, m_chart->series(), bucket, date, open);
            });
    connect(m_chart, &ActivityChart::completionActivated, this,
            [this, open](int bin) { ChartDrillDown::showCompletion(this, m_chart->series(), bin, open); });
}

void ActivityChartsView::setScope(const RelationshipScope &scope)
{
    m_scope = scope;
    m_loader->setLoad(ActivitySeriesFetch(scope), this, &ActivityChartsView::apply);
    if (isVisible())
        m_loader->reload();
    else
        m_stale = true;
}

void ActivityChartsView::setKind(ActivityChart::Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void ActivityChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ActivityChartsView::ensureLoaded()
{
    if (m_stale && m_scope) {
        m_stale = false;
        m_loader->reload();
    }
}

void ActivityChartsView::apply(ActivitySeries series, const LoadRequest &request)
{
    Q_UNUSED(request);
    m_chart->setSeries(std::move(series));
    m_panel->refresh();
    Q_EMIT loaded();
}

} // namespace trellis
