#include "calendar/calendarfilterbutton.h"

#include "models/choicelistmodel.h"
#include "widgets/searchablecombobox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis {

namespace {

void sortByLabel(QList<CalendarChoices::Choice> &choices)
{
    std::sort(choices.begin(), choices.end(),
              [](const CalendarChoices::Choice &a, const CalendarChoices::Choice &b) {
                  return QString::localeAwareCompare(a.label, b.label) < 0;
              });
}

} // namespace

CalendarFilterButton::CalendarFilterButton(Role viewer, Id me, QWidget *parent)
    : QToolButton(parent)
    , m_viewer(viewer)
    , m_me(me)
{
    setObjectName(QStringLiteral("calendarFilter"));
    setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setToolTip(tr("Show only some meetings: by mentee, mentor, cohort or status"));
    m_filter.me = me;

    // A popup frame rather than a QMenu: the pickers are searchable line edits, which a menu's
    // keyboard handling would swallow.
    m_popup = new QFrame(this, Qt::Popup);
    m_popup->setObjectName(QStringLiteral("calendarFilterPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAccessibleName(tr("Calendar filters"));
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto picker = [this](const QString &name, ChoiceListModel *&model) {
        model = new ChoiceListModel(this);
        auto *box = new SearchableComboBox(m_popup);
        box->setObjectName(name);
        box->setChoices(model);
        box->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                takeFromWidgets();
        });
        return box;
    };
    m_mentee = picker(QStringLiteral("calendarFilterMentee"), m_menteeChoices);
    m_mentor = picker(QStringLiteral("calendarFilterMentor"), m_mentorChoices);
    m_cohort = picker(QStringLiteral("calendarFilterCohort"), m_cohortChoices);
    form->addRow(tr("&Mentee:"), m_mentee);
    form->addRow(tr("M&entor:"), m_mentor);
    form->addRow(tr("&Cohort:"), m_cohort);
    // A mentor sees only their own relationships, a mentee only theirs.
    form->setRowVisible(m_mentee, viewer != Role::Mentee);
    form->setRowVisible(m_mentor, viewer != Role::Mentor);

    auto *statuses = new QGridLayout;
    statuses->setHorizontalSpacing(16);
    auto check = [this](const QString &text, const QString &name) {
        auto *box = new QCheckBox(text, m_popup);
        box->setObjectName(name);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                takeFromWidgets();
        });
        return box;
    };
    m_planned = check(tr("&Planned"), QStringLiteral("calendarFilterPlanned"));
    m_held = check(tr("&Held"), QStringLiteral("calendarFilterHeld"));
    m_cancelled = check(tr("C&ancelled"), QStringLiteral("calendarFilterCancelled"));
    m_unlogged = check(tr("&Not logged yet"), QStringLiteral("calendarFilterUnlogged"));
    statuses->addWidget(m_planned, 0, 0);
    statuses->addWidget(m_held, 0, 1);
    statuses->addWidget(m_unlogged, 1, 0);
    statuses->addWidget(m_cancelled, 1, 1);
    form->addRow(tr("Status:"), statuses);
    layout->addLayout(form);

    m_onlyMine = check(tr("&Only meetings I take part in"), QStringLiteral("calendarFilterOnlyMine"));
    // Mentors and mentees see only their own meetings anyway.
    m_onlyMine->setVisible(viewer == Role::Coordinator);
    layout->addWidget(m_onlyMine);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_clear = new QPushButton(tr("C&lear Filters"), m_popup);
    m_clear->setObjectName(QStringLiteral("calendarFilterClear"));
    connect(m_clear, &QPushButton::clicked, this, [this] {
        CalendarFilter cleared;
        cleared.me = m_me;
        setFilter(cleared);
        Q_EMIT filterChanged(m_filter);
    });
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(this, &QToolButton::clicked, this, &CalendarFilterButton::showPopup);
    showFilterInWidgets();
    updateText();
}

void CalendarFilterButton::setChoices(const CalendarChoices &choices)
{
    QHash<Id, QString> names;
    for (const CalendarChoices::Choice &person : choices.people)
        names.insert(person.id, person.label);
    QHash<Id, QString> cohortNames;
    for (const CalendarChoices::Choice &cohort : choices.cohorts)
        cohortNames.insert(cohort.id, cohort.label);
    QSet<Id> mentees;
    QSet<Id> mentors;
    QSet<Id> cohorts;
    for (const CalendarChoices::Choice &r : choices.relationships) {
        const bool mine = r.mentorId == m_me || r.menteeId == m_me;
        if (m_viewer != Role::Coordinator && !mine)
            continue;
        mentees.insert(r.menteeId);
        mentors.insert(r.mentorId);
        if (r.cohortId != 0)
            cohorts.insert(r.cohortId);
    }
    auto listOf = [](const QSet<Id> &ids, const QHash<Id, QString> &labels, const QString &any) {
        QList<CalendarChoices::Choice> list;
        for (const Id id : ids)
            if (labels.contains(id))
                list.append({id, labels.value(id)});
        sortByLabel(list);
        list.prepend({0, any});
        return list;
    };
    m_updating = true;
    m_menteeChoices->setChoices(listOf(mentees, names, tr("Any mentee")));
    m_mentorChoices->setChoices(listOf(mentors, names, tr("Any mentor")));
    m_cohortChoices->setChoices(listOf(cohorts, cohortNames, tr("Any cohort")));
    m_updating = false;
    m_form->setRowVisible(m_cohort, !cohorts.isEmpty() || m_filter.cohort.has_value());
    showFilterInWidgets();
    updateText();
}

