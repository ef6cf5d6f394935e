#include "mentor/progresspage.h"

#include "charts/activitychartsview.h"
#include "charts/chartpanel.h"
#include "dialogs/peopleflows.h"
#include "models/displaytexts.h"
#include "models/modelloader.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace trellis {

ProgressPage::ProgressPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("progressPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scaffold = new PageScaffold(tr("Progress"), this);
    layout->addWidget(m_scaffold);
    using K = ActivityChart::Kind;
    m_charts = new ActivityChartsView(
        context, {K::Contact, K::Adherence, K::Hours, K::Completion, K::Status, K::Feedback}, this);
    m_scaffold->setContent(m_charts);
    m_scaffold->follow(
        m_charts->loader(), [this] { return emptyState(); }, tr("Reading your mentoring by month…"));
    connect(m_scaffold->emptyButton(), &QPushButton::clicked, this,
            [this] { PeopleFlows::addPartner(m_context, this); });
    connect(m_charts, &ActivityChartsView::relationshipActivated, this, &ProgressPage::relationshipActivated);
    connect(m_charts, &ActivityChartsView::loaded, this, &ProgressPage::updateSummary);
    connect(m_charts, &ActivityChartsView::loaded, this, &ProgressPage::loaded);
    const Id me = context.profile ? context.profile->personId : 0;
    m_charts->setScope(RelationshipScope::mentor(me).seenBy(Role::Mentor));
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The scaffold shows the charts only once they have loaded: start the read when the place is.
    m_charts->ensureLoaded();
}

std::optional<PageScaffold::EmptyState> ProgressPage::emptyState() const
{
    if (m_charts->chart()->series().facts.relationships.isEmpty())
        return PageScaffold::EmptyState{
            QStringLiteral("view-statistics"),
            tr("No mentees yet. Your mentoring by month shows here once you have one."),
            PeopleFlows::addPartnerText(m_context)};
    return std::nullopt;
}

void ProgressPage::updateSummary()
{
    const ActivitySeries &series = m_charts->chart()->series();
    if (series.months.isEmpty())
        return;
    const ActivitySeries::Month &month = series.months.last();
    int held = 0;
    double hours = 0;
    for (const ActivitySeries::Month &m : series.months) {
        held += m.meetingsHeld;
        hours += m.hours;
    }
    QStringList parts{tr("%n meeting(s) in 12 months", nullptr, held),
                      tr("%1 h of mentoring").arg(DisplayTexts::number(std::round(hours)))};
    if (month.adherence)
        parts << tr("%1 of days within the cadence this month")
                     .arg(DisplayTexts::percent(std::round(*month.adherence * 100)));
    m_scaffold->setSummary(parts.join(QStringLiteral(" · ")));
}

} // namespace trellis
