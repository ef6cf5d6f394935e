#pragma once

#include <QComboBox>
#include <QList>

class QAbstractItemModel;
class QCompleter;

namespace trellis {

// A picker that can be searched: typing filters the entries to those containing the text anywhere,
// in any case ("cos" finds "Maria Costa – Ada Lovelace"), and Enter or a click picks one. Its
// entries come from a model (setChoices), so thousands of them cost no widget or item each and
// the filtering is the completer's, over that model. When focus leaves with a half-typed text, the
// box shows its current entry again: what it shows is always what is chosen.
//
//     auto *box = new SearchableComboBox(this);
//     box->setChoices(choiceListModel);      // Qt::UserRole: the id, for currentData()/findData()
class SearchableComboBox final : public QComboBox {
    Q_OBJECT
public:
    explicit SearchableComboBox(QWidget *parent = nullptr);

    // Shows `choices` (instead of QComboBox::setModel, which would leave the search on the old list).
    void setChoices(QAbstractItemModel *choices);
    // What the empty box says ("Loading…", "None in this database"); empty: "Type to search…".
    void setHint(const QString &text);
    // The entries offered for `text`, as typing it would filter them (the completion popup's model).
    QAbstractItemModel *matchesFor(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    // Shows the current entry's text in the line edit (after a reload, a rename, leaving focus).
    void showCurrentEntry();

    QCompleter *m_completer = nullptr;
    QList<QMetaObject::Connection> m_choiceConnections;
};

} // namespace trellis
