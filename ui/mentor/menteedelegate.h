#pragma once

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
};

} // namespace trellis
