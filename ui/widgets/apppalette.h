#pragma once

#include "domain/preferences.h"

#include <QPalette>

namespace trellis {

// The window's colours. Qt 6.4 has no colour-scheme API, so Trellis builds its own light and
// dark palettes here and sets one on the application, at start and live from Preferences;
// System keeps the platform's palette (remembered before Trellis sets any). Widgets never pick
// colours of their own: they derive them from the palette (TextContrast, HealthPresentation).
class AppPalette {
public:
    [[nodiscard]] static QPalette light();
    [[nodiscard]] static QPalette dark();
    // The platform's palette, as it was before the first apply().
    [[nodiscard]] static QPalette system();
    [[nodiscard]] static QPalette of(Appearance appearance);
    // Sets the palette on the application (every open window follows) and, on the Fusion
    // style, the AppStyle over it so unticked boxes stay visible on a dark palette.
    static void apply(Appearance appearance);
    [[nodiscard]] static bool isDark(const QPalette &palette);
};

} // namespace trellis
