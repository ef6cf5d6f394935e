#include "calendar/timegridview.h"

#include "calendar/daylistpopup.h"
#include "calendar/eventchip.h"
#include "models/calendarcolours.h"
#include "models/calendartexts.h"
#include "models/hourlymodel.h"
#include "models/occurrencemodel.h"
#include "models/textcontrast.h"
#include "models/weekrowmodel.h"

#include <QContextMenuEvent>
#include <QHash>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <cmath>
#include <utility>

namespace trellis {

TimeGridView::TimeGridView(OccurrenceModel *source, HourlyModel *hourly, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_source(source)
    , m_hourly(hourly)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("calendarTimeGrid"));
    setAccessibleName(tr("Week"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto changed = [this] {
        updateScrollBars();
        viewport()->update();
    };
    connect(hourly, &QAbstractItemModel::modelReset, this, changed);
    connect(hourly, &QAbstractItemModel::dataChanged, this, changed);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), [this] { viewport()->update(); });
    updateScrollBars();
}

void TimeGridView::setToday(const QDate &today)
{
    m_today = today;
    viewport()->update();
}

void TimeGridView::setSelectedDate(const QDate &date)
{
    if (m_selected == date)
        return;
    m_selected = date;
    m_selectedKey.clear();
    viewport()->update();
}

int TimeGridView::selectedRow() const
{
    if (m_selectedKey.isEmpty())
        return -1;
    for (int row = 0; row < m_source->rowCount(); ++row)
        if (m_source->itemAt(row).key() == m_selectedKey)
            return row;
    return -1;
}

qreal TimeGridView::hourHeight() const
{
    return std::round(QFontMetricsF(font()).height() * 2.6);
}

qreal TimeGridView::gutterWidth() const
{
    return QFontMetricsF(font()).horizontalAdvance(
               QLocale().toString(QTime(23, 0), QStringLiteral("HH:mm"))) +
           18;
}

qreal TimeGridView::allDayLineHeight() const
{
    return QFontMetricsF(font()).height() + 6;
}

int TimeGridView::allDayLines() const
{
    int lines = 0;
    for (const BandBar &bar : bandBars())
        lines = std::max(lines, bar.line + 1);
    return std::max(1, lines);
}

qreal TimeGridView::headerHeight() const
{
    const qreal names = QFontMetricsF(font()).height() * 2 + 12;
    return names + allDayLines() * (allDayLineHeight() + 2) + 8;
}

qreal TimeGridView::dayWidth() const
{
    return (viewport()->width() - gutterWidth()) / std::max(1, m_hourly->rowCount());
}

qreal TimeGridView::dayLeft(int day) const
{
    const int days = std::max(1, m_hourly->rowCount());
    const int column = layoutDirection() == Qt::RightToLeft ? days - 1 - day : day;
    return gutterWidth() + column * dayWidth();
}

qreal TimeGridView::yOfMinute(int minute) const
{
    return headerHeight() - verticalScrollBar()->value() + minute * hourHeight() / 60;
}

int TimeGridView::minimumEventWidth() const
{
    return QFontMetrics(font()).averageCharWidth() * 9;
}

void TimeGridView::updateScrollBars()
{
    const int content = int(24 * hourHeight());
    const int visible = std::max(0, viewport()->height() - int(headerHeight()));
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(int(hourHeight() / 2));
}

