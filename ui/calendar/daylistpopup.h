#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QFrame>
#include <QList>

class QListWidget;

namespace trellis {

class OccurrenceModel;

// The list behind a month cell's "+N more": every occurrence of the day in a popup, the first one
// current so arrows and Enter work at once; Esc closes it.
class DayListPopup final : public QFrame {
    Q_OBJECT
public:
    struct Item {
        int sourceRow = -1;
        QString text;
        QString toolTip;
        QColor colour;
        bool cancelled = false;
    };
    // The occurrences of `date` in the source, in its order.
    static QList<Item> itemsFor(const OccurrenceModel &source, const QDate &date, Role viewer,
                                const QPalette &palette);

    DayListPopup(const QDate &date, const QList<Item> &items, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void entryActivated(int sourceRow);

private:
    QListWidget *m_list = nullptr;
};

} // namespace trellis
