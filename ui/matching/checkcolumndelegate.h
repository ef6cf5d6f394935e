#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QPalette;

namespace trellis {

// The Lock and Reject columns of the suggestions: a check box centred in its cell, drawn in the
// palette's text colours so that it reads in light and dark alike (the box's edge at least 3:1 to
// the row, the tick in the text colour), whatever the platform style draws for item check boxes.
// A click anywhere in the cell, or Space on it, toggles it (the model's CheckStateRole).
class CheckColumnDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The box's edge on `background`: the text colour muted to 3:1 against it.
    [[nodiscard]] static QColor edgeColour(const QPalette &palette, const QColor &background);
    static constexpr int BoxSize = 14;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace trellis
