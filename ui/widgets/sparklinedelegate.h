#pragma once

#include <QStyledItemDelegate>

namespace trellis {

// Paints a cell's ContactTrend (read from `role`) as a Sparkline instead of text; the tooltip and
// the accessible text stay the model's words.
class SparklineDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace trellis
