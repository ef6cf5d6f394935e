#include "dialogs/profiledialog.h"

#include "widgets/profileeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

ProfileDialog::ProfileDialog(const QList<Person> &people, const std::optional<Profile> &current,
                             QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(tr("Who Is Using Trellis?"));

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Your profile picks the workspace Trellis opens with and what \"mine\" means. "
                      "You can change it at any time from the name at the top right."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_editor = new ProfileEditor(this);
    layout->addWidget(m_editor);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &ProfileEditor::validityChanged, m_buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
    m_editor->setPeople(people, current);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_editor->isValid());
}

Profile ProfileDialog::profile() const
{
    return m_editor->profile();
}

} // namespace trellis
