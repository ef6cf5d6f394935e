#pragma once

#include "domain/matchpreference.h"

#include <QDialog>
#include <QHash>
#include <QString>

class QListWidget;
class QPushButton;

namespace trellis {

class ChoiceListModel;
class SearchableComboBox;

// One mentee's wishes for matching (issue 14): the mentors they would most like, in order, and
// the mentors they must never be paired with. A mentor is in one list at most. The page saves the
// result as one undo step (Edits::setMatchPreferences); every later run honours it.
class MatchWishesDialog final : public QDialog {
    Q_OBJECT
public:
    // `mentors`: every mentor by id (the picker's entries and the lists' names).
    MatchWishesDialog(const QString &menteeName, const QHash<Id, QString> &mentors,
                      const MatchPreferences &current, QWidget *parent = nullptr);

    MatchPreferences preferences() const;
    // For tests: add the picker's mentor `mentorId` to the wishes (or the never-pair list).
    void addMentor(Id mentorId, bool never);
    QListWidget *wishList() const { return m_wishes; }
    QListWidget *neverList() const { return m_never; }

private:
    void addChosen(bool never);
    void move(int by);
    void removeChosen(QListWidget *list);
    void updateButtons();

    Id m_menteeId = 0;
    QHash<Id, QString> m_mentors;
    ChoiceListModel *m_choices = nullptr;
    SearchableComboBox *m_picker = nullptr;
    QPushButton *m_addWish = nullptr;
    QPushButton *m_addNever = nullptr;
    QListWidget *m_wishes = nullptr;
    QListWidget *m_never = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_removeWish = nullptr;
    QPushButton *m_removeNever = nullptr;
};

} // namespace trellis
