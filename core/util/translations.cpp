#include "util/translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace trellis {

void Translations::install(const QLocale &locale)
{
    auto *english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/trellis_en.qm")))
        QCoreApplication::installTranslator(english);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return;
    auto *native = new QTranslator(QCoreApplication::instance());
    if (native->load(locale, QStringLiteral("trellis"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(native);
}

} // namespace trellis
