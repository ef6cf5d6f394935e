#include "workspace/firstrunpage.h"

#include "commands/edits.h"
#include "models/healthpresentation.h"
#include "models/modelloader.h"
#include "widgets/pagescaffold.h"
#include "widgets/pagestyle.h"

#include <QButtonGroup>
#include <QCommandLinkButton>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trellis {

namespace {

constexpr int DefaultCapacity = 3;

} // namespace

FirstRunPage::FirstRunPage(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_loader(new ModelLoader(context.dataSource(), ProfileChoices::watchedEntities(), this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    m_loader->setLoad(&ProfileChoices::fetch, this, &FirstRunPage::showChoices);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scaffold = new PageScaffold(tr("Who are you?"), this);
    layout->addWidget(m_scaffold);

    // A centred column: the form, Continue, then the other ways in.
    auto *content = new QWidget(this);
    auto *outer = new QHBoxLayout(content);
    outer->addStretch(1);
    auto *column = new QWidget(content);
    column->setObjectName(QStringLiteral("firstRunColumn"));
    column->setMinimumWidth(420);
    column->setMaximumWidth(600);
    outer->addWidget(column, 3);
    outer->addStretch(1);
    auto *rows = new QVBoxLayout(column);
    rows->setContentsMargins(0, 8, 0, 8);
    rows->setSpacing(12);

    auto *intro = new QLabel(tr("Trellis keeps this programme's relationships, goals and meetings. Say who "
                                "you are and the part you take: Trellis shows you yours and starts you off."),
                             column);
    intro->setObjectName(QStringLiteral("firstRunIntro"));
    intro->setWordWrap(true);
    rows->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(column);
    m_name->setObjectName(QStringLiteral("firstRunName"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("e.g. Maria Costa"));
    m_email = new QLineEdit(column);
    m_email->setObjectName(QStringLiteral("firstRunEmail"));
    m_email->setAccessibleName(tr("Your e-mail (optional)"));
    m_email->setPlaceholderText(tr("optional"));
    form->addRow(tr("Your &name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    rows->addLayout(form);

    rows->addWidget(PageStyle::sectionTitle(tr("I take part as"), column));
    m_roles = new QButtonGroup(this);
    const QList<std::tuple<Role, QString, QString, QString>> roles = {
        {Role::Mentor, QStringLiteral("firstRunMentor"), tr("&Mentor"),
         tr("I mentor people: my mentees, our meetings and their goals.")},
        {Role::Mentee, QStringLiteral("firstRunMentee"), tr("Men&tee"),
         tr("I am mentored: my goals, my actions and the next meeting.")},
        {Role::Coordinator, QStringLiteral("firstRunCoordinator"), tr("&Coordinator"),
         tr("I run the programme: the roster, the pairs and the cohorts.")},
    };
    for (const auto &[role, name, label, detail] : roles) {
        auto *radio = new QRadioButton(label, column);
        radio->setObjectName(name);
        radio->setAccessibleDescription(detail);
        m_roles->addButton(radio, int(role));
        auto *explanation = PageStyle::secondary(detail, column);
        explanation->setWordWrap(true);
        explanation->setContentsMargins(24, 0, 0, 0);
        // The choice and what it means, together.
        auto *choice = new QVBoxLayout;
        choice->setSpacing(0);
        choice->addWidget(radio);
        choice->addWidget(explanation);
        rows->addLayout(choice);
    }

    auto *capacityRow = new QHBoxLayout;
    m_capacityLabel = new QLabel(tr("Mentees you can t&ake:"), column);
    m_capacity = new QSpinBox(column);
    m_capacity->setObjectName(QStringLiteral("firstRunCapacity"));
    m_capacity->setAccessibleName(tr("Mentees you can take"));
    m_capacity->setRange(1, 100);
    m_capacity->setValue(DefaultCapacity);
    m_capacityLabel->setBuddy(m_capacity);
    capacityRow->setContentsMargins(24, 0, 0, 0);
    capacityRow->addWidget(m_capacityLabel);
    capacityRow->addWidget(m_capacity);
    capacityRow->addStretch(1);
    rows->addLayout(capacityRow);

    m_error = new QLabel(column);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, HealthPresentation::colour(HealthPresentation::Tone::Bad));
    m_error->setPalette(palette);
    rows->addWidget(m_error);

    auto *continueRow = new QHBoxLayout;
    m_continue = new QPushButton(QIcon::fromTheme(QStringLiteral("go-next")), tr("Continue"), column);
    m_continue->setObjectName(QStringLiteral("firstRunContinue"));
    m_continue->setDefault(true);
    continueRow->addStretch(1);
    continueRow->addWidget(m_continue);
    rows->addLayout(continueRow);

    auto *line = new QFrame(column);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    rows->addWidget(line);
    m_demo = new QCommandLinkButton(tr("Explore the demo programme instead"),
                                    tr("A realistic programme with mentors, mentees, goals and a year of "
                                       "meetings, in its own file; this database stays as it is."),
                                    column);
    m_demo->setObjectName(QStringLiteral("firstRunDemo"));
    m_demo->setIcon(QIcon::fromTheme(QStringLiteral("applications-education")));
    rows->addWidget(m_demo);
    m_choose = new QCommandLinkButton(tr("Choose yourself from the roster"), column);
    m_choose->setObjectName(QStringLiteral("firstRunChoose"));
    m_choose->setIcon(QIcon::fromTheme(QStringLiteral("user-identity")));
    m_choose->hide();
    rows->addWidget(m_choose);
    rows->addStretch(1);

    m_scaffold->setContent(content);
    m_scaffold->follow(
        m_loader, [] { return std::optional<PageScaffold::EmptyState>(); }, tr("Opening…"));

    connect(m_name, &QLineEdit::textChanged, this, &FirstRunPage::validate);
    connect(m_roles, &QButtonGroup::idToggled, this, &FirstRunPage::validate);
    connect(m_name, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
    connect(m_continue, &QPushButton::clicked, this, &FirstRunPage::createYourself);
    connect(m_demo, &QPushButton::clicked, this, &FirstRunPage::demoRequested);
    connect(m_choose, &QPushButton::clicked, this, &FirstRunPage::chooseProfileRequested);
    connect(m_loader, &ModelLoader::loaded, this, &FirstRunPage::loaded);
    validate();
    m_loader->reload();
}

FirstRunPage::~FirstRunPage() = default;

void FirstRunPage::showChoices(ProfileChoices choices, const LoadRequest &)
{
    const int people = int(choices.people.size());
    m_choose->setVisible(people > 0);
    m_choose->setDescription(
        tr("%n person(s) are already in this database; you may be one of them.", nullptr, people));
    m_name->setFocus();
}

QString FirstRunPage::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Type your name.");
    if (m_roles->checkedId() < 0)
        return tr("Choose the part you take.");
    return {};
}

void FirstRunPage::validate()
{
    const bool mentor = m_roles->checkedId() == int(Role::Mentor);
    m_capacityLabel->setVisible(mentor);
    m_capacity->setVisible(mentor);
    m_continue->setEnabled(problem().isEmpty());
    m_error->clear();
}

bool FirstRunPage::createYourself()
{
    if (!problem().isEmpty() || !m_context.edits)
        return false;
    const auto role = Role(m_roles->checkedId());
    Person you;
    you.displayName = m_name->text().trimmed();
    you.email = m_email->text().trimmed();
    you.capacity = role == Role::Mentor ? m_capacity->value() : 0;
    // Edits::profileChanged rebuilds the workspace for the new profile (this page goes with it).
    auto done = m_context.edits->addYourself(you, role);
    if (!done) {
        m_error->setText(done.errorMessage());
        return false;
    }
    return true;
}

} // namespace trellis
