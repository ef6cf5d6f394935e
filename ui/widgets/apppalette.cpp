#include "widgets/apppalette.h"

#include "widgets/appstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace trellis {

namespace {

std::optional<QPalette> &rememberedSystem()
{
    static std::optional<QPalette> palette;
    return palette;
}

void remember()
{
    if (!rememberedSystem())
        rememberedSystem() = QApplication::palette();
}

} // namespace

QPalette AppPalette::light()
{
    QPalette p = QApplication::style()->standardPalette();
    // The style's light palette, with a placeholder that a hint can still be read in.
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x6e, 0x6e));
    return p;
}

QPalette AppPalette::dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x20, 0x23);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x84, 0x87, 0x8c); // 4.5:1 would be too loud for disabled; 3.5:1
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2c));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    // White on the highlight reads at 5:1 (selected rows, default buttons, avatars).
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    // The frame colours Fusion draws bevels, tabs, frames and indicator boxes from: apart
    // from the window, so a control's edge shows.
    p.setColor(QPalette::Light, QColor(0x55, 0x59, 0x5f));
    p.setColor(QPalette::Midlight, QColor(0x46, 0x49, 0x4e));
    p.setColor(QPalette::Mid, QColor(0x6a, 0x6e, 0x75));
    p.setColor(QPalette::Dark, QColor(0x16, 0x17, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x46, 0x49, 0x4e));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return p;
}

QPalette AppPalette::system()
{
    remember();
    return *rememberedSystem();
}

QPalette AppPalette::of(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light:
        return light();
    case Appearance::Dark:
        return dark();
    case Appearance::System:
        break;
    }
    return system();
}

void AppPalette::apply(Appearance appearance)
{
    remember();
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0 &&
        !qobject_cast<AppStyle *>(QApplication::style()))
        QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("fusion"))));
    QApplication::setPalette(of(appearance));
}

bool AppPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace trellis
