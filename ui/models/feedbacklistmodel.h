#pragma once

#include "domain/feedback.h"
#include "models/idlistmodel.h"

#include <QHash>
#include <QList>
#include <QString>

namespace trellis {

// Feedback given in one relationship (newest first): when, from whom (name and role), the rating
// as stars (read out as "4 of 5"), who may read it ("Shared with the pair", "Coordinators only")
// and the comment.
class FeedbackListModel final : public IdListModel<Feedback> {
    Q_OBJECT
public:
    enum Column { Date, From, Rating, Visibility, Comment, ColumnCount };
    enum Role {
        FeedbackIdRole = Qt::UserRole + 1,
        FeedbackRole, // the Feedback
    };

    explicit FeedbackListModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(FeedbackListModel)

    // The feedback, its authors named from `names`; applied by diff.
    void setFeedback(QList<Feedback> feedback, QHash<Id, QString> names);

    // "★★★★☆" for 4.
    static QString stars(int rating);
    // "Shared with the pair", "Coordinators only".
    static QString visibilityText(FeedbackVisibility visibility);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Id idOf(const Feedback &given) const override { return given.id; }

private:
    QString fromText(const Feedback &given) const;

    QHash<Id, QString> m_names;
};

} // namespace trellis

Q_DECLARE_METATYPE(trellis::Feedback)
