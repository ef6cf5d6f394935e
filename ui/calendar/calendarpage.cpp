#include "calendar/calendarpage.h"

#include "calendar/agendaview.h"
#include "calendar/calendarfilterbutton.h"
#include "calendar/monthview.h"
#include "calendar/timegridview.h"
#include "commands/edits.h"
#include "dialogs/logmeetingdialog.h"
#include "dialogs/planmeetingdialog.h"
#include "models/calendarfiltersettings.h"
#include "models/calendarmoves.h"
#include "models/calendartexts.h"
#include "models/hourlymodel.h"
#include "models/meetingtime.h"
#include "models/modelloader.h"
#include "models/occurrencemodel.h"
#include "models/usersettings.h"
#include "models/weekrowmodel.h"
#include "util/clock.h"
#include "widgets/pagescaffold.h"

#include <QAction>
#include <QButtonGroup>
#include <QCursor>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

QDate weekStartOf(const QDate &date, Qt::DayOfWeek first)
{
    return date.addDays(-((date.dayOfWeek() - int(first) + 7) % 7));
}

} // namespace

CalendarPage::CalendarPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_today(Clock::today())
    , m_weekStart(UserSettings::load().weekStart)
    , m_occurrences(new OccurrenceModel(this))
    , m_hourly(new HourlyModel(m_occurrences, this))
    , m_weeks(new WeekRowModel(m_occurrences, this))
    , m_loader(new ModelLoader(context.dataSource(), OccurrenceModel::watched(), this))
    , m_choicesLoader(new ModelLoader(context.dataSource(), CalendarChoices::watched(), this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_anchor = m_today;
    m_occurrences->setViewerZone(MeetingTime::viewerZone());
    m_occurrences->setDataSource(context.dataSource());
    if (context.profile) {
        const Id person = context.profile->personId;
        switch (context.profile->role) {
        case Role::Mentor:
            m_occurrences->setScope(RelationshipScope::mentor(person));
            break;
        case Role::Mentee:
            m_occurrences->setScope(RelationshipScope::mentee(person));
            break;
        case Role::Coordinator:
            break;
        }
    }

    m_scaffold = new PageScaffold(tr("Calendar"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scaffold);

    auto *today = new QPushButton(QIcon::fromTheme(QStringLiteral("go-jump-today")), tr("Today"), this);
    today->setObjectName(QStringLiteral("calendarToday"));
    today->setToolTip(tr("Go to today (T)"));
    auto *back = new QToolButton(this);
    back->setObjectName(QStringLiteral("calendarPrevious"));
    // The style's own arrows where the desktop has no icon theme, never a blank button.
    back->setIcon(QIcon::fromTheme(layoutDirection() == Qt::RightToLeft ? QStringLiteral("go-next")
                                                                        : QStringLiteral("go-previous"),
                                   style()->standardIcon(QStyle::SP_ArrowBack)));
    back->setAccessibleName(tr("Previous"));
    back->setToolTip(tr("Previous (Page Up)"));
    auto *forward = new QToolButton(this);
    forward->setObjectName(QStringLiteral("calendarNext"));
    forward->setIcon(QIcon::fromTheme(layoutDirection() == Qt::RightToLeft ? QStringLiteral("go-previous")
                                                                           : QStringLiteral("go-next"),
                                      style()->standardIcon(QStyle::SP_ArrowForward)));
    forward->setAccessibleName(tr("Next"));
    forward->setToolTip(tr("Next (Page Down)"));
    m_period = new QLabel(this);
    m_period->setObjectName(QStringLiteral("calendarPeriod"));
    QFont periodFont = m_period->font();
    periodFont.setBold(true);
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.15);
    m_period->setFont(periodFont);
    m_scaffold->filterRow()->addWidget(today);
    m_scaffold->filterRow()->addWidget(back);
    m_scaffold->filterRow()->addWidget(forward);
    m_scaffold->filterRow()->addSpacing(8);
    m_scaffold->filterRow()->addWidget(m_period);
    m_scaffold->filterRow()->addStretch(1);

    m_filterButton =
        new CalendarFilterButton(viewerRole(), context.profile ? context.profile->personId : 0, this);
    CalendarFilter remembered = CalendarFilterSettings::load(context.dataSource());
    m_filterButton->setFilter(remembered);
    m_occurrences->setFilter(m_filterButton->filter());
    connect(m_filterButton, &CalendarFilterButton::filterChanged, this, &CalendarPage::setFilter);
    m_scaffold->filterRow()->addWidget(m_filterButton);
    m_scaffold->filterRow()->addSpacing(8);

    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    const std::pair<Mode, QString> modes[] = {{Mode::Day, tr("Day")},
                                              {Mode::Week, tr("Week")},
                                              {Mode::Month, tr("Month")},
                                              {Mode::Agenda, tr("Agenda")}};
    auto *modeRow = new QHBoxLayout;
    modeRow->setSpacing(0);
    int shortcut = 0;
    for (const auto &[mode, text] : modes) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("calendarMode%1").arg(int(mode)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(fontMetrics().horizontalAdvance(text) + 24);
        button->setToolTip(tr("%1 (Ctrl+Alt+%2)").arg(text).arg(++shortcut));
        m_modes->addButton(button, int(mode));
        modeRow->addWidget(button);
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + shortcut)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, m = mode] { setMode(m); });
        addAction(action);
    }
    m_scaffold->filterRow()->addLayout(modeRow);
    connect(m_modes, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });

    m_month = new MonthView(m_occurrences, m_weeks, this);
    m_grid = new TimeGridView(m_occurrences, m_hourly, this);
    m_agenda = new AgendaView(m_occurrences, this);
    const Role role = viewerRole();
    m_month->setViewerRole(role);
    m_grid->setViewerRole(role);
    m_agenda->agendaDelegate()->setViewerRole(role);
    // The views start from the system date; the page's today is the clock's (tests pin it).
    setToday(m_today);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_agenda);
    m_scaffold->setContent(m_stack);
    m_scaffold->follow(
        m_loader, [] { return std::optional<PageScaffold::EmptyState>(); }, tr("Loading the calendar…"));

    auto addKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addKey(QKeySequence(Qt::Key_PageUp), [this] { previous(); });
    addKey(QKeySequence(Qt::Key_PageDown), [this] { next(); });
    addKey(QKeySequence(Qt::Key_T), [this] { goToday(); });
    connect(today, &QPushButton::clicked, this, &CalendarPage::goToday);
    connect(back, &QToolButton::clicked, this, &CalendarPage::previous);
    connect(forward, &QToolButton::clicked, this, &CalendarPage::next);

    // The views' requests.
    connect(m_month, &MonthView::selectedDateChanged, this, [this](const QDate &date) {
        if (date.month() != m_anchor.month() || date.year() != m_anchor.year())
            setAnchor(date);
        else
            m_anchor = date;
    });
    connect(m_grid, &TimeGridView::selectedDateChanged, this, [this](const QDate &date) {
        if (m_hourly->rowOf(date) < 0)
            setAnchor(date);
        else
            m_anchor = date;
    });
    connect(m_grid, &TimeGridView::dayRequested, this, [this](const QDate &date) {
        m_anchor = date;
        setMode(Mode::Day);
    });
    connect(m_month, &MonthView::entryActivated, this, &CalendarPage::openEntry);
    connect(m_grid, &TimeGridView::entryActivated, this, &CalendarPage::openEntry);
    connect(m_agenda, &AgendaView::entryActivated, this, &CalendarPage::openEntry);
    connect(m_month, &MonthView::logRequested, this, &CalendarPage::logEntry);
    connect(m_grid, &TimeGridView::logRequested, this, &CalendarPage::logEntry);
    connect(m_agenda, &AgendaView::logRequested, this, &CalendarPage::logEntry);
    connect(m_month, &MonthView::cancelRequested, this, &CalendarPage::cancelEntry);
    connect(m_grid, &TimeGridView::cancelRequested, this, &CalendarPage::cancelEntry);
    connect(m_agenda, &AgendaView::cancelRequested, this, &CalendarPage::cancelEntry);
    connect(m_month, &MonthView::planRequested, this, &CalendarPage::planAt);
    connect(m_grid, &TimeGridView::planRequested, this, &CalendarPage::planAt);
    connect(m_grid, &TimeGridView::moveRequested, this, &CalendarPage::moveEntry);
    connect(m_month, &MonthView::contextMenuRequestedFor, this, &CalendarPage::showMenu);
    connect(m_grid, &TimeGridView::contextMenuRequestedFor, this, &CalendarPage::showMenu);
    connect(m_agenda, &AgendaView::contextMenuRequestedFor, this, &CalendarPage::showMenu);

    connect(m_loader, &ModelLoader::loaded, this, [this] {
        if (!m_scrolled && m_mode != Mode::Month && m_mode != Mode::Agenda) {
            // Start at the first meeting of the period or the working day, whichever is earlier.
            int hour = TimeGridView::WorkStartHour - 1;
            for (int day = 0; day < m_hourly->rowCount(); ++day)
                for (const HourlySlot &slot : m_hourly->slotsOf(day))
                    hour = std::min(hour, slot.startMinute / 60);
            m_grid->scrollToHour(hour);
            m_scrolled = true;
        }
        if (m_mode == Mode::Agenda)
            m_agenda->scrollToDate(m_anchor);
        Q_EMIT loaded();
    });
    m_choicesLoader->setLoad(&CalendarChoices::fetch, this, &CalendarPage::applyChoices);
    if (context.hasDatabase())
        m_choicesLoader->reload();

    setMode(Mode::Week);
}

