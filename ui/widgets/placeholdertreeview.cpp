#include "widgets/placeholdertreeview.h"

#include <QPainter>
#include <QStyle>

namespace trellis {

PlaceholderTreeView::PlaceholderTreeView(QWidget *parent)
    : QTreeView(parent)
{}

void PlaceholderTreeView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

bool PlaceholderTreeView::showsPlaceholder() const
{
    return !m_placeholder.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void PlaceholderTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!showsPlaceholder())
        return;
    QPainter painter(viewport());
    // Where an item's text would start, one row high.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    const int height = fontMetrics().height() + 2 * margin;
    const QRect row(margin, 0, viewport()->width() - 2 * margin, height);
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(m_placeholder, Qt::ElideRight, row.width()));
}

} // namespace trellis
