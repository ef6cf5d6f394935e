#include "widgets/appstyle.h"

#include "models/textcontrast.h"

#include <QPainter>
#include <QStyleOption>

#include <algorithm>

namespace trellis {

AppStyle::AppStyle(QStyle *base)
    : QProxyStyle(base)
{}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck &&
        element != PE_IndicatorRadioButton)
        return;
    const QPalette &palette = option->palette;
    // An edge at 3:1 to the window it sits on; the box (Base) is the darker in dark and the lighter in
    // light, so the edge stands out from it even more.
    const QColor edge = TextContrast::muted(palette.color(QPalette::WindowText),
                                            palette.color(QPalette::Window), TextContrast::Graphics + 0.2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    if (element == PE_IndicatorRadioButton) {
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->drawEllipse(QRectF(option->rect).adjusted(1, 1, -1, -1));
    } else {
        // Fusion's box: the indicator rectangle less one pixel at the right and bottom.
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                  QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_ScrollBar)
        return;
    const auto *bar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (!bar || bar->minimum == bar->maximum)
        return;
    const QRect slider = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
    if (!slider.isValid())
        return;
    const QPalette &palette = option->palette;
    // The handle in the text colour, quietened to stand 2:1 from the window: dark on light,
    // light on dark, so where it is reads at a glance.
    QColor handle =
        TextContrast::muted(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 2.0);
    if (bar->state & (State_Sunken | State_MouseOver))
        handle =
            TextContrast::muted(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 3.0);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(handle);
    const QRectF inner = QRectF(slider).adjusted(2, 2, -2, -2);
    const qreal radius = std::min(inner.width(), inner.height()) / 2;
    painter->drawRoundedRect(inner, radius, radius);
    painter->restore();
}

} // namespace trellis
