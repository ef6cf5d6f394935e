#include "calendar/daylistpopup.h"

#include "models/calendarcolours.h"
#include "models/calendartexts.h"
#include "models/occurrencemodel.h"
#include "widgets/pagestyle.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

namespace trellis {

namespace {

QIcon dot(const QColor &colour, bool hollow)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(colour));
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

QList<DayListPopup::Item> DayListPopup::itemsFor(const OccurrenceModel &source, const QDate &date,
                                                 Role viewer, const QPalette &palette)
{
    QList<Item> items;
    const QTimeZone zone = source.viewerZone();
    for (int row = 0; row < source.rowCount(); ++row) {
        const AgendaEntry &entry = source.itemAt(row);
        const auto [first, last] = CalendarAgenda::daysOf(entry.occurrence, zone);
        if (date < first || date > last)
            continue;
        items.append(
            {row, tr("%1  %2").arg(CalendarTexts::timeRange(entry, zone), CalendarTexts::who(entry, viewer)),
             CalendarTexts::tooltip(entry, viewer, source.nowUtc()),
             CalendarColours::of(entry.occurrence.relationshipId, palette).edge,
             entry.occurrence.status == OccurrenceStatus::Cancelled});
    }
    return items;
}

DayListPopup::DayListPopup(const QDate &date, const QList<Item> &items, QWidget *parent)
    : QFrame(parent, Qt::Popup)
{
    setObjectName(QStringLiteral("calendarDayList"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(4);
    auto *title = PageStyle::sectionTitle(QLocale().toString(date, QStringLiteral("dddd d MMMM")), this);
    layout->addWidget(title);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("calendarDayListItems"));
    m_list->setAccessibleName(tr("Meetings on %1").arg(QLocale().toString(date, QLocale::LongFormat)));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    for (const Item &item : items) {
        auto *row = new QListWidgetItem(dot(item.colour, item.cancelled), item.text, m_list);
        row->setData(Qt::UserRole, item.sourceRow);
        row->setToolTip(item.toolTip);
        if (item.cancelled) {
            QFont font = row->font();
            font.setStrikeOut(true);
            row->setFont(font);
        }
    }
    m_list->setCurrentRow(0);
    const int rows = std::min<int>(int(items.size()), 10);
    m_list->setFixedHeight(std::max(1, rows) * (fontMetrics().height() + 8) + 4);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    layout->addWidget(m_list);
    auto activate = [this](QListWidgetItem *item) {
        if (!item)
            return;
        const int sourceRow = item->data(Qt::UserRole).toInt();
        close();
        Q_EMIT entryActivated(sourceRow);
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemDoubleClicked, this, activate);
    m_list->setFocus();
}

} // namespace trellis
