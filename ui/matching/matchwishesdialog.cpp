#include "matching/matchwishesdialog.h"

#include "models/choicelistmodel.h"
#include "widgets/pagestyle.h"
#include "widgets/searchablecombobox.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace trellis {

namespace {

constexpr int IdRole = Qt::UserRole;

QListWidget *makeList(const QString &name, const QString &accessible, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setMinimumHeight(140);
    return list;
}

bool listed(const QListWidget *list, Id id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(IdRole).toLongLong() == id)
            return true;
    }
    return false;
}

QList<Id> idsOf(const QListWidget *list)
{
    QList<Id> ids;
    for (int row = 0; row < list->count(); ++row)
        ids.append(list->item(row)->data(IdRole).toLongLong());
    return ids;
}

} // namespace

MatchWishesDialog::MatchWishesDialog(const QString &menteeName, const QHash<Id, QString> &mentors,
                                     const MatchPreferences &current, QWidget *parent)
    : QDialog(parent)
    , m_menteeId(current.menteeId)
    , m_mentors(mentors)
    , m_choices(new ChoiceListModel(this))
{
    setObjectName(QStringLiteral("matchWishesDialog"));
    setWindowTitle(tr("Wishes of %1").arg(menteeName));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    auto *intro = PageStyle::secondary(
        tr("The mentors %1 would most like, most wanted first, and those they must never be paired with. "
           "Every matching run honours both.")
            .arg(menteeName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The picker of mentors, by name.
    QList<CalendarChoices::Choice> choices;
    for (auto it = mentors.cbegin(); it != mentors.cend(); ++it)
        choices.append({it.key(), it.value(), 0, 0, 0});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(choices.begin(), choices.end(), [&collator](const auto &a, const auto &b) {
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    m_choices->setChoices(choices);
    auto *pickRow = new QHBoxLayout;
    auto *pickCaption = new QLabel(tr("&Mentor"), this);
    m_picker = new SearchableComboBox(this);
    m_picker->setObjectName(QStringLiteral("wishMentor"));
    m_picker->setAccessibleName(tr("Mentor"));
    m_picker->setChoices(m_choices);
    m_picker->setHint(tr("Type a mentor's name"));
    m_picker->setMinimumContentsLength(22);
    pickCaption->setBuddy(m_picker);
    m_addWish = new QPushButton(tr("Add to &Wishes"), this);
    m_addWish->setObjectName(QStringLiteral("addWish"));
    m_addNever = new QPushButton(tr("&Never Pair"), this);
    m_addNever->setObjectName(QStringLiteral("addNever"));
    m_addNever->setToolTip(tr("Never suggest this mentor for %1").arg(menteeName));
    pickRow->addWidget(pickCaption);
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_addWish);
    pickRow->addWidget(m_addNever);
    layout->addLayout(pickRow);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(PageStyle::sectionTitle(tr("Wished for, most wanted first"), this), 0, 0);
    grid->addWidget(PageStyle::sectionTitle(tr("Never pair with"), this), 0, 1);
    m_wishes = makeList(QStringLiteral("wishList"), tr("Wished-for mentors"), this);
    m_never = makeList(QStringLiteral("neverList"), tr("Never pair with"), this);
    grid->addWidget(m_wishes, 1, 0);
    grid->addWidget(m_never, 1, 1);
    auto *wishButtons = new QHBoxLayout;
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move &Down"), this);
    m_removeWish = new QPushButton(tr("&Remove"), this);
    m_removeWish->setObjectName(QStringLiteral("removeWish"));
    wishButtons->addWidget(m_up);
    wishButtons->addWidget(m_down);
    wishButtons->addStretch(1);
    wishButtons->addWidget(m_removeWish);
    auto *neverButtons = new QHBoxLayout;
    m_removeNever = new QPushButton(tr("R&emove"), this);
    m_removeNever->setObjectName(QStringLiteral("removeNever"));
    neverButtons->addStretch(1);
    neverButtons->addWidget(m_removeNever);
    grid->addLayout(wishButtons, 2, 0);
    grid->addLayout(neverButtons, 2, 1);
    layout->addLayout(grid, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto fill = [this](QListWidget *list, const QList<Id> &ids) {
        for (const Id id : ids) {
            auto *item = new QListWidgetItem(m_mentors.value(id, tr("Mentor #%1").arg(id)), list);
            item->setData(IdRole, id);
        }
    };
    fill(m_wishes, current.wishes);
    fill(m_never, current.never);

    connect(m_addWish, &QPushButton::clicked, this, [this] { addChosen(false); });
    connect(m_addNever, &QPushButton::clicked, this, [this] { addChosen(true); });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_removeWish, &QPushButton::clicked, this, [this] { removeChosen(m_wishes); });
    connect(m_removeNever, &QPushButton::clicked, this, [this] { removeChosen(m_never); });
    connect(m_wishes, &QListWidget::currentRowChanged, this, &MatchWishesDialog::updateButtons);
    connect(m_never, &QListWidget::currentRowChanged, this, &MatchWishesDialog::updateButtons);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &MatchWishesDialog::updateButtons);
    m_picker->setCurrentIndex(-1);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(560, 380)));
}

MatchPreferences MatchWishesDialog::preferences() const
{
    return MatchPreferences{m_menteeId, idsOf(m_wishes), idsOf(m_never)};
}

void MatchWishesDialog::addMentor(Id mentorId, bool never)
{
    m_picker->setCurrentIndex(m_picker->findData(mentorId));
    addChosen(never);
}

void MatchWishesDialog::addChosen(bool never)
{
    if (m_picker->currentIndex() < 0)
        return;
    const Id id = m_picker->currentData().toLongLong();
    if (id <= 0 || id == m_menteeId)
        return;
    // A mentor is in one list at most: adding to one takes them out of the other.
    for (QListWidget *list : {m_wishes, m_never}) {
        for (int row = list->count() - 1; row >= 0; --row) {
            if (list->item(row)->data(IdRole).toLongLong() == id)
                delete list->takeItem(row);
        }
    }
    QListWidget *target = never ? m_never : m_wishes;
    auto *item = new QListWidgetItem(m_mentors.value(id), target);
    item->setData(IdRole, id);
    target->setCurrentItem(item);
    updateButtons();
}

void MatchWishesDialog::move(int by)
{
    const int row = m_wishes->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_wishes->count())
        return;
    QListWidgetItem *item = m_wishes->takeItem(row);
    m_wishes->insertItem(to, item);
    m_wishes->setCurrentRow(to);
    updateButtons();
}

void MatchWishesDialog::removeChosen(QListWidget *list)
{
    if (list->currentRow() >= 0)
        delete list->takeItem(list->currentRow());
    updateButtons();
}

void MatchWishesDialog::updateButtons()
{
    const Id chosen = m_picker->currentIndex() >= 0 ? m_picker->currentData().toLongLong() : 0;
    m_addWish->setEnabled(chosen > 0 && !listed(m_wishes, chosen));
    m_addNever->setEnabled(chosen > 0 && !listed(m_never, chosen));
    const int row = m_wishes->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_wishes->count());
    m_removeWish->setEnabled(row >= 0);
    m_removeNever->setEnabled(m_never->currentRow() >= 0);
}

} // namespace trellis
