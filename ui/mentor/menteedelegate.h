#pragma once

#include <QFontMetrics>
#include <QString>
#include <QStyledItemDelegate>

namespace trellis {

// Paints a MenteeListModel row on two lines (UI.md): an initials avatar; the mentee's name
// with health as icon + word + colour and the last contact; below, programme/cohort, the
// next meeting, a thin goal-progress bar with its percentage, open action items and
// unlogged past meetings.
class MenteeDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit MenteeDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor avatarColour(const QString &name, const QPalette &palette);

    // What the second line says in `width` pixels: a narrow row gives up words, not meaning —
    // first the meeting's own zone (the tooltip and the relationship page keep it), then the
    // open actions; "not logged" stays, it asks for work.
    struct SecondLine {
        QString next;     // "Next: Thu 15:30 here · 11:30 New York", or the viewer's time only
        QString goals;    // " · Goals " (the bar and its percentage follow)
        QString open;     // " · open actions: 2", or empty
        QString unlogged; // " · not logged: 4", or empty
    };
    static SecondLine fitSecondLine(const QModelIndex &index, const QFontMetrics &metrics, int width);
};

} // namespace trellis
