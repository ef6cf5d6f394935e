#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace trellis {

// Draws a row of GoalListModel as three lines: the title (semibold, wrapped to the view's
// width), a thin progress bar and the status line in the secondary colour. Rows are as tall as
// their wrapped title needs, so the view is created with `setUniformItemSizes(false)`.
class GoalRowDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit GoalRowDelegate(QAbstractItemView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect title;
        QRect bar;
        QRect status;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int rowWidth(const QStyleOptionViewItem &option) const;

    QAbstractItemView *m_view = nullptr;
};

} // namespace trellis
