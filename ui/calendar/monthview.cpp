#include "calendar/monthview.h"

#include "calendar/daylistpopup.h"
#include "calendar/eventchip.h"
#include "models/calendarcolours.h"
#include "models/calendartexts.h"
#include "models/occurrencemodel.h"
#include "models/textcontrast.h"
#include "models/weekrowmodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QToolTip>

namespace trellis {

MonthView::MonthView(OccurrenceModel *source, WeekRowModel *weeks, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_weeks(weeks)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarMonthView"));
    setAccessibleName(tr("Month"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    auto repaint = [this] { update(); };
    connect(weeks, &QAbstractItemModel::modelReset, this, repaint);
    connect(weeks, &QAbstractItemModel::dataChanged, this, repaint);
}

QSize MonthView::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 36};
}

QSize MonthView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, fontMetrics().height() * 18};
}

void MonthView::setMonth(const QDate &anyDayOfMonth)
{
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    update();
}

void MonthView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

void MonthView::setSelectedDate(const QDate &date)
{
    if (m_selected == date)
        return;
    m_selected = date;
    m_selectedKey.clear();
    update();
}

int MonthView::selectedRow() const
{
    if (m_selectedKey.isEmpty())
        return -1;
    for (int row = 0; row < m_source->rowCount(); ++row)
        if (m_source->itemAt(row).key() == m_selectedKey)
            return row;
    return -1;
}

MonthView::Geometry MonthView::geometry() const
{
    Geometry g;
    const QFontMetricsF metrics(font());
    g.header = metrics.height() + 12;
    const int weeks = std::max(1, m_weeks->rowCount());
    g.cellWidth = qreal(width()) / 7;
    g.cellHeight = (qreal(height()) - g.header) / weeks;
    g.numberHeight = metrics.height() + 8;
    g.lineHeight = metrics.height() + 4;
    g.lines = std::max(1, int((g.cellHeight - g.numberHeight - 4) / (g.lineHeight + 1)));
    return g;
}

QRectF MonthView::cellRect(int week, int day) const
{
    const Geometry g = geometry();
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const int column = rtl ? 6 - day : day;
    return {column * g.cellWidth, g.header + week * g.cellHeight, g.cellWidth, g.cellHeight};
}

QDate MonthView::dateAt(int week, int day) const
{
    return m_weeks->firstDate(week).addDays(day);
}

int MonthView::visibleLines(int week, int day, const Geometry &g) const
{
    const QList<WeekBar> bars = m_weeks->barsOn(week, day);
    int needed = 0;
    for (const WeekBar &bar : bars)
        needed = std::max(needed, bar.line + 1);
    return needed <= g.lines ? needed : std::max(0, g.lines - 1);
}

