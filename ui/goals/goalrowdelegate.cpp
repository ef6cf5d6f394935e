#include "goals/goalrowdelegate.h"

#include "models/goallistmodel.h"
#include "models/textcontrast.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace trellis {

namespace {

constexpr int Margin = 8;
constexpr int Gap = 3;
constexpr int BarHeight = 6;

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

GoalRowDelegate::GoalRowDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{}

int GoalRowDelegate::rowWidth(const QStyleOptionViewItem &option) const
{
    // The list wraps titles to its own width, not to the width the text alone would want.
    if (m_view)
        return std::max(m_view->viewport()->width(), 120);
    return std::max(option.rect.width(), 120);
}

GoalRowDelegate::Layout GoalRowDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                   const QModelIndex &index, int width) const
{
    const int textWidth = std::max(width - 2 * Margin, 40);
    const QFontMetrics titleMetrics(titleFont(option));
    const QRect titleBounds =
        titleMetrics.boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap | Qt::AlignLeft,
                                  index.data(Qt::DisplayRole).toString());
    const int statusHeight = QFontMetrics(option.font).height();
    Layout layout;
    layout.title = QRect(Margin, Margin - 2, textWidth, titleBounds.height());
    layout.bar = QRect(Margin, layout.title.bottom() + 1 + Gap, textWidth, BarHeight);
    layout.status = QRect(Margin, layout.bar.bottom() + 1 + Gap, textWidth, statusHeight);
    return layout;
}

QSize GoalRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = rowWidth(opt);
    const Layout layout = layoutFor(opt, index, width);
    return {width, layout.status.bottom() + 1 + Margin - 2};
}

void GoalRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // The selection and hover background, without the default text.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const Layout layout = layoutFor(opt, index, opt.rect.width());
    const QPoint origin = opt.rect.topLeft();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);

    painter->save();
    painter->setPen(text);
    painter->setFont(titleFont(opt));
    painter->drawText(layout.title.translated(origin), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      opt.text);

    QStyleOptionProgressBar bar;
    bar.initFrom(widget ? widget : m_view);
    bar.rect = layout.bar.translated(origin);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = index.data(GoalListModel::PercentRole).toInt();
    bar.textVisible = false;
    bar.state |= QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);

    // The status line is secondary, but reads at 4.5:1 on the list, and on the selection colour.
    const QColor secondary = selected ? text : TextContrast::secondaryOnBase(opt.palette, group);
    painter->setPen(secondary);
    painter->setFont(opt.font);
    const QString status = index.data(GoalListModel::StatusLineRole).toString();
    painter->drawText(layout.status.translated(origin), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(opt.font).elidedText(status, Qt::ElideRight, layout.status.width()));
    painter->restore();
}

} // namespace trellis
