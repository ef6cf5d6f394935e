#pragma once

#include <QProxyStyle>

namespace trellis {

// Fusion with check boxes that show when unticked: Fusion outlines an indicator in a shade of
// the window colour, which on a dark palette is as dark as the box itself. This draws the edge
// in a colour that stands out 3:1 from the box (WCAG for a control's parts). Nothing else changes.
class AppStyle final : public QProxyStyle {
    Q_OBJECT
public:
    explicit AppStyle(QStyle *base);

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace trellis