void TimeGridView::scrollToHour(int hour)
{
    verticalScrollBar()->setValue(int(hour * hourHeight()));
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

QList<TimeGridView::BandBar> TimeGridView::bandBars() const
{
    QHash<int, BandBar> byRow;
    for (int day = 0; day < m_hourly->rowCount(); ++day)
        for (const int row : m_hourly->allDayOf(day)) {
            auto it = byRow.find(row);
            if (it == byRow.end())
                byRow.insert(row, {row, day, day, 0});
            else
                it->lastDay = day;
        }
    QList<WeekBar> bars;
    QList<qint64> starts;
    for (const BandBar &b : std::as_const(byRow)) {
        WeekBar bar;
        bar.sourceRow = b.sourceRow;
        bar.firstDay = b.firstDay;
        bar.lastDay = b.lastDay;
        bar.spanning = true;
        bars.append(bar);
        starts.append(m_source->itemAt(b.sourceRow).occurrence.startUtc);
    }
    // A week has at most 7 days, the band's packing needs no more than a week's mask.
    WeekRowModel::pack(bars, starts);
    QList<BandBar> out;
    for (const WeekBar &bar : std::as_const(bars))
        out.append({bar.sourceRow, bar.firstDay, bar.lastDay, bar.line});
    return out;
}

QList<TimeGridView::Placed> TimeGridView::placed() const
{
    QList<Placed> out;
    const qreal width = dayWidth() - 8;
    const int minimum = minimumEventWidth();
    const int fit = std::max(1, int(width / minimum));
    for (int day = 0; day < m_hourly->rowCount(); ++day) {
        const QList<HourlySlot> &slots = m_hourly->slotsOf(day);
        const qreal left = dayLeft(day) + 2;
        // Walk the clusters as the layout made them (sorted by start).
        qsizetype begin = 0;
        while (begin < slots.size()) {
            qsizetype end = begin + 1;
            int reach = std::max(slots.at(begin).endMinute,
                                 slots.at(begin).startMinute + HourlyModel::MinimumMinutes);
            while (end < slots.size() && slots.at(end).startMinute < reach) {
                reach = std::max(reach, std::max(slots.at(end).endMinute,
                                                 slots.at(end).startMinute + HourlyModel::MinimumMinutes));
                ++end;
            }
            const int columns = slots.at(begin).columns;
            const int shown = columns <= fit ? columns : std::max(1, fit - 1);
            const qreal chip = columns <= fit ? 0 : std::min<qreal>(minimum * 0.7, width / 3);
            const qreal columnWidth = (width - chip) / shown;
            int hidden = 0;
            int hiddenTop = 24 * 60;
            for (qsizetype i = begin; i < end; ++i) {
                const HourlySlot &slot = slots.at(i);
                if (slot.column >= shown) {
                    ++hidden;
                    hiddenTop = std::min(hiddenTop, slot.startMinute);
                    continue;
                }
                const int endMinute =
                    std::max(slot.endMinute, slot.startMinute + HourlyModel::MinimumMinutes);
                const qreal top = yOfMinute(slot.startMinute);
                const qreal bottom = yOfMinute(endMinute);
                out.append(
                    {slot.sourceRow, day,
                     QRectF(left + slot.column * columnWidth, top + 1, columnWidth - 2, bottom - top - 2),
                     false, 0});
            }
            if (hidden > 0) {
                const qreal top = yOfMinute(hiddenTop);
                out.append({-1, day,
                            QRectF(left + shown * columnWidth, top + 1, chip - 2,
                                   std::max<qreal>(QFontMetricsF(font()).height() + 8, hourHeight() / 2)),
                            true, hidden});
            }
            begin = end;
        }
    }
    return out;
}

int TimeGridView::hiddenOn(const QDate &date) const
{
    const int day = m_hourly->rowOf(date);
    int hidden = 0;
    for (const Placed &p : placed())
        if (p.more && p.day == day)
            hidden += p.hidden;
    return hidden;
}

QRectF TimeGridView::rectOf(int sourceRow) const
{
    for (const Placed &p : placed())
        if (!p.more && p.sourceRow == sourceRow)
            return p.rect;
    return {};
}

void TimeGridView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette pal = palette();
    const QColor grid = CalendarColours::gridLine(pal);
    const QColor secondary = TextContrast::secondaryOnBase(pal);
    const QLocale locale;
    const QFontMetricsF metrics(font());
    const int days = m_hourly->rowCount();
    const qreal header = headerHeight();
    const qreal gutter = gutterWidth();
    const qreal hour = hourHeight();
    const qint64 now = m_source->nowUtc();
    const QRectF body(0, header, viewport()->width(), viewport()->height() - header);
    painter.fillRect(viewport()->rect(), pal.color(QPalette::Base));

    // Hours: off hours and weekends shaded, today tinted.
    painter.save();
    painter.setClipRect(body);
    for (int day = 0; day < days; ++day) {
        const QDate date = m_hourly->date(day);
        const qreal left = dayLeft(day);
        const bool weekend = date.dayOfWeek() >= Qt::Saturday;
        if (weekend) {
            painter.fillRect(QRectF(left, yOfMinute(0), dayWidth(), 24 * hour),
                             CalendarColours::offHours(pal));
        } else {
            painter.fillRect(QRectF(left, yOfMinute(0), dayWidth(), WorkStartHour * hour),
                             CalendarColours::offHours(pal));
            painter.fillRect(QRectF(left, yOfMinute(WorkEndHour * 60), dayWidth(), (24 - WorkEndHour) * hour),
                             CalendarColours::offHours(pal));
        }
        if (date == m_today) {
            QColor tint = CalendarColours::today(pal);
            tint.setAlphaF(0.55f);
            painter.fillRect(QRectF(left, yOfMinute(0), dayWidth(), 24 * hour), tint);
        }
    }
    for (int h = 0; h <= 24; ++h) {
        const qreal y = std::round(yOfMinute(h * 60)) + 0.5;
        painter.setPen(grid);
        painter.drawLine(QPointF(gutter, y), QPointF(viewport()->width(), y));
        if (h > 0 && h < 24) {
            painter.setPen(secondary);
            painter.drawText(QRectF(0, y - metrics.height() / 2, gutter - 8, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             // Hours and minutes as the chips show them (a locale's short
                             // format may carry seconds).
                             locale.toString(QTime(h, 0), QStringLiteral("HH:mm")));
        }
        // Half hours, dotted.
        if (h < 24) {
            QPen dotted(grid, 1, Qt::DotLine);
            painter.setPen(dotted);
            const qreal half = std::round(yOfMinute(h * 60 + 30)) + 0.5;
            painter.drawLine(QPointF(gutter, half), QPointF(viewport()->width(), half));
        }
    }
    painter.setPen(grid);
    for (int day = 0; day <= days; ++day) {
        const qreal x = std::round(gutter + day * dayWidth()) + 0.5;
        painter.drawLine(QPointF(x, header), QPointF(x, viewport()->height()));
    }
    // The selected half hour.
    if (const int day = m_hourly->rowOf(m_selected); day >= 0 && m_selectedKey.isEmpty() && hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(
            QRectF(dayLeft(day) + 1, yOfMinute(m_selectedMinute) + 1, dayWidth() - 2, hour / 2 - 2));
    }
    // Meetings.
    const QTimeZone zone = m_source->viewerZone();
    for (const Placed &p : placed()) {
        if (p.more) {
            EventChip::paintMore(painter, p.rect, pal, p.hidden, false);
            continue;
        }
        const AgendaEntry &entry = m_source->itemAt(p.sourceRow);
        QRectF rect = p.rect;
        if (m_drag.moved && m_drag.sourceRow == p.sourceRow) {
            const qreal shift = m_drag.deltaMinutes * hour / 60;
            if (m_drag.resize) {
                rect.setBottom(std::max(rect.top() + hour / 4, rect.bottom() + shift));
            } else {
                rect.translate(m_drag.deltaDays * dayWidth(), shift);
            }
        }
        EventChip::Look look;
        look.selected = entry.key() == m_selectedKey;
        look.unlogged = entry.occurrence.isUnloggedAt(now);
        look.conflict = entry.conflict;
        look.showLogIt = true;
        const QString who = CalendarTexts::who(entry, m_role);
        const bool tall = rect.height() >= 2 * metrics.height() + 4;
        const QString first = tall ? who : tr("%1 %2").arg(CalendarTexts::startTime(entry, zone), who);
        // A narrow chip (overlaps side by side) keeps its times whole.
        QFont bold = painter.font();
        bold.setBold(true);
        const QFontMetricsF plain(painter.font());
        const QString second = CalendarTexts::chipDetails(
            entry, zone, EventChip::textWidth(rect, look, QFontMetricsF(bold)),
            [&plain](const QString &text) { return plain.horizontalAdvance(text); });
        EventChip::paint(painter, rect, entry, pal, first, tall ? second : QString(), look);
    }
    // Now.
    if (const int day = m_hourly->rowOf(m_today); day >= 0) {
        const QDateTime current = QDateTime::fromSecsSinceEpoch(now, zone);
        if (current.date() == m_today) {
            const qreal y = yOfMinute(current.time().hour() * 60 + current.time().minute());
            painter.setPen(QPen(CalendarColours::conflict(pal), 2));
            painter.drawLine(QPointF(dayLeft(day), y), QPointF(dayLeft(day) + dayWidth(), y));
            painter.setBrush(CalendarColours::conflict(pal));
            painter.drawEllipse(QPointF(dayLeft(day), y), 3.5, 3.5);
        }
    }
    painter.restore();

    // The header: day names, then the all-day band.
    painter.fillRect(QRectF(0, 0, viewport()->width(), header), pal.color(QPalette::Base));
    const qreal names = metrics.height() * 2 + 12;
    for (int day = 0; day < days; ++day) {
        const QDate date = m_hourly->date(day);
        const QRectF head(dayLeft(day), 0, dayWidth(), names);
        const bool isToday = date == m_today;
        QFont bold = font();
        bold.setBold(true);
        const QString weekday = locale.dayName(date.dayOfWeek(), dayWidth() > metrics.averageCharWidth() * 14
                                                                     ? QLocale::LongFormat
                                                                     : QLocale::ShortFormat);
        painter.setPen(isToday ? pal.color(QPalette::Highlight) : secondary);
        if (isToday &&
            TextContrast::contrast(pal.color(QPalette::Highlight), pal.color(QPalette::Base)) < 4.5)
            painter.setPen(pal.color(QPalette::Text));
        painter.drawText(head.adjusted(8, 4, -4, -names / 2), Qt::AlignLeft | Qt::AlignVCenter, weekday);
        const QString number =
            // The weekday is the line above: a single day shows its date without it again.
            days == 1 ? locale.toString(date, QStringLiteral("d MMMM yyyy")) : locale.toString(date.day());
        QFont big = bold;
        big.setPointSizeF(font().pointSizeF() * (days == 1 ? 1.1 : 1.35));
        painter.setFont(big);
        const QFontMetricsF bigMetrics(big);
        QRectF numberRect(head.left() + 6, head.top() + names / 2 - 2,
                          bigMetrics.horizontalAdvance(number) + 12, bigMetrics.height() + 2);
        if (isToday) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(numberRect, numberRect.height() / 2, numberRect.height() / 2);
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(QPalette::Text));
        }
        painter.drawText(numberRect, Qt::AlignCenter, number);
        painter.setFont(font());
        if (date == m_selected && !isToday && hasFocus()) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawLine(QPointF(head.left() + 4, names - 2), QPointF(head.right() - 4, names - 2));
        }
    }
    painter.setPen(secondary);
    painter.drawText(QRectF(0, names, gutter - 8, allDayLineHeight()), Qt::AlignRight | Qt::AlignVCenter,
                     tr("All day"));
    for (const BandBar &bar : bandBars()) {
        const AgendaEntry &entry = m_source->itemAt(bar.sourceRow);
        const qreal left = std::min(dayLeft(bar.firstDay), dayLeft(bar.lastDay));
        const qreal right = std::max(dayLeft(bar.firstDay), dayLeft(bar.lastDay)) + dayWidth();
        const QRectF rect(left + 2, names + 2 + bar.line * (allDayLineHeight() + 2), right - left - 5,
                          allDayLineHeight());
        EventChip::Look look;
        look.selected = entry.key() == m_selectedKey;
        look.conflict = entry.conflict;
        const QString who = CalendarTexts::who(entry, m_role);
        EventChip::paint(painter, rect, entry, pal,
                         entry.occurrence.title.isEmpty() ? who
                                                          : tr("%1 · %2").arg(who, entry.occurrence.title),
                         {}, look);
    }
    painter.setPen(grid);
    painter.drawLine(QPointF(0, header - 0.5), QPointF(viewport()->width(), header - 0.5));
    for (int day = 0; day <= days; ++day) {
        const qreal x = std::round(gutter + day * dayWidth()) + 0.5;
        painter.drawLine(QPointF(x, names), QPointF(x, header));
    }
}

