#pragma once

#include <QLocale>

namespace trellis {

// Installs Trellis's translations on the running application: English plural
// forms first (so "%n day(s)" reads "1 day" / "2 days"), then the locale's own
// language on top when Trellis has it.
class Translations {
public:
    static void install(const QLocale &locale = QLocale());
};

} // namespace trellis
