#include "models/textcontrast.h"

#include <algorithm>
#include <cmath>

namespace trellis {

namespace {

QColor mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    const auto channel = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(channel(a.redF(), b.redF())), float(channel(a.greenF(), b.greenF())),
                            float(channel(a.blueF(), b.blueF())));
}

} // namespace

double TextContrast::luminance(const QColor &color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double TextContrast::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor TextContrast::muted(const QColor &text, const QColor &background, double ratio)
{
    if (contrast(text, background) < ratio) {
        const QColor black(Qt::black);
        const QColor white(Qt::white);
        return contrast(black, background) >= contrast(white, background) ? black : white;
    }
    // Bisect the blend towards the background: the contrast falls as the amount grows.
    double low = 0.0;
    double high = 1.0;
    for (int step = 0; step < 20; ++step) {
        const double middle = (low + high) / 2;
        if (contrast(mix(text, background, middle), background) >= ratio + 0.05)
            low = middle;
        else
            high = middle;
    }
    return mix(text, background, low);
}

QColor TextContrast::secondary(const QPalette &palette, QPalette::ColorGroup group)
{
    return muted(palette.color(group, QPalette::WindowText), palette.color(group, QPalette::Window));
}

QColor TextContrast::secondaryOnBase(const QPalette &palette, QPalette::ColorGroup group)
{
    return muted(palette.color(group, QPalette::Text), palette.color(group, QPalette::Base));
}

QColor TextContrast::backgroundFor(const QColor &text, const QColor &background, double ratio)
{
    QColor result = background.toRgb();
    // Towards black under light text, towards white under dark text.
    const QColor target = luminance(text) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 0; step < 40 && contrast(text, result) < ratio + 0.05; ++step)
        result = mix(result, target, 0.05);
    return result;
}

} // namespace trellis
