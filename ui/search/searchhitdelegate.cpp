#include "search/searchhitdelegate.h"

#include "models/searchresultsmodel.h"
#include "models/textcontrast.h"

#include <QApplication>
#include <QPainter>

namespace trellis {

namespace {

constexpr int Padding = 8;
constexpr int IconSize = 22;

QFont headerFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * 1.05);
    font.setWeight(QFont::DemiBold);
    return font;
}

// Draws text runs (plain, then matched in bold, alternating) from x, eliding at `right`.
void drawSnippet(QPainter *painter, const QString &snippet, const QFont &font, int x, int baseline, int right)
{
    QFont bold = font;
    bold.setBold(true);
    bool matched = false;
    QString run;
    const auto flush = [&](bool isMatch) {
        if (run.isEmpty() || x >= right)
            return;
        const QFont &used = isMatch ? bold : font;
        const QFontMetrics metrics(used);
        QString text = run;
        if (x + metrics.horizontalAdvance(text) > right)
            text = metrics.elidedText(text, Qt::ElideRight, right - x);
        painter->setFont(used);
        painter->drawText(x, baseline, text);
        x += metrics.horizontalAdvance(text);
        run.clear();
    };
    for (const QChar c : snippet) {
        if (c == SearchHit::MatchStart || c == SearchHit::MatchEnd) {
            flush(matched);
            matched = c == SearchHit::MatchStart;
            continue;
        }
        run.append(c);
    }
    flush(matched);
}

} // namespace

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(SearchResultsModel::IsGroupRole).toBool())
        return QSize(200, QFontMetrics(headerFont(option.font)).height() + Padding + Padding / 2);
    return QSize(200, std::max(IconSize, 2 * metrics.height()) + Padding + 4);
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    painter->save();

    if (index.data(SearchResultsModel::IsGroupRole).toBool()) {
        const QFont font = headerFont(option.font);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::Text));
        const QRect rect = option.rect.adjusted(4, Padding, -4, 0);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(opt.text, Qt::ElideRight, rect.width()));
        painter->restore();
        return;
    }

    // Background and selection from the style, without its text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor primary = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = selected ? primary : TextContrast::secondaryOnBase(option.palette, group);

    const QRect rect = option.rect.adjusted(Padding / 2, 2, -Padding, -2);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(rect.left(), rect.top() + (rect.height() - IconSize) / 2, IconSize, IconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    const int left = iconRect.right() + Padding;
    const int right = rect.right();
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int top = rect.top() + (rect.height() - 2 * lineHeight) / 2;

    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(primary);
    painter->drawText(QRect(left, top, right - left, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(),
                                                         Qt::ElideRight, right - left));

    // Second line: "context · snippet", the snippet left out when it only repeats the title.
    const QString context = index.data(SearchResultsModel::ContextRole).toString();
    QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QString plain = snippet;
    plain.remove(SearchHit::MatchStart).remove(SearchHit::MatchEnd);
    if (plain == index.data(Qt::DisplayRole).toString())
        snippet.clear();
    QString line = context;
    if (!context.isEmpty() && !snippet.isEmpty())
        line += QStringLiteral(" · ");
    painter->setPen(secondary);
    drawSnippet(painter, line + snippet, option.font, left, top + lineHeight + metrics.ascent(), right);
    painter->restore();
}

} // namespace trellis
