#pragma once

#include <QHash>
#include <QStyledItemDelegate>

namespace trellis {

// A library row: the kind's icon, the title (matched words bold on a soft mark), the kind and
// details, tag chips at the right, and a line of the snippet or description under it.
class LibraryItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Tag name (case-folded) -> LibraryTag colour key, for the chips.
    void setTagColours(QHash<QString, QString> colours) { m_colours = std::move(colours); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Draws text with SearchHit markers: matched runs bold on `mark` (when valid). Returns the x
    // after the text. Shared with the detail pane's and the tab's painting.
    static int drawMarked(QPainter *painter, const QString &text, const QFont &font, int x, int baseline,
                          int right, const QColor &mark);
    // Draws tag chips right-aligned ending at `right`, never left of `left`; returns their left edge.
    static int drawChips(QPainter *painter, const QStringList &tags, const QHash<QString, QString> &colours,
                         const QFont &font, const QPalette &palette, int left, int right, int top);

private:
    QHash<QString, QString> m_colours;
};

} // namespace trellis
