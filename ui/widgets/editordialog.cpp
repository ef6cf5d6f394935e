#include "widgets/editordialog.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QMetaProperty>
#include <QPushButton>
#include <QScrollBar>
#include <QShowEvent>

namespace trellis {

namespace {

const char *IgnoreProperty = "trellisIgnoreChanges";

} // namespace

EditorDialog::EditorDialog(QWidget *parent)
    : QDialog(parent)
{}

EditorDialog::~EditorDialog() = default;

QMessageBox *EditorDialog::discardQuestion() const
{
    return m_question;
}

void EditorDialog::ignoreChanges(QWidget *field)
{
    field->setProperty(IgnoreProperty, true);
}

EditorDialog::Fields EditorDialog::fields() const
{
    Fields found;
    for (QWidget *widget : findChildren<QWidget *>()) {
        // Only this dialog's own fields: not the question box, a completer's or calendar's popup.
        if (widget->window() != this || widget->property(IgnoreProperty).toBool())
            continue;
        // A push button's "checked" is no field (a Remove button is one only through its row).
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if ((button && !button->isCheckable()) || qobject_cast<const QScrollBar *>(widget))
            continue; // and scrolling a text box changes nothing in it
        const QMetaProperty user = widget->metaObject()->userProperty();
        if (user.isValid() && user.isReadable())
            found.append({QPointer<QWidget>(widget), user.read(widget)});
    }
    return found;
}

void EditorDialog::markUnchanged()
{
    m_initial = fields();
}

bool EditorDialog::hasChanges() const
{
    if (!m_initial)
        return false;
    const Fields now = fields();
    if (now.size() != m_initial->size())
        return true;
    for (qsizetype i = 0; i < now.size(); ++i) {
        const auto &[widget, value] = m_initial->at(i);
        // Children are listed in creation order, so the same widget sits at the same place.
        if (!widget || widget != now.at(i).first || value != now.at(i).second)
            return true;
    }
    return false;
}

void EditorDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The values it opens with, defaults and all, are "unchanged".
    if (!m_initial && !event->spontaneous())
        markUnchanged();
}

void EditorDialog::reject()
{
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Question, tr("Discard Changes?"),
                                     tr("Discard your changes?"), QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("discardChangesQuestion"));
    question->setInformativeText(
        tr("What you typed or changed in “%1” is not saved yet.").arg(windowTitle()));
    QPushButton *discard = question->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardChanges"));
    QPushButton *keep = question->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    // Enter and Esc both keep what was typed; discarding takes a deliberate click (or its key).
    question->setDefaultButton(keep);
    question->setEscapeButton(keep);
    question->setWindowModality(Qt::WindowModal);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, discard](QAbstractButton *clicked) {
        if (clicked == discard)
            QDialog::reject();
    });
    m_question = question;
    question->open();
}

} // namespace trellis
