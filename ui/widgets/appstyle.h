#pragma once

#include <QProxyStyle>

namespace trellis {

// Fusion with two parts drawn so they read in light and dark:
// - check boxes and radio buttons show when unticked: Fusion outlines an indicator in a shade of the window
// colour,
//   which on a dark palette is as dark as the box itself; the edge is drawn at 3:1 to the box;
// - a scroll bar's handle is the darker part in light and the lighter in dark: Fusion paints it
//   lighter than its groove, so in light the empty groove read as the handle, at the wrong end.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    explicit AppStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace trellis
