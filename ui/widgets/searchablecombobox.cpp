#include "widgets/searchablecombobox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>

namespace trellis {

SearchableComboBox::SearchableComboBox(QWidget *parent)
    : QComboBox(parent)
    , m_completer(new QCompleter(this))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Sized by a number of characters, not by measuring every entry (thousands of relationships).
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_completer->setModel(model());
    setCompleter(m_completer);
    setHint({});
    // Entries arriving from a loader pick the first one silently: show it (typing never changes
    // the index, so this never overwrites what is being typed).
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString shown = index >= 0 ? itemText(index) : QString();
        if (lineEdit()->text() != shown)
            lineEdit()->setText(shown);
    });
}

void SearchableComboBox::setHint(const QString &text)
{
    setPlaceholderText(text);
    lineEdit()->setPlaceholderText(text.isEmpty() ? tr("Type to search…") : text);
}

void SearchableComboBox::setChoices(QAbstractItemModel *choices)
{
    setModel(choices);
    // The completer maps its matches back to rows of the combo's model: it must search that model.
    m_completer->setModel(choices);
}

QAbstractItemModel *SearchableComboBox::matchesFor(const QString &text)
{
    m_completer->setCompletionPrefix(text);
    return m_completer->completionModel();
}

void SearchableComboBox::focusOutEvent(QFocusEvent *event)
{
    QComboBox::focusOutEvent(event);
    // Not while the completion popup has the keyboard: the user is still choosing.
    if (event->reason() == Qt::PopupFocusReason)
        return;
    const int current = currentIndex();
    const QString shown = current >= 0 ? itemText(current) : QString();
    if (lineEdit()->text() != shown)
        lineEdit()->setText(shown);
}

} // namespace trellis
