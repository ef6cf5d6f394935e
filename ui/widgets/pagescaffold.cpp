#include "widgets/pagescaffold.h"

#include "models/modelloader.h"
#include "widgets/pagestyle.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace trellis {

PageScaffold::PageScaffold(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_layout = layout;
    layout->setContentsMargins(16, 16, 16, 8);
    layout->setSpacing(8);

    m_titleRow = new QHBoxLayout;
    m_title = PageStyle::pageTitle(title, this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setAccessibleName(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    PageStyle::makeSecondary(m_summary);
    m_titleRow->addWidget(m_title);
    m_titleRow->addStretch(1);
    m_titleRow->addWidget(m_summary);
    layout->addLayout(m_titleRow);

    m_filterRow = new QHBoxLayout;
    layout->addLayout(m_filterRow);

    // The state panel: an icon, one sentence and one button, centred.
    m_panel = new QWidget(this);
    m_panel->setObjectName(QStringLiteral("pageState"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->addStretch(1);
    m_icon = new QLabel(m_panel);
    m_icon->setAlignment(Qt::AlignCenter);
    panelLayout->addWidget(m_icon);
    m_text = new QLabel(m_panel);
    m_text->setObjectName(QStringLiteral("pageStateText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    panelLayout->addWidget(m_text);
    m_emptyButton = new QPushButton(m_panel);
    m_emptyButton->setObjectName(QStringLiteral("pageEmptyButton"));
    m_emptySecondary = new QPushButton(m_panel);
    m_emptySecondary->setObjectName(QStringLiteral("pageEmptySecondary"));
    m_emptySecondary->setFlat(true);
    m_retryButton =
        new QPushButton(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Try Again"), m_panel);
    m_retryButton->setObjectName(QStringLiteral("pageRetry"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_emptyButton);
    buttons->addWidget(m_emptySecondary);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    panelLayout->addLayout(buttons);
    panelLayout->addStretch(2);
    connect(m_retryButton, &QPushButton::clicked, this, &PageScaffold::retryRequested);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_panel);
    layout->addWidget(m_stack, 1);
    showLoading();
}

void PageScaffold::setSummary(const QString &text)
{
    m_summary->setText(text);
}

void PageScaffold::setPrimaryButton(QAbstractButton *button)
{
    button->setParent(this);
    m_titleRow->addWidget(button);
}

void PageScaffold::addBesideTitle(QWidget *widget, int spacing)
{
    widget->setParent(this);
    if (spacing > 0)
        m_titleRow->insertSpacing(1 + m_besideTitle++, spacing);
    m_titleRow->insertWidget(1 + m_besideTitle++, widget);
}

void PageScaffold::addHeader(QWidget *widget)
{
    widget->setParent(this);
    // Below the title row and the headers added before.
    m_layout->insertWidget(1 + m_headers++, widget);
}

void PageScaffold::setContent(QWidget *content)
{
    if (m_content) {
        m_stack->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = content;
    m_stack->addWidget(content);
    if (m_body == Body::Content)
        m_stack->setCurrentWidget(content);
}

void PageScaffold::follow(ModelLoader *loader, EmptyCheck check, const QString &loadingText)
{
    m_loader = loader;
    m_check = std::move(check);
    m_loadingText = loadingText;
    connect(loader, &ModelLoader::stateChanged, this, [this](ModelLoader::State state) {
        if (state == ModelLoader::State::Loading && !m_loader->hasLoaded())
            showLoading(m_loadingText);
    });
    connect(loader, &ModelLoader::loaded, this, &PageScaffold::refresh);
    connect(loader, &ModelLoader::failed, this, &PageScaffold::showFailed);
    connect(this, &PageScaffold::retryRequested, loader, &ModelLoader::reload);
    if (loader->hasLoaded())
        refresh();
    else if (loader->state() == ModelLoader::State::Failed)
        showFailed(loader->errorMessage());
    else
        showLoading(m_loadingText);
}

void PageScaffold::refresh()
{
    if (m_loader && !m_loader->hasLoaded())
        return;
    const std::optional<EmptyState> empty = m_check ? m_check() : std::nullopt;
    if (empty)
        showEmpty(*empty);
    else
        showContent();
}

void PageScaffold::showLoading(const QString &text)
{
    showPanel(Body::Loading, QString(), text.isEmpty() ? tr("Loading…") : text, QString());
}

void PageScaffold::showFailed(const QString &message)
{
    showPanel(Body::Failed, QStringLiteral("dialog-error"), message, QString());
    m_retryButton->show();
}

void PageScaffold::showEmpty(const EmptyState &state)
{
    showPanel(Body::Empty, state.iconName, state.text, state.buttonText, state.secondaryText);
}

void PageScaffold::showContent()
{
    m_body = Body::Content;
    if (m_content)
        m_stack->setCurrentWidget(m_content);
}

QString PageScaffold::stateText() const
{
    return m_body == Body::Content ? QString() : m_text->text();
}

void PageScaffold::showPanel(Body body, const QString &iconName, const QString &text,
                             const QString &buttonText, const QString &secondaryText)
{
    m_body = body;
    m_icon->setPixmap(iconName.isEmpty() ? QPixmap() : QIcon::fromTheme(iconName).pixmap(64, 64));
    m_icon->setVisible(!iconName.isEmpty());
    m_text->setText(text);
    m_emptyButton->setText(buttonText);
    m_emptyButton->setVisible(!buttonText.isEmpty());
    m_emptySecondary->setText(secondaryText);
    m_emptySecondary->setVisible(!secondaryText.isEmpty());
    m_retryButton->hide();
    m_stack->setCurrentWidget(m_panel);
}

} // namespace trellis