void CalendarFilterButton::setFilter(const CalendarFilter &filter)
{
    m_filter = filter;
    m_filter.me = m_me;
    showFilterInWidgets();
    updateText();
}

void CalendarFilterButton::selectId(SearchableComboBox *box, const std::optional<Id> &id)
{
    const int row = box->findData(QVariant::fromValue<qint64>(id.value_or(0)));
    box->setCurrentIndex(std::max(0, row));
}

void CalendarFilterButton::showFilterInWidgets()
{
    m_updating = true;
    selectId(m_mentee, m_filter.mentee);
    selectId(m_mentor, m_filter.mentor);
    selectId(m_cohort, m_filter.cohort);
    m_planned->setChecked(m_filter.shows(CalendarFilter::Status::Planned));
    m_held->setChecked(m_filter.shows(CalendarFilter::Status::Held));
    m_cancelled->setChecked(m_filter.shows(CalendarFilter::Status::Cancelled));
    m_unlogged->setChecked(m_filter.shows(CalendarFilter::Status::Unlogged));
    m_onlyMine->setChecked(m_filter.onlyMine);
    m_clear->setEnabled(m_filter.activeCount() > 0);
    m_updating = false;
}

void CalendarFilterButton::takeFromWidgets()
{
    auto idOf = [](const SearchableComboBox *box) {
        const qint64 id = box->currentData().toLongLong();
        return id > 0 ? std::optional<Id>(id) : std::nullopt;
    };
    CalendarFilter filter;
    filter.me = m_me;
    // A picker whose entries have not come yet keeps what was remembered.
    filter.mentee = m_menteeChoices->rowCount() > 1 ? idOf(m_mentee) : m_filter.mentee;
    filter.mentor = m_mentorChoices->rowCount() > 1 ? idOf(m_mentor) : m_filter.mentor;
    filter.cohort = m_cohortChoices->rowCount() > 1 ? idOf(m_cohort) : m_filter.cohort;
    filter.setShown(CalendarFilter::Status::Planned, m_planned->isChecked());
    filter.setShown(CalendarFilter::Status::Held, m_held->isChecked());
    filter.setShown(CalendarFilter::Status::Cancelled, m_cancelled->isChecked());
    filter.setShown(CalendarFilter::Status::Unlogged, m_unlogged->isChecked());
    filter.onlyMine = m_viewer == Role::Coordinator && m_onlyMine->isChecked();
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_clear->setEnabled(m_filter.activeCount() > 0);
    updateText();
    Q_EMIT filterChanged(m_filter);
}

QString CalendarFilterButton::labelOf(const ChoiceListModel *model, const std::optional<Id> &id) const
{
    if (!id)
        return {};
    for (const CalendarChoices::Choice &choice : model->choices())
        if (choice.id == *id)
            return choice.label;
    return {};
}

QString CalendarFilterButton::summary() const
{
    QStringList parts;
    if (const QString mentee = labelOf(m_menteeChoices, m_filter.mentee); !mentee.isEmpty())
        parts << tr("mentee %1").arg(mentee);
    if (const QString mentor = labelOf(m_mentorChoices, m_filter.mentor); !mentor.isEmpty())
        parts << tr("mentor %1").arg(mentor);
    if (const QString cohort = labelOf(m_cohortChoices, m_filter.cohort); !cohort.isEmpty())
        parts << tr("cohort %1").arg(cohort);
    if ((m_filter.statuses & CalendarFilter::AllStatuses) != CalendarFilter::AllStatuses) {
        QStringList shown;
        const std::pair<CalendarFilter::Status, QString> statuses[] = {
            {CalendarFilter::Status::Planned, tr("planned")},
            {CalendarFilter::Status::Unlogged, tr("not logged yet")},
            {CalendarFilter::Status::Held, tr("held")},
            {CalendarFilter::Status::Cancelled, tr("cancelled")}};
        for (const auto &[status, text] : statuses)
            if (m_filter.shows(status))
                shown << text;
        parts << shown.join(tr(", "));
    }
    if (m_filter.onlyMine)
        parts << tr("only meetings I take part in");
    if (parts.isEmpty())
        return {};
    return tr("Showing %1").arg(parts.join(QStringLiteral(" · ")));
}

void CalendarFilterButton::updateText()
{
    const int active = m_filter.activeCount();
    setText(active == 0 ? tr("Filter") : tr("Filter (%1)").arg(QLocale().toString(active)));
    setAccessibleName(active == 0 ? tr("Filter meetings")
                                  : tr("Filter meetings, %n filter(s) in use", nullptr, active));
}

void CalendarFilterButton::showPopup()
{
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(),
                           std::max(available.left(), available.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    (m_viewer == Role::Mentee ? static_cast<QWidget *>(m_mentor) : m_mentee)->setFocus();
}

} // namespace trellis
