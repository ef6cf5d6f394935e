#pragma once

#include "models/datasource.h"

#include <QString>
#include <QWidget>

class QSortFilterProxyModel;

namespace trellis {

class CohortChoiceModel;
class ModelLoader;
class SearchableComboBox;

// The cohort picker of the Cohort, Matching and Reports pages: a searchable combo box over the
// cohorts (CohortChoiceModel, most recent first), kept live by its own ModelLoader (programmes and
// cohorts). RealCohorts leaves out "Every relationship" (id 0) for a page whose work is for one
// cohort. A cohort asked for before the choices hold it is chosen once they do; with nothing
// chosen the first entry is. The box's object name is the page's (tests find it by name); its
// line shows the start of a long label (the programme and cohort) and the full label as tip.
class CohortPicker final : public QWidget {
    Q_OBJECT
public:
    enum class Choices { RealCohorts, WithEveryRelationship };

    CohortPicker(const DataSource &source, Choices choices, const QString &boxName,
                 QWidget *parent = nullptr);

    SearchableComboBox *box() const { return m_box; }
    // Labels without the cohort's dates (a page short of room, or one that shows them itself);
    // the tip keeps the full label.
    void setShowDates(bool show);
    // What the choice is for ("The cohort the report is about"): the tip, above the full label.
    void setPurpose(const QString &text);
    ModelLoader *loader() const { return m_loader; }
    // The chosen cohort (0: every relationship; also 0 before anything is chosen).
    qint64 cohortId() const;
    bool hasChoice() const;
    void setCohort(qint64 cohortId);
    // Cohorts offered (without "Every relationship").
    int cohortCount() const;
    bool isLoaded() const { return m_loaded; }
    void reload();

    // As wide as the longest label when there is room, narrower (down to some 20 characters,
    // the label's start shown) when the title row is short of it.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The choice changed (the user, setCohort, or a load that chose the first entry).
    void cohortChanged();
    // After each load of the choices (the choice as it is then).
    void choicesLoaded();
    void failed(const QString &message);

private:
    void applyLoaded();
    void showStart();

    CohortChoiceModel *m_model = nullptr;
    QSortFilterProxyModel *m_filtered = nullptr; // RealCohorts only; labels without dates on request
    ModelLoader *m_loader = nullptr;
    SearchableComboBox *m_box = nullptr;
    Choices m_choices;
    qint64 m_wanted = -1; // asked for before the choices had it
    bool m_loaded = false;
    QString m_purpose;
};

} // namespace trellis
