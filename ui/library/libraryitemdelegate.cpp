#include "library/libraryitemdelegate.h"

#include "domain/librarytag.h"
#include "domain/searchresults.h"
#include "models/librarylistmodel.h"
#include "models/librarytexts.h"
#include "models/textcontrast.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace trellis {

namespace {

constexpr int Padding = 8;
constexpr int IconSize = 32;

QFont smaller(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

int LibraryItemDelegate::drawMarked(QPainter *painter, const QString &text, const QFont &font, int x,
                                    int baseline, int right, const QColor &mark)
{
    QFont bold = font;
    bold.setBold(true);
    bool matched = false;
    QString run;
    const QColor pen = painter->pen().color();
    const auto flush = [&](bool isMatch) {
        if (run.isEmpty() || x >= right)
            return;
        const QFont &used = isMatch ? bold : font;
        const QFontMetrics metrics(used);
        QString shown = run;
        if (x + metrics.horizontalAdvance(shown) > right)
            shown = metrics.elidedText(shown, Qt::ElideRight, right - x);
        const int width = metrics.horizontalAdvance(shown);
        if (isMatch && mark.isValid()) {
            painter->fillRect(QRect(x - 1, baseline - metrics.ascent(), width + 2, metrics.height()), mark);
        }
        painter->setFont(used);
        painter->setPen(pen);
        painter->drawText(x, baseline, shown);
        x += width;
        run.clear();
    };
    for (const QChar c : text) {
        if (c == SearchHit::MatchStart || c == SearchHit::MatchEnd) {
            flush(matched);
            matched = c == SearchHit::MatchStart;
            continue;
        }
        run.append(c);
    }
    flush(matched);
    return x;
}

int LibraryItemDelegate::drawChips(QPainter *painter, const QStringList &tags,
                                   const QHash<QString, QString> &colours, const QFont &font,
                                   const QPalette &palette, int left, int right, int top)
{
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    painter->setFont(font);
    // The first tags that fit, right-aligned.
    QList<std::pair<QString, int>> shown;
    int total = 0;
    for (const QString &tag : tags) {
        const int width = metrics.horizontalAdvance(tag) + 12;
        const int needed = total + (shown.isEmpty() ? 0 : 4) + width;
        if (needed > right - left)
            break;
        shown.append({tag, width});
        total = needed;
    }
    QList<std::pair<QString, QRect>> placed;
    int x = right - total;
    for (const auto &[tag, width] : std::as_const(shown)) {
        placed.append({tag, QRect(x, top, width, height)});
        x += width + 4;
    }
    for (const auto &[tag, rect] : std::as_const(placed)) {
        const QString key = colours.value(tag.toCaseFolded(), LibraryTag{0, tag, {}}.shownColour());
        QPainterPath path;
        path.addRoundedRect(QRectF(rect), height / 2.0, height / 2.0);
        painter->fillPath(path, LibraryTexts::tagFill(key, palette));
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(rect, Qt::AlignCenter, tag);
    }
    return placed.isEmpty() ? right : placed.first().second.left();
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return QSize(300, 2 * metrics.height() + QFontMetrics(smaller(option.font)).height() + Padding + 6);
}

void LibraryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor primary = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? primary : TextContrast::secondaryOnBase(option.palette, group);
    // A soft mark behind matched words: the highlight colour faded into the base.
    QColor mark = option.palette.color(QPalette::Highlight);
    mark.setAlpha(selected ? 0 : 60);

    const QRect rect = option.rect.adjusted(Padding, Padding / 2 + 1, -Padding, -Padding / 2);
    const auto kind = ResourceKind(index.data(LibraryListModel::KindRole).toInt());
    const QRect iconRect(rect.left(), rect.top() + 2, IconSize, IconSize);
    LibraryTexts::kindIcon(kind).paint(painter, iconRect, Qt::AlignCenter,
                                       selected ? QIcon::Selected : QIcon::Normal);

    const int left = iconRect.right() + Padding + 2;
    const int right = rect.right();
    const QFontMetrics metrics(option.font);
    const QFont small = smaller(option.font);
    const QFontMetrics smallMetrics(small);

    // Line 1: title, tags at the right.
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QPalette chipPalette = option.palette;
    const int chipsLeft = drawChips(painter, index.data(LibraryListModel::TagsRole).toStringList(), m_colours,
                                    small, chipPalette, left + (right - left) / 2, right,
                                    rect.top() + (metrics.height() - smallMetrics.height()) / 2);
    painter->setPen(primary);
    drawMarked(painter, index.data(LibraryListModel::HighlightedTitleRole).toString(), titleFont, left,
               rect.top() + metrics.ascent(), chipsLeft - Padding, mark);

    // Line 2: kind and details.
    painter->setPen(secondary);
    painter->setFont(option.font);
    const int second = rect.top() + metrics.height();
    painter->drawText(QRect(left, second, right - left, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(LibraryListModel::DetailRole).toString(), Qt::ElideRight,
                                         right - left));

    // Line 3: the matching passage or the description.
    const QString line = index.data(LibraryListModel::SecondLineRole).toString();
    if (!line.isEmpty()) {
        painter->setPen(secondary);
        drawMarked(painter, line, small, left, second + metrics.height() + smallMetrics.ascent(), right,
                   mark);
    }
    painter->restore();
}

} // namespace trellis
