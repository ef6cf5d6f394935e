#include "charts/activitychart.h"

#include "models/displaytexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace trellis {

namespace {

const QList<StatusBucket> Buckets = {StatusBucket::OnTrack, StatusBucket::DueSoon,  StatusBucket::Overdue,
                                     StatusBucket::Paused,  StatusBucket::Proposed, StatusBucket::Ended};

// A value axis from 0 to a round number above `top`, with ticks at round steps (1, 2, 5 × 10^k; at
// least 1 for counts), so labels read 0, 5, 10, 15 rather than 3.75.
void niceAxis(QValueAxis *axis, double top, const QString &format, double minimumTop = 4)
{
    top = std::max(top, minimumTop);
    const double rough = top / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (rough <= step)
            break;
    }
    step = std::max(step, 1.0);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(format);
}

} // namespace

ActivityChart::ActivityChart(Kind kind, QGraphicsItem *parent)
    : ChartBase(parent)
    , m_kind(kind)
{}

void ActivityChart::setSeries(ActivitySeries series)
{
    m_series = std::move(series);
    rebuild();
}

void ActivityChart::setKind(Kind kind)
{
    m_kind = kind;
    rebuild();
}

QString ActivityChart::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return QStringLiteral("contact");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Completion:
        return QStringLiteral("completion");
    case Kind::Adherence:
        return QStringLiteral("adherence");
    case Kind::Hours:
        return QStringLiteral("hours");
    case Kind::Feedback:
        return QStringLiteral("feedback");
    }
    return {};
}

std::optional<ActivityChart::Kind> ActivityChart::kindNamed(const QString &name)
{
    for (const Kind kind :
         {Kind::Contact, Kind::Status, Kind::Completion, Kind::Adherence, Kind::Hours, Kind::Feedback})
        if (kindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString ActivityChart::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Contact:
        return tr("Contact against the cadence");
    case Kind::Status:
        return tr("Pairs by status");
    case Kind::Completion:
        return tr("Goal completion");
    case Kind::Adherence:
        return tr("Cadence adherence");
    case Kind::Hours:
        return tr("Mentoring hours");
    case Kind::Feedback:
        return tr("Average feedback");
    }
    return {};
}

QString ActivityChart::monthLabel(const QDate &month, bool withYear)
{
    const QLocale locale;
    return withYear ? locale.toString(month, QStringLiteral("MMM yyyy"))
                    : locale.toString(month, QStringLiteral("MMM"));
}

QStringList ActivityChart::categories() const
{
    // Month names only (the axis title gives the years), so twelve fit at 1024 px.
    QStringList labels;
    const QLocale locale;
    const QString format = m_series.months.size() > 12 ? QStringLiteral("MMM yy") : QStringLiteral("MMM");
    for (const ActivitySeries::Month &month : m_series.months)
        labels << locale.toString(month.month, format);
    return labels;
}

QString ActivityChart::monthRange() const
{
    if (m_series.months.isEmpty())
        return {};
    const QString first = monthLabel(m_series.months.first().month, true);
    const QString last = monthLabel(m_series.months.last().month, true);
    return first == last ? first : tr("%1 – %2").arg(first, last);
}

QString ActivityChart::emptyText() const
{
    if (m_series.facts.relationships.isEmpty())
        return tr("No pairs to chart yet.");
    if (m_kind == Kind::Completion && m_series.facts.goals.isEmpty())
        return tr("No goals yet: completion shows once pairs set goals.");
    return {};
}

