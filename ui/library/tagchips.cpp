#include "library/tagchips.h"

#include "domain/librarytag.h"
#include "models/librarytexts.h"

#include <QPainter>
#include <QPainterPath>

namespace trellis {

TagChips::TagChips(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void TagChips::setTags(const QStringList &tags, const QHash<QString, QString> &colours)
{
    m_tags = tags;
    m_colours = colours;
    setAccessibleName(tr("Tags: %1").arg(tags.join(QStringLiteral(", "))));
    updateGeometry();
    update();
}

QList<QRect> TagChips::layoutFor(int width) const
{
    const QFontMetrics metrics(font());
    const int height = metrics.height() + 4;
    QList<QRect> rects;
    int x = 0;
    int y = 0;
    for (const QString &tag : m_tags) {
        const int w = metrics.horizontalAdvance(tag) + 16;
        if (x > 0 && x + w > width) {
            x = 0;
            y += height + 6;
        }
        rects.append(QRect(x, y, w, height));
        x += w + 6;
    }
    return rects;
}

QSize TagChips::sizeHint() const
{
    if (m_tags.isEmpty())
        return QSize(0, 0);
    const QList<QRect> rects = layoutFor(100000);
    return QSize(rects.last().right() + 1, rects.last().bottom() + 1);
}

int TagChips::heightForWidth(int width) const
{
    if (m_tags.isEmpty())
        return 0;
    return layoutFor(width).last().bottom() + 1;
}

void TagChips::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QList<QRect> rects = layoutFor(width());
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        const QString &tag = m_tags.at(i);
        const QRect rect = rects.at(i);
        const QString key = m_colours.value(tag.toCaseFolded(), LibraryTag{0, tag, {}}.shownColour());
        QPainterPath path;
        path.addRoundedRect(QRectF(rect), rect.height() / 2.0, rect.height() / 2.0);
        painter.fillPath(path, LibraryTexts::tagFill(key, palette()));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(rect, Qt::AlignCenter, tag);
    }
}

} // namespace trellis
