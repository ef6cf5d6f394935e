#include "widgets/sparklinedelegate.h"

#include "models/contacttrend.h"
#include "widgets/sparkline.h"

#include <QApplication>
#include <QPainter>

namespace trellis {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QVariant value = index.data(m_role);
    if (!value.canConvert<ContactTrend>())
        return;
    const int margin = std::max(3, option.rect.height() / 5);
    Sparkline::paint(painter, option.rect.adjusted(4, margin, -4, -margin), value.value<ContactTrend>(),
                     option.palette, option.state & QStyle::State_Selected);
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant value = index.data(m_role);
    if (value.canConvert<ContactTrend>())
        size.setWidth(std::max(size.width(), Sparkline::width(value.value<ContactTrend>()) + 8));
    return size;
}

} // namespace trellis