QString ActivityChart::tipFor(int set, int index) const
{
    if (m_kind == Kind::Completion) {
        if (index < 0 || index >= m_series.completion.size())
            return {};
        const ActivitySeries::CompletionBin &bin = m_series.completion.at(index);
        const QString range = bin.fromPercent == 100 ? tr("Complete")
                                                     : tr("%1–%2").arg(DisplayTexts::percent(bin.fromPercent),
                                                                       DisplayTexts::percent(bin.toPercent));
        return tr("%1: %n goal(s)", nullptr, int(bin.goalIds.size())).arg(range);
    }
    if (index < 0 || index >= m_series.months.size())
        return {};
    const ActivitySeries::Month &m = m_series.months.at(index);
    const QString month = monthLabel(m.month, true);
    switch (m_kind) {
    case Kind::Contact: {
        QString text = month + QLatin1Char('\n') + tr("%n meeting(s) held", nullptr, m.meetingsHeld) +
                       QLatin1Char('\n') + tr("%n contact(s) logged", nullptr, m.contactsLogged);
        if (m.measuredDays > 0)
            text +=
                QLatin1Char('\n') + tr("Expected by the cadence: %1")
                                        .arg(DisplayTexts::number(std::round(m.expectedContacts * 10) / 10));
        text += QLatin1Char('\n') +
                tr("%1 h of meetings").arg(DisplayTexts::number(std::round(m.hours * 10) / 10));
        return text;
    }
    case Kind::Status: {
        if (set < 0 || set >= Buckets.size() || index >= m_series.statuses.size())
            return {};
        const ActivitySeries::StatusAt &at = m_series.statuses.at(index);
        const int count = ActivitySeries::bucketCount(at.counts, Buckets.at(set));
        return tr("%1 on %2: %n pair(s)", nullptr, count)
            .arg(ActivitySeries::bucketText(Buckets.at(set)), DisplayTexts::date(at.date));
    }
    case Kind::Adherence:
        if (!m.adherence)
            return month + QLatin1Char('\n') + tr("No pair measured");
        return month + QLatin1Char('\n') +
               tr("%1 of days within the cadence").arg(DisplayTexts::percent(std::round(*m.adherence * 100)));
    case Kind::Hours:
        return month + QLatin1Char('\n') +
               tr("%1 h in %n meeting(s)", nullptr, m.meetingsHeld)
                   .arg(DisplayTexts::number(std::round(m.hours * 10) / 10));
    case Kind::Feedback:
        if (!m.feedbackAverage)
            return month + QLatin1Char('\n') + tr("No feedback");
        return month + QLatin1Char('\n') +
               tr("Average %1 of 5 from %n rating(s)", nullptr, m.feedbackCount)
                   .arg(DisplayTexts::number(std::round(*m.feedbackAverage * 10) / 10));
    case Kind::Completion:
        break;
    }
    return {};
}

ChartTable ActivityChart::table() const
{
    ChartTable t;
    const auto optionalPercent = [](const std::optional<double> &v) {
        return v ? DisplayTexts::percent(std::round(*v * 100)) : QStringLiteral("—");
    };
    switch (m_kind) {
    case Kind::Contact:
        t.headers = {tr("Month"), tr("Meetings held"), tr("Contacts logged"), tr("Expected by cadence"),
                     tr("Hours")};
        for (const ActivitySeries::Month &m : m_series.months)
            t.rows.append({monthLabel(m.month, true), QString::number(m.meetingsHeld),
                           QString::number(m.contactsLogged),
                           DisplayTexts::number(std::round(m.expectedContacts * 10) / 10),
                           DisplayTexts::number(std::round(m.hours * 10) / 10)});
        break;
    case Kind::Status:
        t.headers = {tr("Date")};
        for (const StatusBucket bucket : Buckets)
            t.headers << ActivitySeries::bucketText(bucket);
        t.headers << tr("Pairs");
        for (const ActivitySeries::StatusAt &at : m_series.statuses) {
            QStringList row{DisplayTexts::date(at.date)};
            for (const StatusBucket bucket : Buckets)
                row << QString::number(ActivitySeries::bucketCount(at.counts, bucket));
            row << QString::number(at.counts.total);
            t.rows.append(row);
        }
        break;
    case Kind::Completion:
        t.headers = {tr("Completion"), tr("Goals")};
        for (const ActivitySeries::CompletionBin &bin : m_series.completion)
            t.rows.append({bin.fromPercent == 100 ? tr("Complete")
                                                  : tr("%1–%2").arg(DisplayTexts::percent(bin.fromPercent),
                                                                    DisplayTexts::percent(bin.toPercent)),
                           QString::number(bin.goalIds.size())});
        break;
    case Kind::Adherence:
        t.headers = {tr("Month"), tr("Days within cadence"), tr("Days measured"), tr("Adherence")};
        for (const ActivitySeries::Month &m : m_series.months)
            t.rows.append({monthLabel(m.month, true), QString::number(m.daysWithinCadence),
                           QString::number(m.measuredDays), optionalPercent(m.adherence)});
        break;
    case Kind::Hours:
        t.headers = {tr("Month"), tr("Meetings held"), tr("Hours")};
        for (const ActivitySeries::Month &m : m_series.months)
            t.rows.append({monthLabel(m.month, true), QString::number(m.meetingsHeld),
                           DisplayTexts::number(std::round(m.hours * 10) / 10)});
        break;
    case Kind::Feedback:
        t.headers = {tr("Month"), tr("Ratings"), tr("Average")};
        for (const ActivitySeries::Month &m : m_series.months)
            t.rows.append({monthLabel(m.month, true), QString::number(m.feedbackCount),
                           m.feedbackAverage ? DisplayTexts::number(std::round(*m.feedbackAverage * 10) / 10)
                                             : QStringLiteral("—")});
        break;
    }
    return t;
}

