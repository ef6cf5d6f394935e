#pragma once

#include <QColor>
#include <QPalette>

namespace trellis {

// WCAG 2 contrast arithmetic, and colours derived from a palette so that text stays readable on
// it in light and dark themes alike (the placeholder colour is meant to be faint, so secondary
// text never uses it).
class TextContrast {
public:
    static constexpr double BodyText = 4.5; // WCAG AA for body text
    static constexpr double Graphics = 3.0; // WCAG AA for large text and the parts of a control

    [[nodiscard]] static double luminance(const QColor &color);
    // 1 … 21, the same whichever colour is given first.
    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);
    // `text` moved towards `background` as far as it can go while keeping `ratio` against it:
    // a quieter colour that still reads. When even `text` does not reach `ratio`, the black or
    // white that contrasts most.
    [[nodiscard]] static QColor muted(const QColor &text, const QColor &background, double ratio = BodyText);
    // Secondary text (dates, counts, hints) on the window: WindowText muted against Window.
    [[nodiscard]] static QColor secondary(const QPalette &palette,
                                          QPalette::ColorGroup group = QPalette::Active);
    // The same on an item view's Base (delegates' second lines).
    [[nodiscard]] static QColor secondaryOnBase(const QPalette &palette,
                                                QPalette::ColorGroup group = QPalette::Active);
    // `background` darkened or lightened until `text` reaches `ratio` on it (an avatar's disc).
    [[nodiscard]] static QColor backgroundFor(const QColor &text, const QColor &background,
                                              double ratio = BodyText);
};

} // namespace trellis
