#pragma once

#include <QColor>
#include <QPalette>

namespace trellis {

// The colours a chart draws with, derived from the window's palette (never picked per chart),
// so light and dark both stay readable: text and secondary text at >= 4.5:1 (TextContrast), the
// health colours of HealthPresentation for good / warning / bad, the palette's highlight for the
// main series.
struct ChartPalette {
    QColor background;
    QColor text;
    QColor secondary;
    QColor grid;
    QColor accent;  // the main series (progress, meetings)
    QColor accent2; // a second series beside it (contacts, hours)
    QColor good;
    QColor warning;
    QColor bad;
    QColor neutral;
    QColor proposed;
    QColor ended; // apart from paused (neutral) on both palettes
    bool dark = false;

    static ChartPalette from(const QPalette &palette);
    // `colour` at `alpha` (0..255), for shading.
    static QColor faded(QColor colour, int alpha);
};

} // namespace trellis
