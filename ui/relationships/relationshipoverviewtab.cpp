#include "relationships/relationshipoverviewtab.h"

#include "charts/activitychart.h"
#include "charts/chartdrilldown.h"
#include "charts/chartpanel.h"
#include "insights/goalpace.h"
#include "models/actionitemlistmodel.h"
#include "models/displaytexts.h"
#include "models/meetingtime.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace trellis {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

} // namespace

RelationshipOverviewTab::RelationshipOverviewTab(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("overviewTab"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);
    m_ending = new QLabel(page);
    m_ending->setObjectName(QStringLiteral("overviewEnding"));
    m_ending->setWordWrap(true);
    m_ending->setTextFormat(Qt::RichText);
    layout->addWidget(m_ending);
    m_fitCheck = new QLabel(page);
    m_fitCheck->setObjectName(QStringLiteral("overviewFitCheck"));
    m_fitCheck->setWordWrap(true);
    layout->addWidget(m_fitCheck);

    layout->addWidget(PageStyle::sectionTitle(tr("Goals at a glance"), page));
    m_glance = new QWidget(page);
    m_glance->setObjectName(QStringLiteral("overviewGoals"));
    m_glanceLayout = new QVBoxLayout(m_glance);
    m_glanceLayout->setContentsMargins(0, 0, 0, 0);
    m_glanceLayout->setSpacing(8);
    layout->addWidget(m_glance);

    // Meetings and contacts per month against the agreed cadence (ActivityChart); a click on a
    // month lists the meetings and contacts counted in it.
    layout->addWidget(PageStyle::sectionTitle(tr("Contact by month"), page));
    m_activityChart = new ActivityChart(ActivityChart::Kind::Contact);
    m_activityChart->setTitleVisible(false); // the section title names it
    m_activityPanel = new ChartPanel(m_activityChart, page);
    m_activityPanel->setObjectName(QStringLiteral("overviewActivityChart"));
    m_activityPanel->setMinimumHeight(300);
    layout->addWidget(m_activityPanel);
    connect(m_activityChart, &ActivityChart::monthActivated, this, [this](const QDate &month) {
        ChartDrillDown::showMonth(this, m_activityChart->series(), month);
    });

    layout->addWidget(PageStyle::sectionTitle(tr("Meetings"), page));
    // One line each, as the open actions below: side by side, a next meeting in two zones wrapped
    // in half the width while the last one left space unused.
    auto *meetings = new QVBoxLayout;
    meetings->setSpacing(4);
    m_nextMeeting = new QLabel(page);
    m_nextMeeting->setObjectName(QStringLiteral("overviewNextMeeting"));
    m_nextMeeting->setWordWrap(true);
    m_lastMeeting = new QLabel(page);
    m_lastMeeting->setObjectName(QStringLiteral("overviewLastMeeting"));
    m_lastMeeting->setWordWrap(true);
    meetings->addWidget(m_nextMeeting);
    meetings->addWidget(m_lastMeeting);
    layout->addLayout(meetings);

    layout->addWidget(PageStyle::sectionTitle(tr("Open actions"), page));
    m_openActions = new QLabel(page);
    m_openActions->setObjectName(QStringLiteral("overviewOpenActions"));
    m_openActions->setWordWrap(true);
    m_openActions->setTextFormat(Qt::RichText);
    layout->addWidget(m_openActions);
    layout->addStretch(1);
    setWidget(page);
}

void RelationshipOverviewTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    const Relationship &r = snapshot.relationship;
    if (r.status == RelationshipStatus::Completed || r.status == RelationshipStatus::EndedEarly) {
        QString text = r.status == RelationshipStatus::Completed
                           ? tr("<b>Completed on %1.</b>").arg(DisplayTexts::date(r.endDate))
                           : tr("<b>Ended early on %1.</b>").arg(DisplayTexts::date(r.endDate));
        if (!r.endReason.isEmpty())
            text += tr(" Reason: %1").arg(html(r.endReason));
        if (!r.closingReflection.isEmpty())
            text += tr("<br><b>Closing reflection:</b> %1").arg(html(r.closingReflection));
        text += tr("<br>Everything you recorded together stays here to read.");
        m_ending->setText(text);
        m_ending->show();
    } else {
        m_ending->hide();
    }
    if (r.fitCheckOutcome == FitCheckOutcome::Pending &&
        (r.status == RelationshipStatus::Active || r.status == RelationshipStatus::Paused)) {
        const bool overdue = r.fitCheckDue && *r.fitCheckDue < Clock::today();
        m_fitCheck->setText(
            r.fitCheckDue ? (overdue ? tr("The fit check was due on %1 — confirm the fit or end "
                                          "the relationship professionally (⋯ Lifecycle ▸ Fit Check).")
                                           .arg(DisplayTexts::date(r.fitCheckDue))
                                     : tr("Fit check due on %1.").arg(DisplayTexts::date(r.fitCheckDue)))
                          : tr("The fit check is still open."));
        m_fitCheck->show();
    } else if (r.fitCheckOutcome == FitCheckOutcome::Confirmed) {
        m_fitCheck->setText(tr("Fit check: both confirmed the fit."));
        m_fitCheck->show();
    } else {
        m_fitCheck->hide();
    }

    showGoals(snapshot);
    m_activityChart->setSeries(
        ActivitySeries::of(ActivitySeries::factsOf(snapshot, Clock::nowSecs()), Clock::today()));
    m_activityPanel->refresh();

    const auto next = snapshot.nextMeeting();
    m_nextMeeting->setText(
        next ? tr("<b>Next:</b> %1 · %2")
                   .arg(MeetingTime::dateTime(next->occurrence), DisplayTexts::meetingMode(next->row.mode))
             : tr("<b>Next:</b> none planned"));
    const auto last = snapshot.lastMeeting();
    if (last) {
        const qint64 minutes = (last->occurrence.endUtc - last->occurrence.startUtc) / 60;
        m_lastMeeting->setText(tr("<b>Last:</b> %1 · %2 · %3 min")
                                   .arg(DisplayTexts::date(last->occurrence.startLocal.date()),
                                        DisplayTexts::meetingMode(last->row.mode))
                                   .arg(minutes));
    } else {
        m_lastMeeting->setText(tr("<b>Last:</b> no meeting held yet"));
    }

    QStringList open;
    for (const ActionItem &item : snapshot.actionItems) {
        if (item.isDone())
            continue;
        QString line =
            tr("%1: %2").arg(snapshot.nameOf(item.ownerId).section(QLatin1Char(' '), 0, 0), item.title);
        if (item.dueDate)
            line += ActionItemListModel::isOverdue(item)
                        ? tr(" by %1 · overdue").arg(DisplayTexts::date(item.dueDate))
                        : tr(" by %1").arg(DisplayTexts::date(item.dueDate));
        open.append(line.toHtmlEscaped());
    }
    if (open.isEmpty()) {
        m_openActions->setText(tr("Nothing open."));
    } else {
        const int shown = std::min<int>(open.size(), 5);
        QString text = QStringLiteral("• ") + open.mid(0, shown).join(QStringLiteral("<br>• "));
        if (open.size() > shown)
            text += tr("<br>… and %n more (see Actions)", nullptr, int(open.size() - shown));
        m_openActions->setText(text);
    }
}

void RelationshipOverviewTab::showGoals(const RelationshipSnapshot &snapshot)
{
    // A bar each, with the due date and whether it is ahead or behind its pace. A handful of rows,
    // rebuilt on each load (a summary, not a list one selects in).
    while (QLayoutItem *item = m_glanceLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (snapshot.goals.isEmpty()) {
        auto *none = PageStyle::secondary(
            tr("No goals yet — set the first goal together at your next meeting."), m_glance);
        m_glanceLayout->addWidget(none);
    }
    const Relationship &r = snapshot.relationship;
    for (const GoalDetails &details : snapshot.goals) {
        auto *row = new QWidget(m_glance);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setSpacing(12);
        auto *title = new QLabel(details.goal.title, row);
        title->setMinimumWidth(160);
        title->setWordWrap(true);
        auto *bar = new QProgressBar(row);
        bar->setRange(0, 100);
        bar->setValue(int(std::lround(details.fraction() * 100)));
        bar->setFormat(QStringLiteral("%p") + QLocale().percent());
        bar->setMaximumHeight(16);
        bar->setMinimumWidth(120);
        bar->setAccessibleName(tr("Progress of %1").arg(details.goal.title));
        // Ahead or behind by the one pace rule (GoalPace), as the goal's chart shows it.
        const GoalPace goalPace = GoalPace::of(details.goal, details.history, r.startDate);
        const PaceStatus status = goalPace.status();
        const QString pace = status == PaceStatus::NoPace ? DisplayTexts::goalStatus(details.goal.status)
                                                          : GoalPace::statusText(status);
        const Goal &goal = details.goal;
        auto *meta = PageStyle::secondary(tr("due %1 · %2").arg(DisplayTexts::date(goal.dueDate), pace), row);
        rowLayout->addWidget(title, 3);
        rowLayout->addWidget(bar, 2);
        rowLayout->addWidget(meta, 2);
        m_glanceLayout->addWidget(row);
    }
}

} // namespace trellis
