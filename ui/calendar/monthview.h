#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

namespace trellis {

class DayListPopup;
class OccurrenceModel;
class WeekRowModel;

// The month grid (KOrganizer's and GNOME Calendar's month view): one row per week of the
// WeekRowModel, the locale's (or the chosen) first day of the week on the left, today's number on
// an accent disc, days of other months quieter, all-day and multi-day occurrences as bars across
// their days and timed ones as a coloured dot with time and name. A day with more than fits shows
// "+N more", which opens the day's list (also Enter on a day with meetings), reachable from the
// keyboard. Arrows move the selected day, Enter opens it, double-click on an empty day plans a
// meeting there.
class MonthView final : public QWidget {
    Q_OBJECT
public:
    MonthView(OccurrenceModel *source, WeekRowModel *weeks, QWidget *parent = nullptr);

    void setMonth(const QDate &anyDayOfMonth);
    void setSelectedDate(const QDate &date);
    QDate selectedDate() const { return m_selected; }
    void setViewerRole(Role role) { m_role = role; }
    void setToday(const QDate &today);
    // The selected occurrence's row in the source, -1 for none.
    int selectedRow() const;
    // How many occurrences of `date` are hidden behind "+N more" at the current size (tests).
    int hiddenOn(const QDate &date) const;
    // The day list popup now open, if any (tests).
    DayListPopup *popup() const;
    void openDayList(const QDate &date);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectedDateChanged(const QDate &date);
    // Double-click or Enter on a meeting.
    void entryActivated(int sourceRow);
    // Double-click or Enter on an empty day.
    void planRequested(const QDateTime &start);
    void logRequested(int sourceRow);
    void cancelRequested(int sourceRow);
    // The context menu's other items are the page's (it knows the edits).
    void contextMenuRequestedFor(int sourceRow, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Hit {
        QDate date;
        int sourceRow = -1;
        bool more = false;
    };
    struct Geometry {
        qreal header = 0;
        qreal cellWidth = 0;
        qreal cellHeight = 0;
        qreal numberHeight = 0;
        qreal lineHeight = 0;
        int lines = 0; // lines of bars that fit in a cell
    };
    Geometry geometry() const;
    QRectF cellRect(int week, int day) const;
    Hit hitAt(const QPointF &pos) const;
    // The lines shown in a cell of `week` on `day`: all, or all but the last when some are hidden.
    int visibleLines(int week, int day, const Geometry &g) const;
    QDate dateAt(int week, int day) const;
    void select(const QDate &date, int sourceRow = -1);

    OccurrenceModel *m_source = nullptr;
    WeekRowModel *m_weeks = nullptr;
    QDate m_month;
    QDate m_selected;
    QDate m_today;
    QString m_selectedKey;
    Role m_role = Role::Mentor;
    QPointer<DayListPopup> m_popup;
};

} // namespace trellis
