#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QPalette>

namespace trellis {

// The colours of a relationship's meetings in the calendar: a stable hue per relationship (the
// golden angle walks the colour wheel, so neighbouring ids differ), a pale fill in light palettes
// and a deep one in dark, a stronger edge, and text kept at 4.5:1 on the fill.
struct CalendarColours {
    QColor fill;
    QColor edge;
    QColor text;

    [[nodiscard]] static CalendarColours of(Id relationshipId, const QPalette &palette);
    // Whether the palette is a dark one (its base darker than its text).
    [[nodiscard]] static bool isDark(const QPalette &palette);
    // The shade of hours outside working hours, and of today's column or cell.
    [[nodiscard]] static QColor offHours(const QPalette &palette);
    [[nodiscard]] static QColor today(const QPalette &palette);
    // Lines of the grid: quiet but visible (3:1 is for controls; grid lines are decoration).
    [[nodiscard]] static QColor gridLine(const QPalette &palette);
    // The conflict mark (red, readable on Base).
    [[nodiscard]] static QColor conflict(const QPalette &palette);
};

} // namespace trellis
