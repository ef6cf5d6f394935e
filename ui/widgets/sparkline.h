#pragma once

#include <QRect>

class QPainter;
class QPalette;

namespace trellis {

struct ContactTrend;

// Draws a ContactTrend as a row of small bars, one per month, with the level the cadence asks
// for as a dashed line: months at or above it in the highlight colour, months below it muted, the
// month in progress as an outline. Used by the mentor's list and the relationship tables.
class Sparkline {
public:
    static constexpr int BarWidth = 6;
    static constexpr int Gap = 2;

    static int width(const ContactTrend &trend);
    static void paint(QPainter *painter, const QRect &rect, const ContactTrend &trend,
                      const QPalette &palette, bool selected);
};

} // namespace trellis