std::optional<TimeGridView::Placed> TimeGridView::placedAt(const QPointF &pos) const
{
    if (pos.y() < headerHeight())
        return std::nullopt;
    const QList<Placed> hits = placed();
    for (qsizetype i = hits.size() - 1; i >= 0; --i)
        if (hits.at(i).rect.contains(pos))
            return hits.at(i);
    return std::nullopt;
}

int TimeGridView::allDayRowAt(const QPointF &pos) const
{
    const qreal names = QFontMetricsF(font()).height() * 2 + 12;
    if (pos.y() < names || pos.y() >= headerHeight())
        return -1;
    const int line = int((pos.y() - names - 2) / (allDayLineHeight() + 2));
    for (const BandBar &bar : bandBars()) {
        const qreal left = std::min(dayLeft(bar.firstDay), dayLeft(bar.lastDay));
        const qreal right = std::max(dayLeft(bar.firstDay), dayLeft(bar.lastDay)) + dayWidth();
        if (bar.line == line && pos.x() >= left && pos.x() < right)
            return bar.sourceRow;
    }
    return -1;
}

std::optional<std::pair<int, int>> TimeGridView::slotAt(const QPointF &pos) const
{
    if (pos.x() < gutterWidth() || pos.y() < headerHeight() || m_hourly->rowCount() == 0)
        return std::nullopt;
    int column = int((pos.x() - gutterWidth()) / dayWidth());
    column = std::clamp(column, 0, m_hourly->rowCount() - 1);
    const int day = layoutDirection() == Qt::RightToLeft ? m_hourly->rowCount() - 1 - column : column;
    const int minute = int((pos.y() - yOfMinute(0)) / hourHeight() * 60);
    return std::make_pair(day, std::clamp(minute / 30 * 30, 0, 24 * 60 - 30));
}

