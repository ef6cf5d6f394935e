#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace trellis {

// The type scale of UI.md, in one place: page titles ≈1.4× bold, section headers ≈1.1×
// semibold, secondary text in a colour derived from the window's so that it reads at 4.5:1 in
// light and dark (TextContrast::secondary; never the faint placeholder colour); and empty states
// (an icon, one sentence, one button).
class PageStyle {
public:
    static QLabel *pageTitle(const QString &text, QWidget *parent);
    static QLabel *sectionTitle(const QString &text, QWidget *parent);
    static QLabel *secondary(const QString &text, QWidget *parent);
    // Gives `label` the secondary colour and keeps it derived when the palette changes.
    static void makeSecondary(QLabel *label);
    // The secondary colour on `widget`'s window colour (for rich text that names a colour).
    [[nodiscard]] static QColor secondaryColour(const QWidget *widget);
    // A centred empty state; `button` (may be null) is placed under the sentence.
    static QWidget *emptyState(const QString &iconName, QLabel *sentence, QPushButton *button,
                               QWidget *parent);
};

} // namespace trellis
