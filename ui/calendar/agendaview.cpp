#include "calendar/agendaview.h"

#include "calendar/eventchip.h"
#include "models/calendarcolours.h"
#include "models/calendartexts.h"
#include "models/meetingtime.h"
#include "models/occurrencemodel.h"
#include "models/textcontrast.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOption>
#include <QTimeZone>
#include <QToolTip>

namespace trellis {

namespace {

constexpr int Padding = 8;

} // namespace

AgendaDelegate::AgendaDelegate(OccurrenceModel *source, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_source(source)
    , m_today(QDate::currentDate())
{}

bool AgendaDelegate::startsDay(int row) const
{
    if (row <= 0)
        return true;
    return m_source->startOf(m_source->itemAt(row)).date() !=
           m_source->startOf(m_source->itemAt(row - 1)).date();
}

int AgendaDelegate::headingHeight(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() + 2 * Padding + 4;
}

QSize AgendaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    int height = 2 * line + 2 * Padding;
    if (startsDay(index.row()))
        height += headingHeight(option);
    // As wide as the viewport, never wider: a row sized before the vertical scroll bar appeared
    // would push "Log it" and the conflict mark under a horizontal one.
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return {width, height};
}

QRect AgendaDelegate::logItRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const AgendaEntry &entry = m_source->itemAt(index.row());
    if (!entry.occurrence.isUnloggedAt(m_source->nowUtc()))
        return {};
    const int top = option.rect.top() + (startsDay(index.row()) ? headingHeight(option) : 0);
    const int height = option.rect.bottom() - top;
    const int width = option.fontMetrics.horizontalAdvance(EventChip::logItText()) + 24;
    const int buttonHeight = option.fontMetrics.height() + 10;
    return {option.rect.right() - Padding - width, top + (height - buttonHeight) / 2, width, buttonHeight};
}

void AgendaDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    const AgendaEntry &entry = m_source->itemAt(index.row());
    const Occurrence &o = entry.occurrence;
    const QPalette &pal = option.palette;
    const QLocale locale;
    const QTimeZone zone = m_source->viewerZone();
    const qint64 now = m_source->nowUtc();
    const bool unlogged = o.isUnloggedAt(now);
    const bool cancelled = o.status == OccurrenceStatus::Cancelled;
    const QColor secondary = TextContrast::secondaryOnBase(pal);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QRect row = option.rect;
    if (startsDay(index.row())) {
        const QDate date = m_source->startOf(entry).date();
        QRect heading(row.left(), row.top(), row.width(), headingHeight(option));
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        QString text = locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
        if (date == m_today)
            text = tr("Today · %1").arg(text);
        else if (date == m_today.addDays(1))
            text = tr("Tomorrow · %1").arg(text);
        painter->setPen(date == m_today ? pal.color(QPalette::Text) : secondary);
        painter->drawText(heading.adjusted(Padding, Padding + 4, -Padding, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->setPen(CalendarColours::gridLine(pal));
        painter->drawLine(heading.left() + Padding, heading.bottom(), heading.right() - Padding,
                          heading.bottom());
        row.setTop(heading.bottom() + 1);
    }
    if (option.state & QStyle::State_Selected)
        painter->fillRect(row, pal.color(QPalette::Highlight));
    else if (m_source->startOf(entry).date() == m_today)
        painter->fillRect(row, CalendarColours::today(pal));
    const QColor ink = option.state & QStyle::State_Selected ? pal.color(QPalette::HighlightedText)
                                                             : pal.color(QPalette::Text);
    const QColor quiet =
        option.state & QStyle::State_Selected ? pal.color(QPalette::HighlightedText) : secondary;
    const int line = option.fontMetrics.height();
    const int timeWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("00:00–00:00")) + 2 * Padding;
    // Time, then the relationship's mark.
    QFont font = option.font;
    font.setStrikeOut(cancelled);
    painter->setFont(font);
    painter->setPen(quiet);
    painter->drawText(QRect(row.left() + Padding, row.top() + Padding, timeWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter, CalendarTexts::timeRange(entry, zone));
    const CalendarColours colours = CalendarColours::of(o.relationshipId, pal);
    const QRectF mark(row.left() + Padding + timeWidth, row.top() + Padding, 4, 2 * line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(cancelled || unlogged ? QBrush(colours.edge, Qt::Dense4Pattern) : QBrush(colours.edge));
    painter->drawRoundedRect(mark, 2, 2);
    // Who and title; the status below.
    const int textLeft = int(mark.right()) + Padding + 2;
    const QRect logIt = logItRect(option, index);
    int right = row.right() - Padding - (logIt.isEmpty() ? 0 : logIt.width() + Padding);
    if (entry.conflict)
        right -= line + 6;
    QFont bold = font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    QString first = CalendarTexts::who(entry, m_role);
    if (!o.title.isEmpty())
        first += QStringLiteral(" · ") + o.title;
    painter->drawText(QRect(textLeft, row.top() + Padding, right - textLeft, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(first, Qt::ElideRight, right - textLeft));
    painter->setFont(option.font);
    painter->setPen(quiet);
    QString second = CalendarTexts::status(entry, now);
    if (!o.allDay && !o.floating && !o.timezone.isEmpty() && o.timezone != QString::fromUtf8(zone.id()))
        second =
            tr("%1 · %2 %3")
                .arg(second,
                     locale.toString(
                         QDateTime::fromSecsSinceEpoch(o.startUtc, QTimeZone(o.timezone.toUtf8())).time(),
                         QStringLiteral("HH:mm")),
                     MeetingTime::zoneName(o.timezone));
    if (o.seriesId)
        second = tr("%1 · repeats").arg(second);
    painter->drawText(QRect(textLeft, row.top() + Padding + line + 2, right - textLeft, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(second, Qt::ElideRight, right - textLeft));
    if (entry.conflict) {
        const QRectF badge(right + 4, row.top() + (row.height() - line) / 2.0, line, line);
        painter->setPen(Qt::NoPen);
        painter->setBrush(CalendarColours::conflict(pal));
        painter->drawEllipse(badge);
        painter->setPen(Qt::white);
        painter->setFont(bold);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    if (!logIt.isEmpty()) {
        QStyleOptionButton button;
        button.rect = logIt;
        button.text = EventChip::logItText();
        button.palette = pal;
        button.state = QStyle::State_Enabled | QStyle::State_Raised;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
    }
    painter->restore();
}

AgendaView::AgendaView(OccurrenceModel *source, QWidget *parent)
    : QListView(parent)
    , m_source(source)
    , m_delegate(new AgendaDelegate(source, this))
{
    setObjectName(QStringLiteral("calendarAgenda"));
    setAccessibleName(tr("Agenda"));
    setModel(source);
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setMouseTracking(true);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT entryActivated(index.row());
    });
}

int AgendaView::selectedRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.row() : -1;
}

void AgendaView::scrollToDate(const QDate &date)
{
    for (int row = 0; row < m_source->rowCount(); ++row)
        if (m_source->startOf(m_source->itemAt(row)).date() >= date) {
            scrollTo(m_source->index(row, 0), QAbstractItemView::PositionAtTop);
            return;
        }
    scrollToBottom();
}

bool AgendaView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid())
            QToolTip::showText(help->globalPos(), m_source->tooltipOf(index.row(), m_delegate->viewerRole()),
                               viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QListView::viewportEvent(event);
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && selectedRow() >= 0) {
        Q_EMIT cancelRequested(selectedRow());
        return;
    }
    QListView::keyPressEvent(event);
}

void AgendaView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        if (m_delegate->logItRect(option, index).contains(event->position().toPoint())) {
            setCurrentIndex(index);
            Q_EMIT logRequested(index.row());
            return;
        }
    }
    QListView::mousePressEvent(event);
}

void AgendaView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    Q_EMIT contextMenuRequestedFor(index.row(), event->globalPos());
}

} // namespace trellis