Role CalendarPage::viewerRole() const
{
    return m_context.profile ? m_context.profile->role : Role::Coordinator;
}

void CalendarPage::setToday(const QDate &today)
{
    m_today = today;
    m_month->setToday(today);
    m_grid->setToday(today);
    m_agenda->agendaDelegate()->setToday(today);
}

void CalendarPage::setWeekStart(Qt::DayOfWeek day)
{
    m_weekStart = day;
    updateWindow();
}

void CalendarPage::setMode(Mode mode)
{
    m_mode = mode;
    if (QAbstractButton *button = m_modes->button(int(mode)))
        button->setChecked(true);
    m_stack->setCurrentWidget(currentView());
    m_grid->setAccessibleName(mode == Mode::Day ? tr("Day") : tr("Week"));
    m_scrolled = false;
    updateWindow();
    currentView()->setFocus();
}

QWidget *CalendarPage::currentView() const
{
    switch (m_mode) {
    case Mode::Month:
        return m_month;
    case Mode::Week:
    case Mode::Day:
        return m_grid;
    case Mode::Agenda:
        return m_agenda;
    }
    return m_grid;
}

void CalendarPage::setAnchor(const QDate &date)
{
    m_anchor = date;
    updateWindow();
}

void CalendarPage::goToday()
{
    setAnchor(m_today);
}

