#include "widgets/pagestyle.h"

#include "models/textcontrast.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

constexpr const char *SecondaryProperty = "trellisSecondary";

// Keeps a secondary label's colour derived from what it sits on: when the palette changes
// (Preferences ▸ Appearance, a desktop theme switch) the label gets PaletteChange and its colour
// is derived again, from its parent's palette (its own holds the colour set last time).
class SecondaryColour final : public QObject {
public:
    using QObject::QObject;

    static SecondaryColour *instance()
    {
        static auto *filter = new SecondaryColour;
        return filter;
    }

    static void derive(QLabel *label)
    {
        const QWidget *parent = label->parentWidget();
        QPalette palette = label->palette();
        const QPalette source = parent ? parent->palette() : palette;
        QPalette from = source;
        from.setColor(QPalette::Window, palette.color(QPalette::Window));
        for (const auto group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, QPalette::WindowText, TextContrast::secondary(from, group));
        label->setProperty(SecondaryProperty, true);
        label->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange) &&
            !m_deriving) {
            if (auto *label = qobject_cast<QLabel *>(watched)) {
                m_deriving = true;
                derive(label);
                m_deriving = false;
            }
        }
        return false;
    }

private:
    bool m_deriving = false;
};

} // namespace

QLabel *PageStyle::pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *PageStyle::sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel *PageStyle::secondary(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    makeSecondary(label);
    return label;
}

void PageStyle::makeSecondary(QLabel *label)
{
    if (!label->property(SecondaryProperty).toBool())
        label->installEventFilter(SecondaryColour::instance());
    SecondaryColour::derive(label);
}

QColor PageStyle::secondaryColour(const QWidget *widget)
{
    return TextContrast::secondary(widget->palette());
}

QWidget *PageStyle::emptyState(const QString &iconName, QLabel *sentence, QPushButton *button,
                               QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon::fromTheme(iconName).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    sentence->setParent(page);
    sentence->setAlignment(Qt::AlignCenter);
    sentence->setWordWrap(true);
    layout->addWidget(sentence);
    if (button) {
        button->setParent(page);
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(button);
        row->addStretch(1);
        layout->addLayout(row);
    }
    layout->addStretch(2);
    return page;
}

} // namespace trellis
