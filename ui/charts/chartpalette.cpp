#include "charts/chartpalette.h"

#include "models/textcontrast.h"
#include "widgets/apppalette.h"

namespace trellis {

ChartPalette ChartPalette::from(const QPalette &palette)
{
    ChartPalette c;
    c.dark = AppPalette::isDark(palette);
    c.background = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.secondary = TextContrast::secondaryOnBase(palette);
    c.grid = c.dark ? c.background.lighter(165) : c.background.darker(112);
    c.accent = palette.color(QPalette::Highlight);
    if (c.dark)
        c.accent = c.accent.lighter(125);
    // Same as HealthPresentation's tones, which are tuned for both palettes.
    c.good = c.dark ? QColor(0x6f, 0xcf, 0x7f) : QColor(0x1e, 0x7b, 0x34);
    c.warning = c.dark ? QColor(0xf0, 0xc0, 0x50) : QColor(0xb7, 0x79, 0x00);
    c.bad = c.dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    c.accent2 = c.dark ? QColor(0xc3, 0x9b, 0xf0) : QColor(0x7a, 0x4c, 0xb0);
    c.neutral = c.dark ? QColor(0x8a, 0x8f, 0x98) : QColor(0x9a, 0xa0, 0xa6);
    c.ended = c.dark ? QColor(0xc4, 0xc8, 0xd0) : QColor(0x5f, 0x63, 0x68);
    c.proposed = c.dark ? QColor(0x5d, 0x8c, 0xc0) : QColor(0xa9, 0xc6, 0xe8);
    return c;
}

QColor ChartPalette::faded(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace trellis