void ActivityChart::connectBars(QAbstractBarSeries *bars)
{
    const QList<QBarSet *> sets = bars->barSets();
    connect(bars, &QAbstractBarSeries::hovered, this, [this, sets](bool state, int index, QBarSet *set) {
        setTip(state ? tipFor(int(sets.indexOf(set)), index) : QString());
    });
    connect(bars, &QAbstractBarSeries::clicked, this, [this, sets](int index, QBarSet *set) {
        if (m_kind == Kind::Completion) {
            Q_EMIT completionActivated(index);
        } else if (m_kind == Kind::Status) {
            const qsizetype which = sets.indexOf(set);
            if (which >= 0 && which < Buckets.size() && index < m_series.statuses.size())
                Q_EMIT statusActivated(Buckets.at(which), m_series.statuses.at(index).date);
        } else if (index >= 0 && index < m_series.months.size()) {
            Q_EMIT monthActivated(m_series.months.at(index).month);
        }
    });
}

void ActivityChart::populate()
{
    m_main = nullptr;
    setHeading(kindTitle(m_kind));
    legend()->setVisible(true);
    switch (m_kind) {
    case Kind::Contact:
        populateContact();
        break;
    case Kind::Status:
        populateStatus();
        break;
    case Kind::Completion:
        populateCompletion();
        break;
    case Kind::Adherence:
        populateLine(true);
        break;
    case Kind::Hours:
        populateHours();
        break;
    case Kind::Feedback:
        populateLine(false);
        break;
    }
}

void ActivityChart::populateContact()
{
    const ChartPalette &c = colours();
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    x->setTitleText(monthRange());
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);

    auto *bars = new QStackedBarSeries;
    auto *meetings = new QBarSet(tr("Meetings held"));
    auto *contacts = new QBarSet(tr("Contacts logged"));
    meetings->setColor(c.accent);
    meetings->setBorderColor(c.accent);
    contacts->setColor(ChartPalette::faded(c.accent, 110));
    contacts->setBorderColor(c.accent);
    double top = 0;
    double hoursTop = 0;
    auto *cadence = new QLineSeries;
    cadence->setName(tr("Expected by the cadence"));
    auto *hours = new QLineSeries;
    hours->setName(tr("Hours (right axis)"));
    for (qsizetype i = 0; i < m_series.months.size(); ++i) {
        const ActivitySeries::Month &m = m_series.months.at(i);
        *meetings << m.meetingsHeld;
        *contacts << m.contactsLogged;
        cadence->append(qreal(i), m.expectedContacts);
        hours->append(qreal(i), m.hours);
        top = std::max({top, double(m.meetingsHeld + m.contactsLogged), m.expectedContacts});
        hoursTop = std::max(hoursTop, m.hours);
    }
    bars->append(meetings);
    bars->append(contacts);
    bars->setBarWidth(0.6);
    addSeries(bars);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    niceAxis(y, top, QStringLiteral("%g"));
    y->setTitleText(tr("Meetings and contacts"));
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    connectBars(bars);
    m_main = bars;

    cadence->setPen(QPen(c.warning, 2.0, Qt::DashLine));
    addSeries(cadence);
    cadence->attachAxis(x);
    cadence->attachAxis(y);

    auto *yHours = new QValueAxis;
    niceAxis(yHours, hoursTop, QStringLiteral("%g h"));
    styleAxis(yHours, false);
    addAxis(yHours, Qt::AlignRight);
    hours->setPen(QPen(c.accent2, 2.0));
    hours->setPointsVisible(true);
    hours->setMarkerSize(6);
    addSeries(hours);
    hours->attachAxis(x);
    hours->attachAxis(yHours);
    connect(hours, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        setTip(state ? tipFor(0, int(std::lround(point.x()))) : QString());
    });
}

