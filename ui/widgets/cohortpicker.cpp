#include "widgets/cohortpicker.h"

#include "models/cohortchoicemodel.h"
#include "models/modelloader.h"
#include "widgets/searchablecombobox.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace trellis {

namespace {

// The cohorts offered, "Every relationship" left out on request, and each label without its
// " · dates" end on request (CohortChoice::dates is that end).
class CohortChoicesProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setRealOnly(bool on)
    {
        m_realOnly = on;
        invalidateFilter();
    }
    void setShowDates(bool show)
    {
        m_showDates = show;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole, Qt::EditRole});
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (m_showDates || (role != Qt::DisplayRole && role != Qt::EditRole))
            return QSortFilterProxyModel::data(index, role);
        const auto choice =
            QSortFilterProxyModel::data(index, CohortChoiceModel::ChoiceRole).value<CohortChoice>();
        const QString end = QStringLiteral(" · ") + choice.dates;
        if (!choice.dates.isEmpty() && choice.label.endsWith(end))
            return choice.label.chopped(end.size());
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return !m_realOnly ||
               sourceModel()->index(row, 0, parent).data(CohortChoiceModel::CohortIdRole).toLongLong() > 0;
    }

private:
    bool m_realOnly = false;
    bool m_showDates = true;
};

} // namespace

CohortPicker::CohortPicker(const DataSource &source, Choices choices, const QString &boxName, QWidget *parent)
    : QWidget(parent)
    , m_model(new CohortChoiceModel(this))
    , m_loader(new ModelLoader(source, CohortChoiceModel::watchedEntities(), this))
    , m_choices(choices)
{
    setObjectName(boxName + QStringLiteral("Picker"));
    m_loader->setLoad(&CohortChoiceModel::fetch, m_model, &CohortChoiceModel::apply);
    // "Every relationship" (id 0) is no cohort to work for on some pages.
    auto *proxy = new CohortChoicesProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setRealOnly(choices == Choices::RealCohorts);
    m_filtered = proxy;
    QAbstractItemModel *shown = m_filtered;
    m_box = new SearchableComboBox(this);
    m_box->setObjectName(boxName);
    m_box->setAccessibleName(tr("Cohort"));
    m_box->setChoices(shown);
    // The picker's own size hints decide its width (sizeHint below); the box fills it.
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(12);
    m_box->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    connect(m_loader, &ModelLoader::loaded, this, &CohortPicker::applyLoaded);
    connect(m_loader, &ModelLoader::failed, this, &CohortPicker::failed);
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        showStart();
        Q_EMIT cohortChanged();
    });
    m_loader->reload();
}

qint64 CohortPicker::cohortId() const
{
    return m_box->currentData(CohortChoiceModel::CohortIdRole).toLongLong();
}

bool CohortPicker::hasChoice() const
{
    return m_box->currentIndex() >= 0;
}

void CohortPicker::setCohort(qint64 cohortId)
{
    const int index = m_box->findData(cohortId, CohortChoiceModel::CohortIdRole);
    if (index >= 0)
        m_box->setCurrentIndex(index);
    else
        m_wanted = cohortId;
}

int CohortPicker::cohortCount() const
{
    if (m_choices == Choices::RealCohorts)
        return m_filtered->rowCount();
    int count = 0;
    for (const CohortChoice &choice : m_model->items())
        count += choice.cohortId > 0 ? 1 : 0;
    return count;
}

void CohortPicker::reload()
{
    m_loader->reload();
}

void CohortPicker::applyLoaded()
{
    m_loaded = true;
    if (m_wanted >= 0) {
        const int index = m_box->findData(m_wanted, CohortChoiceModel::CohortIdRole);
        m_wanted = -1;
        if (index >= 0)
            m_box->setCurrentIndex(index);
    }
    if (m_box->currentIndex() < 0 && m_box->count() > 0)
        m_box->setCurrentIndex(0);
    showStart();
    updateGeometry(); // the longest label may have changed
    Q_EMIT choicesLoaded();
}

QSize CohortPicker::sizeHint() const
{
    const QFontMetrics metrics(m_box->font());
    int widest = metrics.horizontalAdvance(QLatin1Char('x')) * 24;
    for (int row = 0; row < std::min(m_box->count(), 200); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_box->itemText(row)));
    // The text plus the box's frame and arrow, as the style measures an empty box.
    const int chrome = m_box->minimumSizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 12;
    return {widest + std::max(chrome, 0) + 8, m_box->sizeHint().height()};
}

QSize CohortPicker::minimumSizeHint() const
{
    const QFontMetrics metrics(m_box->font());
    const int chrome = m_box->minimumSizeHint().width() - metrics.horizontalAdvance(QLatin1Char('x')) * 12;
    return {metrics.horizontalAdvance(QLatin1Char('x')) * 20 + std::max(chrome, 0),
            m_box->sizeHint().height()};
}

void CohortPicker::showStart()
{
    // The start of a cohort's label names it: show that end when the label is cut.
    if (m_box->lineEdit())
        m_box->lineEdit()->home(false);
    // The full label (with the dates) in the tip, whatever the line shows.
    const QString label = m_box->currentData(CohortChoiceModel::ChoiceRole).value<CohortChoice>().label;
    m_box->setToolTip(m_purpose.isEmpty() ? label
                      : label.isEmpty()   ? m_purpose
                                          : m_purpose + QLatin1Char('\n') + label);
}

void CohortPicker::setShowDates(bool show)
{
    static_cast<CohortChoicesProxy *>(m_filtered)->setShowDates(show);
    showStart();
    updateGeometry();
}

void CohortPicker::setPurpose(const QString &text)
{
    m_purpose = text;
    showStart();
}

} // namespace trellis
