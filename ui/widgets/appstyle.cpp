#include "widgets/appstyle.h"

#include "models/textcontrast.h"

#include <QPainter>
#include <QStyleOption>

namespace trellis {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck)
        return;
    const QPalette &palette = option->palette;
    const QColor box = palette.color(QPalette::Base);
    const QColor edge = TextContrast::muted(palette.color(QPalette::Text), box, TextContrast::Graphics);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    // Fusion's box: the indicator rectangle less one pixel at the right and bottom.
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace trellis