int MonthView::hiddenOn(const QDate &date) const
{
    const Geometry g = geometry();
    for (int week = 0; week < m_weeks->rowCount(); ++week) {
        const qint64 day = m_weeks->firstDate(week).daysTo(date);
        if (day < 0 || day > 6)
            continue;
        const int shown = visibleLines(week, int(day), g);
        int hidden = 0;
        for (const WeekBar &bar : m_weeks->barsOn(week, int(day)))
            hidden += bar.line >= shown ? 1 : 0;
        return hidden;
    }
    return 0;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const Geometry g = geometry();
    const QColor grid = CalendarColours::gridLine(pal);
    const QColor secondary = TextContrast::secondaryOnBase(pal);
    const QLocale locale;
    const qint64 now = m_source->nowUtc();
    const QFontMetricsF metrics(font());
    painter.fillRect(rect(), pal.color(QPalette::Base));

    // Weekday names.
    if (m_weeks->rowCount() > 0) {
        QFont small = font();
        small.setBold(true);
        painter.setFont(small);
        painter.setPen(secondary);
        for (int day = 0; day < 7; ++day) {
            const QRectF cell = cellRect(0, day);
            const QRectF head(cell.left(), 0, cell.width(), g.header);
            const QString name = locale.dayName(
                dateAt(0, day).dayOfWeek(),
                g.cellWidth > metrics.averageCharWidth() * 12 ? QLocale::LongFormat : QLocale::ShortFormat);
            painter.drawText(head.adjusted(8, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, name);
        }
        painter.setFont(font());
    }

    for (int week = 0; week < m_weeks->rowCount(); ++week) {
        for (int day = 0; day < 7; ++day) {
            const QDate date = dateAt(week, day);
            const QRectF cell = cellRect(week, day);
            const bool otherMonth = m_month.isValid() && date.month() != m_month.month();
            if (date == m_today)
                painter.fillRect(cell, CalendarColours::today(pal));
            else if (otherMonth || date.dayOfWeek() >= Qt::Saturday)
                painter.fillRect(cell, CalendarColours::offHours(pal));
            // The day number; today on an accent disc.
            const QString number = date.day() == 1 ? locale.toString(date, QStringLiteral("d MMM"))
                                                   : locale.toString(date.day());
            QRectF numberRect(cell.left() + 6, cell.top() + 4, metrics.horizontalAdvance(number) + 10,
                              metrics.height() + 2);
            if (date == m_today) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(pal.color(QPalette::Highlight));
                painter.drawRoundedRect(numberRect, numberRect.height() / 2, numberRect.height() / 2);
                painter.setPen(pal.color(QPalette::HighlightedText));
                QFont bold = font();
                bold.setBold(true);
                painter.setFont(bold);
            } else {
                painter.setPen(otherMonth ? secondary : pal.color(QPalette::Text));
                painter.setFont(font());
            }
            painter.drawText(numberRect, Qt::AlignCenter, number);
            painter.setFont(font());
        }
    }

    // Bars and entries, line by line.
    for (int week = 0; week < m_weeks->rowCount(); ++week) {
        int shown[7];
        for (int day = 0; day < 7; ++day)
            shown[day] = visibleLines(week, day, g);
        for (const WeekBar &bar : m_weeks->barsOf(week)) {
            bool fits = true;
            for (int day = bar.firstDay; day <= bar.lastDay; ++day)
                fits = fits && bar.line < shown[day];
            if (!fits)
                continue;
            const AgendaEntry &entry = m_source->itemAt(bar.sourceRow);
            const QRectF first = cellRect(week, bar.firstDay);
            const QRectF last = cellRect(week, bar.lastDay);
            const qreal top = first.top() + g.numberHeight + bar.line * (g.lineHeight + 1);
            const qreal left = std::min(first.left(), last.left());
            const qreal right = std::max(first.right(), last.right());
            const QRectF rect(left + 3, top, right - left - 6, g.lineHeight);
            EventChip::Look look;
            look.selected = entry.key() == m_selectedKey;
            look.unlogged = entry.occurrence.isUnloggedAt(now);
            look.conflict = entry.conflict;
            const QString who = CalendarTexts::who(entry, m_role);
            if (bar.spanning) {
                EventChip::paint(
                    painter, rect, entry, pal,
                    entry.occurrence.title.isEmpty() ? who : tr("%1 · %2").arg(who, entry.occurrence.title),
                    {}, look);
            } else {
                EventChip::paintDotted(
                    painter, rect, entry, pal,
                    tr("%1 %2").arg(CalendarTexts::startTime(entry, m_source->viewerZone()), who), look);
            }
        }
        for (int day = 0; day < 7; ++day) {
            const QDate date = dateAt(week, day);
            const int hidden = hiddenOn(date);
            if (hidden == 0)
                continue;
            const QRectF cell = cellRect(week, day);
            const QRectF more(cell.left() + 6, cell.top() + g.numberHeight + shown[day] * (g.lineHeight + 1),
                              cell.width() - 12, g.lineHeight);
            painter.setPen(pal.color(QPalette::Link));
            QFont bold = font();
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(more, Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, hidden));
            painter.setFont(font());
        }
    }

    // Grid lines over the fills, and the selected day's frame.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(grid);
    for (int week = 0; week <= m_weeks->rowCount(); ++week) {
        const int y = int(g.header + week * g.cellHeight);
        painter.drawLine(0, y, width(), y);
    }
    for (int day = 1; day < 7; ++day) {
        const int x = int(day * g.cellWidth);
        painter.drawLine(x, int(g.header), x, height());
    }
    for (int week = 0; week < m_weeks->rowCount(); ++week)
        for (int day = 0; day < 7; ++day)
            if (dateAt(week, day) == m_selected) {
                painter.setPen(QPen(pal.color(QPalette::Highlight), hasFocus() ? 2 : 1));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(cellRect(week, day).adjusted(1, 1, -1, -1));
            }
}

