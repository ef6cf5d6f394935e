#pragma once

#include "models/textcontrast.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QStyle>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace trellis::test {

// Checks on a rendered window (offscreen), for the screenshot tests: each returns what is wrong,
// empty when all is well, so a test writes QVERIFY2(problem.isEmpty(), qPrintable(problem)).
namespace ScreenshotChecks {

// WCAG 2 relative luminance and contrast ratio (1 … 21; 4.5 is the minimum for body text): the
// application's own arithmetic (ui/models/textcontrast.h), so tests and widgets agree.
inline double luminance(const QColor &color)
{
    return TextContrast::luminance(color);
}

inline double contrast(const QColor &a, const QColor &b)
{
    return TextContrast::contrast(a, b);
}

// A dark palette as a desktop's dark theme gives it (the app takes the system's palette).
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

// The style's own light palette (what the offscreen platform starts with).
inline QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

// Sets the application palette for its lifetime (widgets built meanwhile take it).
class PaletteScope {
public:
    explicit PaletteScope(const QPalette &palette)
        : m_saved(QApplication::palette())
    {
        QApplication::setPalette(palette);
    }
    ~PaletteScope() { QApplication::setPalette(m_saved); }
    PaletteScope(const PaletteScope &) = delete;
    PaletteScope &operator=(const PaletteScope &) = delete;

private:
    QPalette m_saved;
};

// The grab has the widget's size and shows something: not one colour, not a handful.
inline QString checkImage(const QImage &image, const QSize &expected)
{
    if (image.isNull())
        return QStringLiteral("nothing was grabbed");
    if (image.size() != expected)
        return QStringLiteral("grabbed %1×%2, expected %3×%4")
            .arg(image.width())
            .arg(image.height())
            .arg(expected.width())
            .arg(expected.height());
    QHash<QRgb, int> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            ++colours[image.pixel(x, y)];
    }
    if (colours.size() < 16)
        return QStringLiteral("the image is (nearly) uniform: %1 colours").arg(colours.size());
    return {};
}

// Whether `widget` is part of a scrolled area's contents (laid out beyond the window on purpose).
inline bool scrolled(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w)
            return true;
    }
    return false;
}

inline QString nameOf(const QWidget *widget)
{
    QString name = widget->objectName();
    if (auto *label = qobject_cast<const QLabel *>(widget); label && name.isEmpty())
        name = QStringLiteral("label “%1”").arg(label->text().left(40));
    if (auto *button = qobject_cast<const QAbstractButton *>(widget); button && name.isEmpty())
        name = QStringLiteral("button “%1”").arg(button->text());
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(widget->metaObject()->className()));
}

// Every named widget is visible, has room and lies inside the window; so does every other visible
// input, button, list and label (except those scrolled inside a scroll area).
inline QString checkLaidOut(QWidget *window, const QStringList &named)
{
    QStringList problems;
    const QRect bounds = window->rect();
    const auto check = [&](QWidget *widget) {
        const QRect at(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (at.width() < 4 || at.height() < 4)
            problems.append(
                QStringLiteral("%1 has no room: %2×%3").arg(nameOf(widget)).arg(at.width()).arg(at.height()));
        else if (!bounds.contains(at))
            problems.append(QStringLiteral("%1 lies outside the window: %2,%3 %4×%5 in %6×%7")
                                .arg(nameOf(widget))
                                .arg(at.x())
                                .arg(at.y())
                                .arg(at.width())
                                .arg(at.height())
                                .arg(bounds.width())
                                .arg(bounds.height()));
    };
    for (const QString &name : named) {
        auto *widget = window->findChild<QWidget *>(name);
        if (!widget)
            problems.append(QStringLiteral("%1 is missing").arg(name));
        else if (!widget->isVisible())
            problems.append(QStringLiteral("%1 is not visible").arg(name));
        else
            check(widget);
    }
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *widget : children) {
        if (!widget->isVisible() || widget->window() != window || scrolled(widget, window))
            continue;
        const auto *label = qobject_cast<QLabel *>(widget);
        if ((label && !label->text().isEmpty()) || qobject_cast<QAbstractButton *>(widget) ||
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget))
            check(widget);
    }
    problems.removeDuplicates();
    return problems.join(QLatin1Char('\n'));
}