void CalendarPage::next()
{
    switch (m_mode) {
    case Mode::Month:
        setAnchor(m_anchor.addMonths(1));
        break;
    case Mode::Week:
        setAnchor(m_anchor.addDays(7));
        break;
    case Mode::Day:
        setAnchor(m_anchor.addDays(1));
        break;
    case Mode::Agenda:
        setAnchor(m_anchor.addDays(28));
        break;
    }
}

void CalendarPage::previous()
{
    switch (m_mode) {
    case Mode::Month:
        setAnchor(m_anchor.addMonths(-1));
        break;
    case Mode::Week:
        setAnchor(m_anchor.addDays(-7));
        break;
    case Mode::Day:
        setAnchor(m_anchor.addDays(-1));
        break;
    case Mode::Agenda:
        setAnchor(m_anchor.addDays(-28));
        break;
    }
}

QString CalendarPage::periodText() const
{
    const QLocale locale;
    const QDate first = m_occurrences->first();
    const QDate last = first.addDays(std::max(0, m_occurrences->days() - 1));
    switch (m_mode) {
    case Mode::Month:
        return locale.toString(m_anchor, QStringLiteral("MMMM yyyy"));
    case Mode::Day:
        return locale.toString(m_anchor, QLocale::LongFormat);
    case Mode::Week:
    case Mode::Agenda:
        break;
    }
    if (first.year() != last.year())
        return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM yyyy")),
                                 locale.toString(last, QStringLiteral("d MMM yyyy")));
    if (first.month() != last.month())
        return tr("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMM")),
                                 locale.toString(last, QStringLiteral("d MMM yyyy")));
    return tr("%1 – %2").arg(locale.toString(first.day()),
                             locale.toString(last, QStringLiteral("d MMMM yyyy")));
}

