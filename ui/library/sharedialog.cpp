#include "library/sharedialog.h"

#include "models/calendarchoices.h"
#include "models/modelloader.h"
#include "util/clock.h"
#include "widgets/pagestyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace trellis {

ShareDialog::ShareDialog(const DataSource &source, Id resourceId, const QString &resourceTitle,
                         std::optional<Id> personId, std::optional<Role> role, QList<Id> alreadyShared,
                         QWidget *parent)
    : EditorDialog(parent)
    , m_resourceId(resourceId)
    , m_personId(personId)
    , m_role(role)
    , m_alreadyShared(std::move(alreadyShared))
    , m_loader(new ModelLoader(source, CalendarChoices::watched(), this))
    , m_model(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("shareDialog"));
    setWindowTitle(tr("Share \u201c%1\u201d").arg(resourceTitle));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the relationships to share it with. Each mentee sees it in their "
                                "Resources with your note."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("shareSearch"));
    m_search->setPlaceholderText(tr("Filter by name…"));
    m_search->setClearButtonEnabled(true);
    ignoreChanges(m_search);
    layout->addWidget(m_search);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("shareList"));
    m_list->setModel(m_filter);
    m_list->setMinimumHeight(180);
    layout->addWidget(m_list, 1);
    m_count = PageStyle::secondary(QString(), this);
    layout->addWidget(m_count);
    layout->addWidget(new QLabel(tr("Personal note (only the people you share with read it):"), this));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("shareNote"));
    m_note->setMaximumHeight(80);
    layout->addWidget(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Share"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ShareDialog::reject);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ShareDialog::updateOk);
    resize(480, 460);
    updateOk();

    m_loader->setLoad(&CalendarChoices::fetch, this, &ShareDialog::applyChoices);
    m_loader->reload();
}

void ShareDialog::applyChoices(CalendarChoices choices, const LoadRequest &)
{
    QList<Id> checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            checked.append(m_model->item(row)->data(Qt::UserRole).toLongLong());
    }
    m_model->clear();
    for (const CalendarChoices::Choice &choice : std::as_const(choices.relationships)) {
        const bool mine = !m_personId || m_role == Role::Coordinator ||
                          (m_role == Role::Mentor && choice.mentorId == *m_personId) ||
                          (m_role == Role::Mentee && choice.menteeId == *m_personId);
        if (!mine)
            continue;
        auto *item = new QStandardItem(choice.label);
        item->setData(choice.id, Qt::UserRole);
        item->setEditable(false);
        if (m_alreadyShared.contains(choice.id)) {
            item->setText(tr("%1 (already shared)").arg(choice.label));
            item->setFlags(Qt::ItemIsSelectable);
        } else {
            item->setCheckable(true);
            item->setCheckState(checked.contains(choice.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_model->appendRow(item);
    }
    updateOk();
    markUnchanged();
    Q_EMIT choicesLoaded();
}

void ShareDialog::setChecked(Id relationshipId, bool checked)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        if (item->data(Qt::UserRole).toLongLong() == relationshipId && item->isCheckable())
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

int ShareDialog::choiceCount() const
{
    return m_model->rowCount();
}

ResourceShareRequest ShareDialog::request() const
{
    ResourceShareRequest request;
    request.resourceId = m_resourceId;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked)
            request.relationshipIds.append(m_model->item(row)->data(Qt::UserRole).toLongLong());
    }
    request.note = m_note->toPlainText().trimmed();
    request.sharedBy = m_personId;
    request.sharedOn = Clock::today();
    return request;
}

void ShareDialog::updateOk()
{
    const int ticked = int(request().relationshipIds.size());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ticked > 0);
    m_count->setText(ticked == 0 ? tr("None chosen yet.") : tr("%n chosen", nullptr, ticked));
}

} // namespace trellis
