#pragma once

#include "domain/enums.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace trellis {

class HourlyModel;
class OccurrenceModel;

// The week and day views (KOrganizer's agenda view, GNOME Calendar's week view): a column per day
// of the HourlyModel, hours down the side, working hours (09:00–17:00 on weekdays) on the plain
// background and the rest shaded, today's column tinted with a line at the current time, all-day
// and multi-day occurrences in a band above. Overlapping meetings share the width of their own
// cluster only; below a readable width the rest of a cluster becomes a "+N" chip that switches to
// the day. Keyboard: Left/Right move the day, Up/Down the half-hour, Enter opens the meeting there
// or plans one, Delete cancels the selected meeting. Drag a meeting to move it, drag its lower
// edge to change its length (snapped to 15 minutes): the page turns that into an edit.
class TimeGridView final : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int WorkStartHour = 9;
    static constexpr int WorkEndHour = 17;
    static constexpr int SnapMinutes = 15;

    TimeGridView(OccurrenceModel *source, HourlyModel *hourly, QWidget *parent = nullptr);

    void setViewerRole(Role role) { m_role = role; }
    void setToday(const QDate &today);
    void setSelectedDate(const QDate &date);
    QDate selectedDate() const { return m_selected; }
    // The selected half-hour slot (minutes from midnight).
    int selectedMinute() const { return m_selectedMinute; }
    int selectedRow() const;
    void scrollToHour(int hour);
    // The narrowest an occurrence is drawn; narrower ones become "+N".
    int minimumEventWidth() const;
    // The occurrences of a day hidden behind "+N" at the current width (tests).
    int hiddenOn(const QDate &date) const;
    // The rectangle an occurrence (source row) is drawn in, in viewport coordinates; empty if hidden.
    QRectF rectOf(int sourceRow) const;

Q_SIGNALS:
    void selectedDateChanged(const QDate &date);
    void entryActivated(int sourceRow);
    void planRequested(const QDateTime &start);
    void logRequested(int sourceRow);
    void cancelRequested(int sourceRow);
    // A drag ended: the occurrence should start at `start` and last `minutes`.
    void moveRequested(int sourceRow, const QDateTime &start, int minutes);
    void dayRequested(const QDate &date);
    void contextMenuRequestedFor(int sourceRow, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Placed {
        int sourceRow = -1;
        int day = 0;
        QRectF rect;
        bool more = false; // a "+N" chip
        int hidden = 0;
    };
    struct Drag {
        int sourceRow = -1;
        bool resize = false;
        QPointF origin;
        int deltaMinutes = 0;
        int deltaDays = 0;
        int day = 0;
        bool moved = false;
    };
    qreal hourHeight() const;
    qreal gutterWidth() const;
    qreal headerHeight() const;
    qreal allDayLineHeight() const;
    int allDayLines() const;
    qreal dayWidth() const;
    qreal dayLeft(int day) const;
    qreal yOfMinute(int minute) const; // viewport y
    QList<Placed> placed() const;
    std::optional<Placed> placedAt(const QPointF &pos) const;
    std::optional<std::pair<int, int>> slotAt(const QPointF &pos) const; // day, minute
    int allDayRowAt(const QPointF &pos) const;
    struct BandBar {
        int sourceRow = -1;
        int firstDay = 0;
        int lastDay = 0;
        int line = 0;
    };
    QList<BandBar> bandBars() const;
    void updateScrollBars();
    void select(const QDate &date, int minute, int sourceRow = -1);
    void ensureSelectionVisible();

    OccurrenceModel *m_source = nullptr;
    HourlyModel *m_hourly = nullptr;
    Role m_role = Role::Mentor;
    QDate m_today;
    QDate m_selected;
    int m_selectedMinute = WorkStartHour * 60;
    QString m_selectedKey;
    Drag m_drag;
};

} // namespace trellis
