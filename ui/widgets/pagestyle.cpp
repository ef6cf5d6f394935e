#include "widgets/pagestyle.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

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
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
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