void CalendarPage::updateWindow()
{
    QDate first;
    int days = 7;
    switch (m_mode) {
    case Mode::Month: {
        const QDate firstOfMonth(m_anchor.year(), m_anchor.month(), 1);
        first = weekStartOf(firstOfMonth, m_weekStart);
        const QDate lastOfMonth = firstOfMonth.addMonths(1).addDays(-1);
        const QDate lastShown = weekStartOf(lastOfMonth, m_weekStart).addDays(6);
        days = int(first.daysTo(lastShown)) + 1;
        break;
    }
    case Mode::Week:
        first = weekStartOf(m_anchor, m_weekStart);
        break;
    case Mode::Day:
        first = m_anchor;
        days = 1;
        break;
    case Mode::Agenda:
        first = weekStartOf(m_anchor, m_weekStart);
        days = 28;
        break;
    }
    m_month->setMonth(m_anchor);
    m_month->setSelectedDate(m_anchor);
    m_grid->setSelectedDate(m_anchor);
    const bool changed = first != m_occurrences->first() || days != m_occurrences->days();
    m_occurrences->setWindow(first, days);
    m_period->setText(periodText());
    updateSummary();
    if (changed)
        reload();
}

void CalendarPage::reload()
{
    if (!m_context.hasDatabase())
        return;
    m_loader->setLoad(m_occurrences->fetcher(), m_occurrences, &OccurrenceModel::apply);
    m_loader->reload();
}

void CalendarPage::applyChoices(CalendarChoices choices, const LoadRequest &)
{
    m_choices = std::move(choices);
    m_filterButton->setChoices(m_choices);
    updateSummary();
}

void CalendarPage::setFilter(const CalendarFilter &filter)
{
    if (m_filterButton->filter() != filter)
        m_filterButton->setFilter(filter);
    const CalendarFilter shown = m_filterButton->filter(); // with the viewer's person
    if (shown == m_occurrences->filter())
        return;
    m_occurrences->setFilter(shown);
    CalendarFilterSettings::save(m_context.dataSource(), shown);
    updateSummary();
    reload();
}

CalendarFilter CalendarPage::filter() const
{
    return m_occurrences->filter();
}

void CalendarPage::updateSummary()
{
    m_scaffold->setSummary(m_filterButton->summary());
}

QList<CalendarChoices::Choice> CalendarPage::myRelationships() const
{
    if (!m_context.profile || m_context.profile->role == Role::Coordinator)
        return m_choices.relationships;
    QList<CalendarChoices::Choice> mine;
    const Id person = m_context.profile->personId;
    for (const CalendarChoices::Choice &choice : m_choices.relationships)
        if ((m_context.profile->role == Role::Mentor ? choice.mentorId : choice.menteeId) == person)
            mine.append(choice);
    return mine;
}

void CalendarPage::openEntry(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_occurrences->rowCount())
        return;
    Q_EMIT relationshipActivated(m_occurrences->itemAt(sourceRow).occurrence.relationshipId);
}

void CalendarPage::logEntry(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_occurrences->rowCount() || !m_context.edits)
        return;
    const Occurrence occurrence = m_occurrences->itemAt(sourceRow).occurrence;
    auto *dialog = new LogMeetingDialog(m_context, occurrence.relationshipId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Log Meeting"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->selectUnlogged(occurrence);
    dialog->open();
}

void CalendarPage::cancelEntry(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_occurrences->rowCount() || !m_context.edits)
        return;
    const AgendaEntry entry = m_occurrences->itemAt(sourceRow);
    const Occurrence &o = entry.occurrence;
    if (o.status == OccurrenceStatus::Cancelled)
        return;
    // Undoable like every edit: the status bar offers Ctrl+Z, so no "Are you sure?".
    if (o.seriesId) {
        (void)m_context.edits->cancelOccurrence(*o.seriesId, o.recurrenceId);
        return;
    }
    auto row = CalendarMoves::rowOf(m_context.dataSource(), entry);
    if (!row) {
        QMessageBox::warning(this, tr("Cancel Meeting"), row.errorMessage());
        return;
    }
    row->status = MeetingStatus::Cancelled;
    (void)m_context.edits->updateMeeting(*row);
}

