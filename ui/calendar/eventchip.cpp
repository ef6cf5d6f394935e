#include "calendar/eventchip.h"

#include "models/calendarcolours.h"
#include "models/textcontrast.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace trellis {

namespace {

constexpr qreal Radius = 4.0;

QColor faded(const QColor &colour, const QColor &towards)
{
    return QColor::fromRgbF(float((colour.redF() + towards.redF()) / 2),
                            float((colour.greenF() + towards.greenF()) / 2),
                            float((colour.blueF() + towards.blueF()) / 2));
}

void drawConflictBadge(QPainter &painter, const QRectF &rect, const QPalette &palette)
{
    const qreal size = std::min<qreal>(QFontMetricsF(painter.font()).height(), rect.height() - 2);
    if (size < 8)
        return;
    const QRectF badge(rect.right() - size - 2, rect.top() + 2, size, size);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(CalendarColours::conflict(palette));
    painter.drawEllipse(badge);
    QFont bold = painter.font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(TextContrast::contrast(Qt::white, CalendarColours::conflict(palette)) >= 3.0
                       ? QColor(Qt::white)
                       : QColor(Qt::black));
    painter.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    painter.restore();
}

} // namespace

QString EventChip::logItText()
{
    return QCoreApplication::translate("EventChip", "Log it");
}

QRectF EventChip::logItRect(const QRectF &chip, const QPalette &)
{
    const QFontMetricsF metrics{QFont()};
    const qreal width = metrics.horizontalAdvance(logItText()) + 12;
    const qreal height = metrics.height() + 4;
    return {chip.right() - width - 3, chip.bottom() - height - 3, width, height};
}

void EventChip::paint(QPainter &painter, const QRectF &rect, const AgendaEntry &entry,
                      const QPalette &palette, const QString &first, const QString &second, const Look &look)
{
    const Occurrence &o = entry.occurrence;
    const bool cancelled = o.status == OccurrenceStatus::Cancelled;
    CalendarColours colours = CalendarColours::of(o.relationshipId, palette);
    const QColor base = palette.color(QPalette::Base);
    if (cancelled || look.unlogged) {
        colours.fill = faded(colours.fill, base);
        colours.text = TextContrast::contrast(colours.text, colours.fill) >= TextContrast::BodyText
                           ? colours.text
                           : TextContrast::muted(palette.color(QPalette::Text), colours.fill);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, Radius, Radius);
    painter.fillPath(path, colours.fill);
    if (look.unlogged) {
        QPen dashed(colours.edge, 1.2, Qt::DashLine);
        painter.setPen(dashed);
        painter.drawPath(path);
    }
    // The relationship's edge on the left.
    painter.setClipPath(path);
    painter.fillRect(QRectF(box.left(), box.top(), 3.5, box.height()),
                     cancelled ? faded(colours.edge, base) : colours.edge);
    painter.setClipping(false);
    if (look.selected) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), Radius, Radius);
    }

    QFont font = painter.font();
    font.setStrikeOut(cancelled);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    QRectF text = box.adjusted(7, 2, 0, -2);
    text.setWidth(textWidth(rect, look, metrics));
    painter.setPen(colours.text);
    painter.setFont(bold);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                     metrics.elidedText(first, Qt::ElideRight, text.width()));
    const qreal lineHeight = metrics.height();
    if (!second.isEmpty() && text.height() >= 2 * lineHeight) {
        painter.setFont(font);
        const QFontMetricsF plain(font);
        const QRectF below = text.adjusted(0, lineHeight, 0, 0);
        painter.drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         below.height() >= 2 * lineHeight
                             ? second
                             : plain.elidedText(second, Qt::ElideRight, below.width()));
    }
    if (look.showLogIt && look.unlogged && rect.height() >= 3 * lineHeight && rect.width() >= 80) {
        const QRectF link = logItRect(rect, palette);
        QPainterPath button;
        button.addRoundedRect(link, 3, 3);
        painter.fillPath(button, palette.color(QPalette::Button));
        painter.setPen(QPen(colours.edge, 1));
        painter.drawPath(button);
        QFont linkFont;
        painter.setFont(linkFont);
        painter.setPen(palette.color(QPalette::ButtonText));
        painter.drawText(link, Qt::AlignCenter, logItText());
    }
    if (look.conflict)
        drawConflictBadge(painter, box, palette);
    painter.restore();
}

qreal EventChip::textWidth(const QRectF &rect, const Look &look, const QFontMetricsF &bold)
{
    const qreal badge = look.conflict ? bold.height() + 4 : 0;
    return std::max<qreal>(0, rect.width() - 1 - 7 - 4 - badge);
}

void EventChip::paintDotted(QPainter &painter, const QRectF &rect, const AgendaEntry &entry,
                            const QPalette &palette, const QString &text, const Look &look)
{
    const Occurrence &o = entry.occurrence;
    const bool cancelled = o.status == OccurrenceStatus::Cancelled;
    const CalendarColours colours = CalendarColours::of(o.relationshipId, palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(CalendarColours::today(palette));
        painter.drawRoundedRect(rect, Radius, Radius);
    }
    const qreal dot = std::min<qreal>(8, rect.height() - 4);
    const QRectF dotRect(rect.left() + 3, rect.center().y() - dot / 2, dot, dot);
    if (look.unlogged || cancelled) {
        painter.setPen(QPen(colours.edge, 1.5));
        painter.setBrush(Qt::NoBrush);
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.edge);
    }
    painter.drawEllipse(dotRect);
    QFont font = painter.font();
    font.setStrikeOut(cancelled);
    painter.setFont(font);
    const QColor ink =
        cancelled || look.unlogged ? TextContrast::secondaryOnBase(palette) : palette.color(QPalette::Text);
    painter.setPen(ink);
    const qreal right = look.conflict ? QFontMetricsF(font).height() + 2 : 0;
    const QRectF textRect = rect.adjusted(dot + 7, 0, -right, 0);
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     QFontMetricsF(font).elidedText(text, Qt::ElideRight, textRect.width()));
    if (look.conflict)
        drawConflictBadge(painter, rect.adjusted(0, -1, 0, 0), palette);
    painter.restore();
}

void EventChip::paintMore(QPainter &painter, const QRectF &rect, const QPalette &palette, int hidden,
                          bool selected)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(selected ? QPen(palette.color(QPalette::Highlight), 2)
                            : QPen(CalendarColours::gridLine(palette)));
    painter.setBrush(palette.color(QPalette::Button));
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter.setPen(palette.color(QPalette::ButtonText));
    painter.drawText(rect, Qt::AlignCenter, QCoreApplication::translate("EventChip", "+%1").arg(hidden));
    painter.restore();
}

} // namespace trellis