void ActivityChart::populateStatus()
{
    const ChartPalette &c = colours();
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    x->setTitleText(monthRange());
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);
    auto *bars = new QStackedBarSeries;
    const QList<QColor> colourOf = {c.good, c.warning, c.bad, c.neutral, c.proposed, c.ended};
    int top = 0;
    for (qsizetype b = 0; b < Buckets.size(); ++b) {
        auto *set = new QBarSet(ActivitySeries::bucketText(Buckets.at(b)));
        set->setColor(colourOf.at(b));
        set->setBorderColor(c.background);
        for (const ActivitySeries::StatusAt &at : m_series.statuses)
            *set << ActivitySeries::bucketCount(at.counts, Buckets.at(b));
        bars->append(set);
    }
    for (const ActivitySeries::StatusAt &at : m_series.statuses)
        top = std::max(top, at.counts.total);
    bars->setBarWidth(0.65);
    addSeries(bars);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    niceAxis(y, top, QStringLiteral("%g"));
    y->setTitleText(tr("Pairs"));
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    connectBars(bars);
    m_main = bars;
}

void ActivityChart::populateCompletion()
{
    const ChartPalette &c = colours();
    auto *x = new QBarCategoryAxis;
    QStringList labels;
    for (const ActivitySeries::CompletionBin &bin : m_series.completion)
        labels << (bin.fromPercent == 100 ? tr("Complete")
                                          : tr("%1–%2").arg(DisplayTexts::percent(bin.fromPercent),
                                                            DisplayTexts::percent(bin.toPercent)));
    x->append(labels);
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Goals"));
    set->setColor(c.accent);
    set->setBorderColor(c.accent);
    qsizetype top = 0;
    for (const ActivitySeries::CompletionBin &bin : m_series.completion) {
        *set << qreal(bin.goalIds.size());
        top = std::max(top, bin.goalIds.size());
    }
    bars->append(set);
    bars->setBarWidth(0.7);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    set->setLabelColor(c.text);
    addSeries(bars);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    niceAxis(y, double(top) * 1.08, QStringLiteral("%g"));
    y->setTitleText(tr("Goals"));
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    connectBars(bars);
    legend()->setVisible(false);
    m_main = bars;
}

void ActivityChart::populateLine(bool adherence)
{
    const ChartPalette &c = colours();
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    x->setTitleText(monthRange());
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);
    auto *y = new QValueAxis;
    // A little room above the top value, so a point at 100% (or 5) is not cut in half.
    y->setTickType(QValueAxis::TicksDynamic);
    if (adherence) {
        y->setRange(0, 104);
        y->setTickAnchor(0);
        y->setTickInterval(25);
        y->setLabelFormat(QStringLiteral("%.0f%%"));
    } else {
        y->setRange(0.9, 5.1);
        y->setTickAnchor(1);
        y->setTickInterval(1);
        y->setLabelFormat(QStringLiteral("%.0f"));
    }
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);
    auto *line = new QLineSeries;
    line->setName(adherence ? tr("Days within the cadence") : tr("Average rating"));
    for (qsizetype i = 0; i < m_series.months.size(); ++i) {
        const ActivitySeries::Month &m = m_series.months.at(i);
        std::optional<double> value = adherence ? m.adherence : m.feedbackAverage;
        if (adherence && value)
            *value *= 100;
        if (value)
            line->append(qreal(i), *value);
    }
    line->setPen(QPen(adherence ? c.good : c.accent, 2.5));
    line->setPointsVisible(true);
    line->setMarkerSize(7);
    addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &point, bool state) {
        setTip(state ? tipFor(0, int(std::lround(point.x()))) : QString());
    });
    connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
        const int index = int(std::lround(point.x()));
        if (index >= 0 && index < m_series.months.size())
            Q_EMIT monthActivated(m_series.months.at(index).month);
    });
    m_main = line;
}

void ActivityChart::populateHours()
{
    const ChartPalette &c = colours();
    auto *x = new QBarCategoryAxis;
    x->append(categories());
    x->setTitleText(monthRange());
    styleAxis(x, false);
    addAxis(x, Qt::AlignBottom);
    auto *bars = new QBarSeries;
    auto *set = new QBarSet(tr("Hours of held meetings"));
    set->setColor(c.accent2);
    set->setBorderColor(c.accent2);
    double top = 0;
    for (const ActivitySeries::Month &m : m_series.months) {
        *set << m.hours;
        top = std::max(top, m.hours);
    }
    bars->append(set);
    bars->setBarWidth(0.6);
    addSeries(bars);
    bars->attachAxis(x);
    auto *y = new QValueAxis;
    niceAxis(y, top, QStringLiteral("%g h"));
    styleAxis(y);
    addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    connectBars(bars);
    m_main = bars;
}

} // namespace trellis
