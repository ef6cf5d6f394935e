#include "widgets/sparkline.h"

#include "models/contacttrend.h"
#include "models/textcontrast.h"

#include <QPainter>
#include <QPalette>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace trellis {

int Sparkline::width(const ContactTrend &trend)
{
    const int count = int(trend.months.size());
    return count == 0 ? 0 : count * BarWidth + (count - 1) * Gap;
}

void Sparkline::paint(QPainter *painter, const QRect &rect, const ContactTrend &trend,
                      const QPalette &palette, bool selected)
{
    if (trend.months.isEmpty() || rect.height() < 4)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QColor base = palette.color(selected ? QPalette::Highlight : QPalette::Base);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    // A bar is a graphic: 3:1 against the row, whether it meets the cadence or not.
    const QColor met =
        selected ? text
                 : TextContrast::muted(palette.color(QPalette::Highlight), base, TextContrast::Graphics);
    const QColor below = TextContrast::muted(text, base, TextContrast::Graphics);
    // The scale holds the expected level too, so a line above every bar says "too little".
    const double top = std::max({double(trend.highest()), trend.expected, 1.0});
    const int left = rect.left() + std::max(0, (rect.width() - width(trend)) / 2);
    const int bottom = rect.bottom();
    const int height = rect.height();
    for (int i = 0; i < trend.months.size(); ++i) {
        const int value = trend.months.at(i);
        const int x = left + i * (BarWidth + Gap);
        const int barHeight = value == 0 ? 1 : std::max(2, int(std::lround(height * value / top)));
        const QRect bar(x, bottom - barHeight + 1, BarWidth, barHeight);
        const bool current = i == trend.months.size() - 1;
        const QColor colour = trend.expected <= 0 || value + 0.5 >= trend.expected ? met : below;
        if (current && value > 0) {
            painter->setPen(QPen(colour, 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar.adjusted(0, 0, -1, -1));
        } else {
            painter->fillRect(bar, colour);
        }
    }
    if (trend.expected > 0) {
        const int y = bottom - int(std::lround(height * trend.expected / top)) + 1;
        QPen pen(text, 1, Qt::DashLine);
        painter->setPen(pen);
        painter->drawLine(left - 2, y, left + width(trend) + 1, y);
    }
    painter->restore();
}

} // namespace trellis
