#include "relationships/relationshipfeedbacktab.h"

#include "commands/edits.h"
#include "models/feedbacklistmodel.h"
#include "util/clock.h"
#include "widgets/formdialog.h"
#include "widgets/placeholdertreeview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace trellis {

RelationshipFeedbackTab::RelationshipFeedbackTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new FeedbackListModel(this))
{
    setObjectName(QStringLiteral("feedbackTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    m_view = new PlaceholderTreeView(this);
    m_view->setObjectName(QStringLiteral("feedbackTree"));
    m_view->setAccessibleName(tr("Feedback"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setModel(m_model);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(FeedbackListModel::Date, 120);
    m_view->setColumnWidth(FeedbackListModel::From, 180);
    m_view->setColumnWidth(FeedbackListModel::Rating, 110);
    m_view->setColumnWidth(FeedbackListModel::Visibility, 160);
    m_view->setPlaceholderText(tr("No feedback yet — how the mentoring feels, to both of you."));
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Feedback…"), this);
    m_add->setObjectName(QStringLiteral("addFeedbackButton"));
    m_remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFeedbackButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &RelationshipFeedbackTab::addFeedback);
    connect(m_remove, &QPushButton::clicked, this, &RelationshipFeedbackTab::removeFeedback);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RelationshipFeedbackTab::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RelationshipFeedbackTab::updateButtons);
    updateButtons();
}

void RelationshipFeedbackTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_relationship = snapshot.relationship;
    m_names = snapshot.names;
    m_model->setFeedback(snapshot.feedback, snapshot.names);
    updateButtons();
}

std::optional<Id> RelationshipFeedbackTab::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->itemAt(current.row()).id;
}

void RelationshipFeedbackTab::updateButtons()
{
    m_add->setEnabled(m_relationship.has_value());
    m_remove->setEnabled(currentId().has_value());
}

void RelationshipFeedbackTab::addFeedback()
{
    if (!m_relationship)
        return;
    const Relationship &r = *m_relationship;
    FormDialog dialog(tr("Add Feedback"), this);
    dialog.setObjectName(QStringLiteral("feedbackDialog"));
    const FormDialog::Choices from{{tr("%1 (mentee)").arg(m_names.value(r.menteeId)), int(Role::Mentee)},
                                   {tr("%1 (mentor)").arg(m_names.value(r.mentorId)), int(Role::Mentor)},
                                   {tr("Coordinator"), int(Role::Coordinator)}};
    const Role mine = m_context.profile ? m_context.profile->role : Role::Mentor;
    dialog.addChoice(QStringLiteral("feedbackFrom"), tr("&From:"), from, int(mine));
    FormDialog::Choices ratings;
    const QStringList words{tr("poor"), tr("fair"), tr("good"), tr("very good"), tr("excellent")};
    for (int rating = 5; rating >= 1; --rating)
        ratings.append(
            {tr("%1  %2 — %3").arg(FeedbackListModel::stars(rating)).arg(rating).arg(words.at(rating - 1)),
             rating});
    dialog.addChoice(QStringLiteral("feedbackRating"), tr("&Rating:"), ratings, 4);
    dialog.addText(QStringLiteral("feedbackComment"), tr("&Comment:"), QString(), false,
                   tr("What helps, what could be better?"));
    dialog.addDate(QStringLiteral("feedbackDate"), tr("&Date:"), Clock::today(), Clock::today());
    // Who may read it: a rating of the other person is for the coordinators unless its author
    // shares it (Feedback::defaultVisibility follows the author until a choice is made).
    const FormDialog::Choices visibilities{
        {FeedbackListModel::visibilityText(FeedbackVisibility::CoordinatorOnly),
         int(FeedbackVisibility::CoordinatorOnly)},
        {FeedbackListModel::visibilityText(FeedbackVisibility::SharedWithPair),
         int(FeedbackVisibility::SharedWithPair)}};
    dialog.addChoice(QStringLiteral("feedbackVisibility"), tr("&Seen by:"), visibilities,
                     int(Feedback::defaultVisibility(mine)));
    auto *fromBox = dialog.findChild<QComboBox *>(QStringLiteral("feedbackFrom"));
    auto *visibilityBox = dialog.findChild<QComboBox *>(QStringLiteral("feedbackVisibility"));
    if (fromBox && visibilityBox) {
        auto chosen = std::make_shared<bool>(false);
        connect(visibilityBox, &QComboBox::activated, &dialog, [chosen] { *chosen = true; });
        connect(fromBox, &QComboBox::currentIndexChanged, &dialog, [=] {
            if (*chosen)
                return;
            const int index = visibilityBox->findData(
                int(Feedback::defaultVisibility(Role(fromBox->currentData().toInt()))));
            visibilityBox->setCurrentIndex(index);
        });
    }
    dialog.setOkText(tr("Add"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Feedback given;
    given.relationshipId = r.id;
    given.authorRole = Role(dialog.choice(QStringLiteral("feedbackFrom")).toInt());
    if (given.authorRole == Role::Mentee)
        given.authorId = r.menteeId;
    else if (given.authorRole == Role::Mentor)
        given.authorId = r.mentorId;
    else if (m_context.profile && m_context.profile->role == Role::Coordinator)
        given.authorId = m_context.profile->personId;
    given.rating = dialog.choice(QStringLiteral("feedbackRating")).toInt();
    given.comment = dialog.text(QStringLiteral("feedbackComment"));
    given.givenOn = dialog.date(QStringLiteral("feedbackDate"));
    given.visibility = FeedbackVisibility(dialog.choice(QStringLiteral("feedbackVisibility")).toInt());
    (void)m_context.edits->addFeedback(given);
}

void RelationshipFeedbackTab::removeFeedback()
{
    if (const std::optional<Id> id = currentId())
        (void)m_context.edits->removeFeedback(*id);
}

} // namespace trellis
