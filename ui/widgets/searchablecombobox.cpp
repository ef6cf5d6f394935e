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
    connect(this, &QComboBox::currentIndexChanged, this, &SearchableComboBox::showCurrentEntry);
}

void SearchableComboBox::showCurrentEntry()
{
    const int current = currentIndex();
    const QString shown = current >= 0 ? itemText(current) : QString();
    if (lineEdit()->text() != shown) {
        lineEdit()->setText(shown);
        // The start of an entry names it ("Career Compass · …"): show that end when it is cut.
        lineEdit()->home(false);
    }
}

void SearchableComboBox::setHint(const QString &text)
{
    setPlaceholderText(text);
    lineEdit()->setPlaceholderText(text.isEmpty() ? tr("Type to search…") : text);
}

void SearchableComboBox::setChoices(QAbstractItemModel *choices)
{
    if (choices == model())
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_choiceConnections))
        disconnect(connection);
    setModel(choices);
    // The completer maps its matches back to rows of the combo's model: it must search that model.
    m_completer->setModel(choices);
    // A reload resets the model: QComboBox then clears its line edit and, when the current row
    // stays the same, emits nothing — the box would show no text over a chosen entry. These
    // connections come after QComboBox's own, so they run after it has cleared the text.
    m_choiceConnections = {
        connect(choices, &QAbstractItemModel::modelReset, this, &SearchableComboBox::showCurrentEntry),
        connect(choices, &QAbstractItemModel::layoutChanged, this, &SearchableComboBox::showCurrentEntry),
        connect(choices, &QAbstractItemModel::dataChanged, this,
                [this] {
                    if (!lineEdit()->hasFocus())
                        showCurrentEntry();
                }),
    };
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
    showCurrentEntry();
}

} // namespace trellis
