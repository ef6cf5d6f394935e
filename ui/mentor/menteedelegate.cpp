#include "mentor/menteedelegate.h"

#include "models/contacttrend.h"
#include "models/displaytexts.h"
#include "models/healthpresentation.h"
#include "models/menteelistmodel.h"
#include "models/textcontrast.h"
#include "widgets/sparkline.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace trellis {

namespace {

constexpr int Padding = 8;
constexpr int Avatar = 36;
constexpr int BarWidth = 56;
constexpr int BarHeight = 4;
constexpr int TrendGap = 16;
// The health reason and the second line come first: the sparkline shows only beside this much.
constexpr int MinimumTextForTrend = 420;

} // namespace

MenteeDelegate::MenteeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor MenteeDelegate::avatarColour(const QString &name, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    const int hue = int(qHash(name) % 360);
    return QColor::fromHsl(hue, dark ? 90 : 110, dark ? 90 : 200);
}

QSize MenteeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int lines = 2 * metrics.height() + 4;
    return QSize(480, std::max(Avatar, lines) + 2 * Padding);
}

void MenteeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background (selection, hover, alternate) from the style, without the default text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor secondary = selected ? text : TextContrast::secondaryOnBase(palette);
    const QRect rect = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height();
    const int top = rect.top() + (rect.height() - (2 * lineHeight + 4)) / 2;
    const QRect line1(rect.left() + Avatar + 12, top, rect.width() - Avatar - 12, lineHeight);
    const QRect line2 = line1.translated(0, lineHeight + 4);

    // Avatar with initials.
    const QString name = index.data(Qt::DisplayRole).toString();
    const QRect avatar(rect.left(), rect.top() + (rect.height() - Avatar) / 2, Avatar, Avatar);
    const QColor avatarBg = avatarColour(name, palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(avatarBg);
    painter->drawEllipse(avatar);
    QFont avatarFont = option.font;
    avatarFont.setBold(true);
    painter->setFont(avatarFont);
    // Whichever of near-black and near-white reads better on the disc (≥ 4.5:1 on these tones).
    const QColor darkInk(0x20, 0x20, 0x20);
    const QColor lightInk(0xf0, 0xf0, 0xf0);
    painter->setPen(TextContrast::contrast(darkInk, avatarBg) >= TextContrast::contrast(lightInk, avatarBg)
                        ? darkInk
                        : lightInk);
    painter->drawText(avatar, Qt::AlignCenter, index.data(MenteeListModel::InitialsRole).toString());

    // Two columns: who (name / programme) and how it goes (health / next, goals, actions).
    const int nameWidth = std::clamp(line1.width() / 3, 140, 280);
    QRect nameRect = line1;
    nameRect.setWidth(nameWidth - 12);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(name, Qt::ElideRight, nameRect.width()));
    painter->setFont(option.font);
    painter->setPen(secondary);
    QRect programmeRect = line2;
    programmeRect.setWidth(nameWidth - 12);
    painter->drawText(programmeRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(MenteeListModel::ProgrammeTextRole).toString(),
                                         Qt::ElideRight, programmeRect.width()));

    // Line 1, right: health icon + word in its tone, then the last contact.
    int x = line1.left() + nameWidth;
    int right = line1.right();
    // Far right, over both lines: contact per month against the cadence, when the row has room
    // for it beside the health reason and the second line.
    const QVariant trendValue = index.data(MenteeListModel::ContactTrendRole);
    if (trendValue.canConvert<ContactTrend>()) {
        const ContactTrend trend = trendValue.value<ContactTrend>();
        const int width = Sparkline::width(trend);
        if (right - x - width - TrendGap >= MinimumTextForTrend) {
            Sparkline::paint(
                painter, QRect(right - width + 1, line1.top() + 3, width, line2.bottom() - line1.top() - 5),
                trend, palette, selected);
            right -= width + TrendGap;
        }
    }
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull()) {
        icon.paint(painter, QRect(x, line1.top() + (lineHeight - 16) / 2, 16, 16));
        x += 16 + 6;
    }
    const auto tone = HealthPresentation::Tone(index.data(MenteeListModel::HealthToneRole).toInt());
    QFont healthFont = option.font;
    healthFont.setWeight(QFont::DemiBold);
    painter->setFont(healthFont);
    painter->setPen(selected ? text : HealthPresentation::colour(tone));
    const QFontMetrics healthMetrics(healthFont);
    const QString contact = QStringLiteral(" · ") + index.data(MenteeListModel::ContactTextRole).toString();
    // The reason in full when it fits beside the last contact; else the word ("At risk"), whose
    // reasons the tooltip and the Needs attention list give.
    QString health = index.data(MenteeListModel::HealthTextRole).toString();
    if (healthMetrics.horizontalAdvance(health) + metrics.horizontalAdvance(contact) > right - x)
        health = index.data(MenteeListModel::HealthShortTextRole).toString();
    const QString healthShown = healthMetrics.elidedText(health, Qt::ElideRight, std::max(0, right - x));
    painter->drawText(QRect(x, line1.top(), right - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      healthShown);
    x += healthMetrics.horizontalAdvance(healthShown);
    painter->setFont(option.font);
    painter->setPen(secondary);
    painter->drawText(QRect(x, line1.top(), std::max(0, right - x), lineHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(contact, Qt::ElideRight, std::max(0, right - x)));

    // Line 2, right: next meeting · goals bar % · open actions · unlogged.
    x = line2.left() + nameWidth;
    const auto drawPart = [&](const QString &part, const QColor &colour) {
        if (x >= right)
            return;
        painter->setPen(colour);
        const QString shown = metrics.elidedText(part, Qt::ElideRight, right - x);
        painter->drawText(QRect(x, line2.top(), right - x, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          shown);
        x += metrics.horizontalAdvance(shown);
    };
    const QVariant progress = index.data(MenteeListModel::GoalProgressRole);
    const SecondLine fitted = fitSecondLine(index, metrics, right - x);
    drawPart(fitted.next, secondary);
    drawPart(fitted.goals, secondary);
    if (progress.isValid() && x + BarWidth + 8 < right) {
        const double fraction = std::clamp(progress.toDouble(), 0.0, 1.0);
        const QRect bar(x, line2.top() + (lineHeight - BarHeight) / 2, BarWidth, BarHeight);
        // The empty part of the bar must be seen on light and dark bases alike (3:1 is for a
        // control's parts; a track is decoration, so a visible step from the base is enough).
        const QColor track = TextContrast::muted(
            secondary, palette.color(selected ? QPalette::Highlight : QPalette::Base), 1.6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(bar, 2, 2);
        painter->setBrush(selected ? text : palette.color(QPalette::Highlight));
        painter->drawRoundedRect(QRect(bar.left(), bar.top(), int(bar.width() * fraction), bar.height()), 2,
                                 2);
        x += BarWidth + 6;
        drawPart(DisplayTexts::percent(qRound(fraction * 100)), secondary);
    } else if (!progress.isValid()) {
        drawPart(MenteeListModel::tr("none yet"), secondary);
    }
    if (!fitted.open.isEmpty())
        drawPart(fitted.open, secondary);
    if (!fitted.unlogged.isEmpty())
        drawPart(fitted.unlogged,
                 selected ? text : HealthPresentation::colour(HealthPresentation::Tone::Warning));
    painter->restore();
}

MenteeDelegate::SecondLine MenteeDelegate::fitSecondLine(const QModelIndex &index,
                                                         const QFontMetrics &metrics, int width)
{
    const QString separator = QStringLiteral(" · ");
    const QVariant progress = index.data(MenteeListModel::GoalProgressRole);
    const int open = index.data(MenteeListModel::OpenActionsRole).toInt();
    const int unlogged = index.data(MenteeListModel::UnloggedRole).toInt();
    SecondLine line;
    line.next = index.data(MenteeListModel::NextMeetingTextRole).toString();
    line.goals = separator + MenteeListModel::tr("Goals ");
    if (open > 0)
        line.open = separator + MenteeListModel::tr("open actions: %1").arg(QLocale().toString(open));
    if (unlogged > 0)
        line.unlogged = separator + MenteeListModel::tr("not logged: %1").arg(QLocale().toString(unlogged));
    const auto needed = [&] {
        const QString value =
            progress.isValid() ? DisplayTexts::percent(100) : MenteeListModel::tr("none yet");
        return metrics.horizontalAdvance(line.next + line.goals + value + line.open + line.unlogged) +
               (progress.isValid() ? BarWidth + 6 : 0);
    };
    if (needed() > width)
        line.next = index.data(MenteeListModel::NextMeetingShortTextRole).toString();
    if (needed() > width)
        line.open.clear();
    return line;
}

} // namespace trellis