void TimeGridView::select(const QDate &date, int minute, int sourceRow)
{
    const bool changed = date != m_selected;
    m_selected = date;
    m_selectedMinute = minute;
    m_selectedKey = sourceRow >= 0 ? m_source->itemAt(sourceRow).key() : QString();
    viewport()->update();
    if (changed)
        Q_EMIT selectedDateChanged(date);
}

void TimeGridView::ensureSelectionVisible()
{
    const qreal top = yOfMinute(m_selectedMinute);
    const qreal bottom = top + hourHeight() / 2;
    if (top < headerHeight())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - int(headerHeight() - top));
    else if (bottom > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(bottom - viewport()->height()));
}

void TimeGridView::mousePressEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (const int row = allDayRowAt(pos); row >= 0) {
        select(m_source->startOf(m_source->itemAt(row)).date(), m_selectedMinute, row);
        return;
    }
    const std::optional<Placed> hit = placedAt(pos);
    const auto slot = slotAt(pos);
    if (!slot)
        return;
    const QDate date = m_hourly->date(slot->first);
    if (hit && hit->more) {
        select(date, slot->second);
        if (m_hourly->rowCount() > 1) {
            Q_EMIT dayRequested(date);
        } else {
            auto *popup =
                new DayListPopup(date, DayListPopup::itemsFor(*m_source, date, m_role, palette()), this);
            connect(popup, &DayListPopup::entryActivated, this, &TimeGridView::entryActivated);
            popup->adjustSize();
            popup->move(viewport()->mapToGlobal(hit->rect.topLeft().toPoint()));
            popup->show();
        }
        return;
    }
    if (hit) {
        const AgendaEntry &entry = m_source->itemAt(hit->sourceRow);
        if (event->button() == Qt::LeftButton && entry.occurrence.isUnloggedAt(m_source->nowUtc()) &&
            hit->rect.height() >= 3 * QFontMetricsF(font()).height() && hit->rect.width() >= 80 &&
            EventChip::logItRect(hit->rect, palette()).contains(pos)) {
            Q_EMIT logRequested(hit->sourceRow);
            return;
        }
        select(date, slot->second, hit->sourceRow);
        if (event->button() == Qt::LeftButton)
            m_drag = {hit->sourceRow, pos.y() >= hit->rect.bottom() - 6, pos, 0, 0, hit->day, false};
        return;
    }
    select(date, slot->second);
}

void TimeGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag.sourceRow < 0) {
        const std::optional<Placed> hit = placedAt(pos);
        viewport()->setCursor(hit && !hit->more && pos.y() >= hit->rect.bottom() - 6 ? Qt::SizeVerCursor
                                                                                     : Qt::ArrowCursor);
        return;
    }
    const qreal dy = pos.y() - m_drag.origin.y();
    const int minutes = int(std::round(dy / hourHeight() * 60 / SnapMinutes)) * SnapMinutes;
    int days = 0;
    if (!m_drag.resize) {
        const auto slot = slotAt(QPointF(pos.x(), std::max(pos.y(), headerHeight() + 1)));
        days = slot ? slot->first - m_drag.day : 0;
        if (layoutDirection() == Qt::RightToLeft)
            days = -days;
    }
    if (!m_drag.moved && std::abs(dy) < 4 && days == 0)
        return;
    m_drag.moved = true;
    m_drag.deltaMinutes = minutes;
    m_drag.deltaDays = layoutDirection() == Qt::RightToLeft ? -days : days;
    viewport()->update();
}

void TimeGridView::mouseReleaseEvent(QMouseEvent *)
{
    const Drag drag = std::exchange(m_drag, Drag{});
    viewport()->update();
    if (drag.sourceRow < 0 || !drag.moved || (drag.deltaMinutes == 0 && drag.deltaDays == 0))
        return;
    const AgendaEntry &entry = m_source->itemAt(drag.sourceRow);
    const QDateTime start = m_source->startOf(entry);
    const int minutes = int((entry.occurrence.endUtc - entry.occurrence.startUtc) / 60);
    if (drag.resize)
        Q_EMIT moveRequested(drag.sourceRow, start, std::max(SnapMinutes, minutes + drag.deltaMinutes));
    else
        Q_EMIT moveRequested(drag.sourceRow,
                             start.addDays(drag.deltaDays).addSecs(qint64(drag.deltaMinutes) * 60), minutes);
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (const int row = allDayRowAt(pos); row >= 0) {
        Q_EMIT entryActivated(row);
        return;
    }
    const std::optional<Placed> hit = placedAt(pos);
    if (hit && !hit->more) {
        Q_EMIT entryActivated(hit->sourceRow);
        return;
    }
    if (const auto slot = slotAt(pos))
        Q_EMIT planRequested(QDateTime(m_hourly->date(slot->first), QTime(0, 0).addSecs(slot->second * 60),
                                       m_source->viewerZone()));
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = (event->key() == Qt::Key_Right) != rtl ? 1 : -1;
        if (m_selected.isValid())
            select(m_selected.addDays(step), m_selectedMinute);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Down ? 30 : -30;
        select(m_selected, std::clamp(m_selectedMinute + step, 0, 24 * 60 - 30));
        ensureSelectionVisible();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        if (const int row = selectedRow(); row >= 0) {
            Q_EMIT entryActivated(row);
            return;
        }
        // A meeting covering the selected half hour opens; an empty one plans.
        const int day = m_hourly->rowOf(m_selected);
        if (day >= 0)
            for (const HourlySlot &slot : m_hourly->slotsOf(day))
                if (slot.startMinute < m_selectedMinute + 30 && slot.endMinute > m_selectedMinute) {
                    Q_EMIT entryActivated(slot.sourceRow);
                    return;
                }
        Q_EMIT planRequested(
            QDateTime(m_selected, QTime(0, 0).addSecs(m_selectedMinute * 60), m_source->viewerZone()));
        return;
    }
    case Qt::Key_Delete:
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT cancelRequested(row);
        return;
    case Qt::Key_Escape:
        if (m_drag.sourceRow >= 0) {
            m_drag = {};
            viewport()->update();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimeGridView::contextMenuEvent(QContextMenuEvent *event)
{
    int row = allDayRowAt(event->pos());
    if (row < 0) {
        const std::optional<Placed> hit = placedAt(event->pos());
        row = hit && !hit->more ? hit->sourceRow : -1;
    }
    if (row < 0)
        return;
    select(m_source->startOf(m_source->itemAt(row)).date(), m_selectedMinute, row);
    Q_EMIT contextMenuRequestedFor(row, event->globalPos());
}

bool TimeGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int row = allDayRowAt(help->pos());
        const std::optional<Placed> hit = row < 0 ? placedAt(help->pos()) : std::nullopt;
        if (hit && !hit->more)
            row = hit->sourceRow;
        if (row >= 0)
            QToolTip::showText(help->globalPos(), m_source->tooltipOf(row, m_role), this);
        else if (hit && hit->more)
            QToolTip::showText(help->globalPos(), tr("%n more meeting(s) at this time", nullptr, hit->hidden),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        viewport()->update();
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace trellis
