#include "models/calendarcolours.h"

#include "models/textcontrast.h"

#include <cmath>

namespace trellis {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

bool CalendarColours::isDark(const QPalette &palette)
{
    return TextContrast::luminance(palette.color(QPalette::Base)) <
           TextContrast::luminance(palette.color(QPalette::Text));
}

CalendarColours CalendarColours::of(Id relationshipId, const QPalette &palette)
{
    // 137.5°: the golden angle, so consecutive ids land far apart on the wheel.
    const double hue = std::fmod(double(relationshipId) * 137.508, 360.0) / 360.0;
    const bool dark = isDark(palette);
    CalendarColours colours;
    colours.fill = QColor::fromHslF(float(hue), dark ? 0.42f : 0.70f, dark ? 0.30f : 0.89f);
    colours.edge = QColor::fromHslF(float(hue), dark ? 0.60f : 0.62f, dark ? 0.62f : 0.42f);
    const QColor text = palette.color(QPalette::Text);
    colours.text = TextContrast::contrast(text, colours.fill) >= TextContrast::BodyText
                       ? text
                       : TextContrast::muted(text, colours.fill, TextContrast::BodyText);
    return colours;
}

QColor CalendarColours::offHours(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.05 : 0.035);
}

QColor CalendarColours::today(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.22 : 0.10);
}

QColor CalendarColours::gridLine(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), isDark(palette) ? 0.22 : 0.14);
}

QColor CalendarColours::conflict(const QPalette &palette)
{
    const QColor red = isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    return TextContrast::contrast(red, palette.color(QPalette::Base)) >= TextContrast::BodyText
               ? red
               : TextContrast::muted(red, palette.color(QPalette::Base));
}

} // namespace trellis
