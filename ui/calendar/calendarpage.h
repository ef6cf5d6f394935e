#pragma once

#include "insights/calendarfilter.h"
#include "models/calendarchoices.h"
#include "workspace/workspacecontext.h"

#include <QDate>
#include <QWidget>

class QAction;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace trellis {

class AgendaView;
class CalendarFilterButton;
class HourlyModel;
class ModelLoader;
class MonthView;
class OccurrenceModel;
class PageScaffold;
class TimeGridView;
class WeekRowModel;
struct AgendaEntry;

// The Calendar place: month, week, day and agenda views of every meeting of the profile's
// relationships (a coordinator's: all), over one OccurrenceModel whose window follows the view
// and the period shown, with the hourly and week-row layouts on top. PgUp/PgDn change the
// period, T goes to today, Ctrl+Alt+1…4 switch views; double-click or Enter on an empty slot
// plans a meeting there (Plan meeting dialog), on a meeting opens its relationship; dragging in
// the week and day views moves or resizes one occurrence (for a series the prompt names how many
// change; a move that double-books someone names them and the other meeting first); Delete
// cancels; every change is one undo step through Edits. The Filter button narrows what is shown.
class CalendarPage final : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Month, Week, Day, Agenda };
    Q_ENUM(Mode)

    explicit CalendarPage(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setAnchor(const QDate &date);
    QDate anchor() const { return m_anchor; }
    void goToday();
    void next();
    void previous();
    QString periodText() const;
    void setWeekStart(Qt::DayOfWeek day);
    Qt::DayOfWeek weekStart() const { return m_weekStart; }
    // "Today" for the views and the window (tests pin it).
    void setToday(const QDate &today);

    // What the views show of the window (mentee, mentor, cohort, status, only mine): applied by
    // the occurrence fetch, remembered for this database (CalendarFilterSettings).
    void setFilter(const CalendarFilter &filter);
    CalendarFilter filter() const;
    CalendarFilterButton *filterButton() const { return m_filterButton; }

    OccurrenceModel *occurrences() const { return m_occurrences; }
    HourlyModel *hourly() const { return m_hourly; }
    WeekRowModel *weeks() const { return m_weeks; }
    MonthView *monthView() const { return m_month; }
    TimeGridView *timeGrid() const { return m_grid; }
    AgendaView *agendaView() const { return m_agenda; }
    ModelLoader *loader() const { return m_loader; }

    // The edits behind the views' requests (public so tests drive them without a mouse).
    void openEntry(int sourceRow);
    void logEntry(int sourceRow);
    void cancelEntry(int sourceRow);
    void moveEntry(int sourceRow, const QDateTime &start, int minutes);
    void planAt(const QDateTime &start);

Q_SIGNALS:
    void loaded();
    void relationshipActivated(qint64 relationshipId);

private:
    void reload();
    void updateWindow();
    void updateSummary();
    void applyChoices(CalendarChoices choices, const LoadRequest &request);
    void showMenu(int sourceRow, const QPoint &globalPos);
    void planWith(qint64 relationshipId, const QDateTime &start);
    QList<CalendarChoices::Choice> myRelationships() const;
    Role viewerRole() const;
    QWidget *currentView() const;

    WorkspaceContext m_context;
    Mode m_mode = Mode::Week;
    QDate m_anchor;
    QDate m_today;
    Qt::DayOfWeek m_weekStart = Qt::Monday;
    OccurrenceModel *m_occurrences = nullptr;
    HourlyModel *m_hourly = nullptr;
    WeekRowModel *m_weeks = nullptr;
    ModelLoader *m_loader = nullptr;
    ModelLoader *m_choicesLoader = nullptr;
    CalendarChoices m_choices;
    PageScaffold *m_scaffold = nullptr;
    QStackedWidget *m_stack = nullptr;
    MonthView *m_month = nullptr;
    TimeGridView *m_grid = nullptr;
    AgendaView *m_agenda = nullptr;
    QLabel *m_period = nullptr;
    CalendarFilterButton *m_filterButton = nullptr;
    QButtonGroup *m_modes = nullptr;
    bool m_scrolled = false;
};

} // namespace trellis
