#pragma once

#include <QStyledItemDelegate>

namespace trellis {

// Paints find results: group rows as section headers, hits as two lines (icon, bold title;
// context and the snippet with its matched words in bold, in the secondary text colour).
class SearchHitDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace trellis
