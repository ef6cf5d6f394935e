#include "matching/checkcolumndelegate.h"

#include "models/textcontrast.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace trellis {

QColor CheckColumnDelegate::edgeColour(const QPalette &palette, const QColor &background)
{
    return TextContrast::muted(palette.color(QPalette::Text), background, TextContrast::Graphics + 0.3);
}

void CheckColumnDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The cell as the style draws it (selection, alternate rows), without its own indicator.
    const QVariant state = index.data(Qt::CheckStateRole);
    opt.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!state.isValid())
        return;

    const bool selected = opt.state & QStyle::State_Selected;
    const bool enabled = opt.state & QStyle::State_Enabled;
    const QPalette &palette = opt.palette;
    QColor background =
        selected ? palette.color(QPalette::Highlight)
                 : (opt.features & QStyleOptionViewItem::Alternate ? palette.color(QPalette::AlternateBase)
                                                                   : palette.color(QPalette::Base));
    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    QPalette onRow = palette;
    onRow.setColor(QPalette::Text, text);
    const QColor edge = edgeColour(onRow, background);
    const QRect box(opt.rect.center().x() - BoxSize / 2, opt.rect.center().y() - BoxSize / 2, BoxSize,
                    BoxSize);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(enabled ? edge : palette.color(QPalette::Disabled, QPalette::Text), 1.5));
    painter->setBrush(selected ? background : palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(box).adjusted(0.75, 0.75, -0.75, -0.75), 2.5, 2.5);
    if (state.value<Qt::CheckState>() == Qt::Checked || state.toInt() == int(Qt::Checked)) {
        QPainterPath tick;
        tick.moveTo(box.left() + BoxSize * 0.22, box.top() + BoxSize * 0.52);
        tick.lineTo(box.left() + BoxSize * 0.42, box.top() + BoxSize * 0.74);
        tick.lineTo(box.left() + BoxSize * 0.80, box.top() + BoxSize * 0.28);
        painter->setPen(QPen(text, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(tick);
    }
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(edge, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(box).adjusted(-2.5, -2.5, 2.5, 2.5));
    }
    painter->restore();
}

QSize CheckColumnDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    return size.expandedTo(QSize(BoxSize + 16, BoxSize + 8));
}

bool CheckColumnDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!(index.flags() & Qt::ItemIsUserCheckable) || !(index.flags() & Qt::ItemIsEnabled))
        return false;
    const QVariant state = index.data(Qt::CheckStateRole);
    if (!state.isValid())
        return false;
    bool toggle = false;
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        toggle = mouse->button() == Qt::LeftButton && option.rect.contains(mouse->position().toPoint());
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        return true; // a double click is two toggles otherwise
    } else if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        toggle = key == Qt::Key_Space || key == Qt::Key_Select;
    }
    if (!toggle)
        return false;
    const bool checked = state.value<Qt::CheckState>() == Qt::Checked || state.toInt() == int(Qt::Checked);
    return model->setData(index, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace trellis