MonthView::Hit MonthView::hitAt(const QPointF &pos) const
{
    Hit hit;
    const Geometry g = geometry();
    if (pos.y() < g.header)
        return hit;
    const int week = int((pos.y() - g.header) / g.cellHeight);
    int column = int(pos.x() / g.cellWidth);
    if (week < 0 || week >= m_weeks->rowCount() || column < 0 || column > 6)
        return hit;
    const int day = layoutDirection() == Qt::RightToLeft ? 6 - column : column;
    hit.date = dateAt(week, day);
    const QRectF cell = cellRect(week, day);
    const int line = int((pos.y() - cell.top() - g.numberHeight) / (g.lineHeight + 1));
    if (pos.y() < cell.top() + g.numberHeight || line < 0)
        return hit;
    const int shown = visibleLines(week, day, g);
    if (line < shown) {
        for (const WeekBar &bar : m_weeks->barsOn(week, day))
            if (bar.line == line)
                hit.sourceRow = bar.sourceRow;
    } else if (line == shown && hiddenOn(hit.date) > 0) {
        hit.more = true;
    }
    return hit;
}

void MonthView::select(const QDate &date, int sourceRow)
{
    const bool changed = date != m_selected;
    m_selected = date;
    m_selectedKey = sourceRow >= 0 ? m_source->itemAt(sourceRow).key() : QString();
    update();
    if (changed)
        Q_EMIT selectedDateChanged(date);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (!hit.date.isValid())
        return;
    select(hit.date, hit.sourceRow);
    if (hit.more && event->button() == Qt::LeftButton)
        openDayList(hit.date);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const Hit hit = hitAt(event->position());
    if (!hit.date.isValid() || hit.more)
        return;
    if (hit.sourceRow >= 0)
        Q_EMIT entryActivated(hit.sourceRow);
    else
        Q_EMIT planRequested(QDateTime(hit.date, QTime(), m_source->viewerZone()));
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int step = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        step = rtl ? 1 : -1;
        break;
    case Qt::Key_Right:
        step = rtl ? -1 : 1;
        break;
    case Qt::Key_Up:
        step = -7;
        break;
    case Qt::Key_Down:
        step = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (const int row = selectedRow(); row >= 0) {
            Q_EMIT entryActivated(row);
            return;
        }
        bool any = false;
        for (int week = 0; week < m_weeks->rowCount(); ++week) {
            const qint64 day = m_weeks->firstDate(week).daysTo(m_selected);
            if (day >= 0 && day <= 6)
                any = !m_weeks->barsOn(week, int(day)).isEmpty();
        }
        if (any)
            openDayList(m_selected);
        else
            Q_EMIT planRequested(QDateTime(m_selected, QTime(), m_source->viewerZone()));
        return;
    }
    case Qt::Key_Delete:
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT cancelRequested(row);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_selected.isValid())
        select(m_selected.addDays(step));
}

void MonthView::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitAt(event->pos());
    if (hit.sourceRow < 0)
        return;
    select(hit.date, hit.sourceRow);
    Q_EMIT contextMenuRequestedFor(hit.sourceRow, event->globalPos());
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.sourceRow >= 0)
            QToolTip::showText(help->globalPos(), m_source->tooltipOf(hit.sourceRow, m_role), this);
        else if (hit.more)
            QToolTip::showText(help->globalPos(), tr("Show every meeting of this day"), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

DayListPopup *MonthView::popup() const
{
    return m_popup;
}

void MonthView::openDayList(const QDate &date)
{
    const QList<DayListPopup::Item> items = DayListPopup::itemsFor(*m_source, date, m_role, palette());
    if (items.isEmpty())
        return;
    if (m_popup)
        m_popup->close();
    m_popup = new DayListPopup(date, items, this);
    connect(m_popup, &DayListPopup::entryActivated, this, &MonthView::entryActivated);
    QRectF cell;
    for (int week = 0; week < m_weeks->rowCount(); ++week) {
        const qint64 day = m_weeks->firstDate(week).daysTo(date);
        if (day >= 0 && day <= 6)
            cell = cellRect(week, int(day));
    }
    m_popup->adjustSize();
    QPoint at = mapToGlobal(cell.topLeft().toPoint());
    if (const QScreen *s = screen()) {
        const QRect available = s->availableGeometry();
        at.setX(std::clamp(at.x(), available.left(), available.right() - m_popup->width()));
        at.setY(std::clamp(at.y(), available.top(), available.bottom() - m_popup->height()));
    }
    m_popup->move(at);
    m_popup->show();
    m_popup->list()->setFocus();
}

} // namespace trellis
