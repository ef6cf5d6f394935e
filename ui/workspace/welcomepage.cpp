#include "workspace/welcomepage.h"

#include <QCommandLinkButton>
#include <QFont>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

QPushButton *makeChoice(const QString &icon, const QString &title, const QString &detail, QWidget *parent)
{
    auto *button = new QCommandLinkButton(title, detail, parent);
    button->setIcon(QIcon::fromTheme(icon));
    button->setIconSize(QSize(32, 32));
    return button;
}

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto *column = new QVBoxLayout;
    column->setSpacing(16);
    auto *title = new QLabel(tr("Welcome to Trellis"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro =
        new QLabel(tr("Trellis keeps mentoring relationships, goals and meetings in one database file on "
                      "this computer. Nothing leaves it unless you export it."),
                   this);
    intro->setWordWrap(true);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(8);

    m_demo =
        makeChoice(QStringLiteral("applications-education"), tr("Explore the demo programme"),
                   tr("A realistic programme with mentors, mentees, goals and a year of meetings."), this);
    m_demo->setObjectName(QStringLiteral("exploreDemoButton"));
    m_new = makeChoice(QStringLiteral("document-new"), tr("Create a new database…"),
                       tr("Start your own programme from scratch."), this);
    m_new->setObjectName(QStringLiteral("newDatabaseButton"));
    m_open = makeChoice(QStringLiteral("document-open"), tr("Open a database…"),
                        tr("Continue with a Trellis file you already have."), this);
    m_open->setObjectName(QStringLiteral("openDatabaseButton"));
    for (QPushButton *button : {m_demo, m_new, m_open})
        column->addWidget(button);

    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("welcomePhase"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("welcomeProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("welcomeCancel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    column->addWidget(m_phase);
    column->addLayout(progressRow);

    auto *panel = new QWidget(this);
    panel->setLayout(column);
    panel->setMinimumWidth(480);
    panel->setMaximumWidth(640);
    auto *centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(panel, 3);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(3);

    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_cancel, &QPushButton::clicked, this, &WelcomePage::cancelRequested);
    setBusy(false);
}

void WelcomePage::setBusy(bool busy, const QString &phase)
{
    for (QPushButton *button : {m_demo, m_new, m_open})
        button->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_phase->setVisible(busy);
    m_phase->setText(phase);
    m_progress->setValue(0);
}

void WelcomePage::setProgress(double fraction, const QString &phase)
{
    m_progress->setValue(int(fraction * 1000));
    if (!phase.isEmpty())
        m_phase->setText(phase);
}

} // namespace trellis