// Every visible, enabled text label reads well: its palette's text colour on its background
// (4.5:1, secondary text included: it never takes the faint placeholder colour), and the drawn pixels in
// `image` (the window's grab): the colour farthest from the label's most common one (its background) stands
// out by 3:1. `decorative` names labels whose text repeats what another label says (an avatar's initials).
inline QString checkTextContrast(QWidget *window, const QImage &image, const QStringList &decorative = {})
{
    QStringList problems;
    const QList<QLabel *> labels = window->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (!label->isVisible() || !label->isEnabled() || label->text().trimmed().isEmpty() ||
            label->window() != window || label->width() < 4 || decorative.contains(label->objectName()))
            continue;
        // What shows of it (a label scrolled out of its area's viewport shows nothing).
        const QRect shown = label->visibleRegion().boundingRect();
        if (shown.width() < 4 || shown.height() < 4)
            continue;
        const QPalette palette = label->palette();
        const QColor text = palette.color(QPalette::Active, label->foregroundRole());
        const QColor background = palette.color(QPalette::Active, label->backgroundRole());
        const double wanted = TextContrast::BodyText;
        const double ratio = contrast(text, background);
        if (ratio < wanted)
            problems.append(QStringLiteral("%1: text %2 on %3 has contrast %4 (< %5)")
                                .arg(nameOf(label), text.name(), background.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(wanted));
        const QRect at = shown.translated(label->mapTo(window, QPoint(0, 0))).intersected(image.rect());
        QHash<QRgb, int> counts;
        for (int y = at.top(); y <= at.bottom(); ++y) {
            for (int x = at.left(); x <= at.right(); ++x)
                ++counts[image.pixel(x, y)];
        }
        if (counts.isEmpty())
            continue;
        QRgb common = counts.cbegin().key();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > counts.value(common))
                common = it.key();
        }
        double drawn = 1.0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            drawn = std::max(drawn, contrast(QColor(it.key()), QColor(common)));
        if (drawn < 3.0)
            problems.append(QStringLiteral("%1: the drawn text stands out only %2:1 from %3")
                                .arg(nameOf(label))
                                .arg(drawn, 0, 'f', 2)
                                .arg(QColor(common).name()));
    }
    return problems.join(QLatin1Char('\n'));
}

// Every visible push or tool button says what it does in title case (KDE HIG, and what the
// application uses throughout): each word capitalised but for short joining words ("Log Meeting…",
// "Add Person to Cohort"). Returns the odd ones out.
inline QString checkButtonCase(QWidget *window)
{
    static const QStringList small{QStringLiteral("a"),   QStringLiteral("an"),   QStringLiteral("the"),
                                   QStringLiteral("and"), QStringLiteral("or"),   QStringLiteral("of"),
                                   QStringLiteral("to"),  QStringLiteral("in"),   QStringLiteral("on"),
                                   QStringLiteral("at"),  QStringLiteral("by"),   QStringLiteral("for"),
                                   QStringLiteral("as"),  QStringLiteral("from"), QStringLiteral("with")};
    QStringList problems;
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->isVisible() || button->window() != window || button->isCheckable())
            continue;
        const QString text = QString(button->text()).remove(QLatin1Char('&'));
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < words.size(); ++i) {
            const QString &word = words.at(i);
            if (!word.front().isLetter() || (i > 0 && small.contains(word)))
                continue;
            if (word.front().isLower()) {
                problems.append(QStringLiteral("%1 is not in title case").arg(nameOf(button)));
                break;
            }
        }
    }
    problems.removeDuplicates();
    return problems.join(QLatin1Char('\n'));
}

// Saves the image as NAME.png in $TRELLIS_SCREENSHOT_DIR for a person to look at; nothing when
// it is not set. False when it could not be written.
inline bool saveIfAsked(const QImage &image, const QString &name)
{
    const QString dir = qEnvironmentVariable("TRELLIS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return true;
    QDir().mkpath(dir);
    return image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// Grabs a shown window (or dialog) and checks it is drawn at its size, laid out with its key
// widgets inside, and readable; saves it as `name` when TRELLIS_SCREENSHOT_DIR is set.
inline QString renderAndCheck(QWidget *window, const QStringList &keyWidgets, const QString &name,
                              const QStringList &decorative = {})
{
    const QImage image = window->grab().toImage();
    QStringList problems;
    for (const QString &problem : {checkImage(image, window->size()), checkLaidOut(window, keyWidgets),
                                   checkTextContrast(window, image, decorative), checkButtonCase(window)}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    if (!saveIfAsked(image, name))
        problems.append(QStringLiteral("%1 could not be saved").arg(name));
    return problems.isEmpty() ? QString() : name + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'));
}

// "-light-1440x900": the file name suffix of a theme and window size.
inline QString suffix(bool dark, const QSize &size)
{
    return QStringLiteral("-%1-%2x%3")
        .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"))
        .arg(size.width())
        .arg(size.height());
}

} // namespace ScreenshotChecks

} // namespace trellis::test