void CalendarPage::moveEntry(int sourceRow, const QDateTime &start, int minutes)
{
    if (sourceRow < 0 || sourceRow >= m_occurrences->rowCount() || !m_context.edits)
        return;
    const AgendaEntry entry = m_occurrences->itemAt(sourceRow);
    const Occurrence &o = entry.occurrence;
    auto row = CalendarMoves::rowOf(m_context.dataSource(), entry);
    if (!row) {
        QMessageBox::warning(this, tr("Move Meeting"), row.errorMessage());
        return;
    }
    const Meeting values = CalendarMoves::moved(*row, entry, start, minutes);
    // Whoever is double-booked by the move, in any relationship (not only those shown or kept by
    // the filter): a bounded read of both people's meetings at the new time.
    const qint64 startUtc = start.toSecsSinceEpoch();
    QString warning;
    if (auto clashes =
            CalendarMoves::clashes(m_context.dataSource(), entry, startUtc, startUtc + qint64(minutes) * 60))
        warning = CalendarTexts::conflictWarning(*clashes, entry.mentorId, entry.menteeId,
                                                 m_occurrences->viewerZone());
    if (!o.seriesId) {
        if (!warning.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Move Meeting"), tr("This move double-books someone."),
                            QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("calendarConflictPrompt"));
            box.setInformativeText(warning);
            QPushButton *anyway = box.addButton(tr("Move Anyway"), QMessageBox::AcceptRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != anyway)
                return;
        }
        (void)m_context.edits->updateMeeting(values);
        return;
    }
    const auto counts = CalendarMoves::counts(m_context.dataSource(), entry);
    const CalendarMoves::SeriesCounts known = counts ? *counts : CalendarMoves::SeriesCounts{};
    QMessageBox box(QMessageBox::Question, tr("Move Repeating Meeting"),
                    tr("This meeting repeats. Which occurrences should move?"), QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("calendarSeriesPrompt"));
    if (!warning.isEmpty())
        box.setInformativeText(warning);
    QPushButton *only = box.addButton(tr("Only This One"), QMessageBox::AcceptRole);
    QPushButton *following = box.addButton(CalendarMoves::followingText(known), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(CalendarMoves::allText(known), QMessageBox::AcceptRole);
    box.setDefaultButton(only);
    box.exec();
    if (box.clickedButton() == only)
        (void)m_context.edits->editThisOccurrence(*o.seriesId, o.recurrenceId, values);
    else if (box.clickedButton() == following)
        (void)m_context.edits->editFollowingOccurrences(*o.seriesId, o.recurrenceId, values);
    else if (box.clickedButton() == all)
        (void)m_context.edits->editAllOccurrences(*o.seriesId, o.recurrenceId, values);
}

void CalendarPage::planAt(const QDateTime &start)
{
    if (!m_context.edits)
        return;
    const QList<CalendarChoices::Choice> mine = myRelationships();
    if (mine.isEmpty()) {
        QMessageBox::information(this, tr("Plan Meeting"),
                                 tr("There is no relationship to plan a meeting for yet."));
        return;
    }
    if (mine.size() == 1) {
        planWith(mine.first().id, start);
        return;
    }
    QStringList labels;
    for (const CalendarChoices::Choice &choice : mine)
        labels << choice.label;
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Plan Meeting"), tr("Plan a meeting for:"), labels, 0, false, &ok);
    if (!ok)
        return;
    planWith(mine.at(labels.indexOf(chosen)).id, start);
}

void CalendarPage::planWith(qint64 relationshipId, const QDateTime &start)
{
    auto *dialog = new PlanMeetingDialog(m_context, relationshipId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->loadError().isEmpty()) {
        QMessageBox::warning(this, tr("Plan Meeting"), dialog->loadError());
        delete dialog;
        return;
    }
    dialog->setStart(start);
    dialog->open();
}

void CalendarPage::showMenu(int sourceRow, const QPoint &globalPos)
{
    if (sourceRow < 0 || sourceRow >= m_occurrences->rowCount())
        return;
    const AgendaEntry entry = m_occurrences->itemAt(sourceRow);
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Relationship"), this,
                   [this, sourceRow] { openEntry(sourceRow); });
    if (m_context.edits) {
        if (entry.occurrence.isUnloggedAt(m_occurrences->nowUtc()))
            menu.addAction(QIcon::fromTheme(QStringLiteral("view-calendar-tasks")), tr("&Log It…"), this,
                           [this, sourceRow] { logEntry(sourceRow); });
        QAction *cancel =
            menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Cancel This Meeting"), this,
                           [this, sourceRow] { cancelEntry(sourceRow); });
        cancel->setShortcut(QKeySequence(Qt::Key_Delete));
        cancel->setEnabled(entry.occurrence.status != OccurrenceStatus::Cancelled);
    }
    menu.exec(globalPos.isNull() ? QCursor::pos() : globalPos);
}

} // namespace trellis
