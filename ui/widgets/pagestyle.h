#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace trellis {

// The type scale of UI.md, in one place: page titles ≈1.4× bold, section headers ≈1.1×
// semibold, secondary text in the palette's placeholder colour; and empty states (an icon,
// one sentence, one button).
class PageStyle {
public:
    static QLabel *pageTitle(const QString &text, QWidget *parent);
    static QLabel *sectionTitle(const QString &text, QWidget *parent);
    static QLabel *secondary(const QString &text, QWidget *parent);
    static void makeSecondary(QLabel *label);
    // A centred empty state; `button` (may be null) is placed under the sentence.
    static QWidget *emptyState(const QString &iconName, QLabel *sentence, QPushButton *button,
                               QWidget *parent);
};

} // namespace trellis
