#include "widgets/cohortpicker.h"

#include "models/cohortchoicemodel.h"
#include "models/modelloader.h"
#include "widgets/searchablecombobox.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace trellis {

CohortPicker::CohortPicker(const DataSource &source, Choices choices, const QString &boxName, QWidget *parent)
    : QWidget(parent)
    , m_model(new CohortChoiceModel(this))
    , m_loader(new ModelLoader(source, CohortChoiceModel::watchedEntities(), this))
    , m_choices(choices)
{
    setObjectName(boxName + QStringLiteral("Picker"));
    m_loader->setLoad(&CohortChoiceModel::fetch, m_model, &CohortChoiceModel::apply);
    QAbstractItemModel *shown = m_model;
    if (choices == Choices::RealCohorts) {
        // "Every relationship" (id 0) is no cohort to work for.
        m_filtered = new QSortFilterProxyModel(this);
        m_filtered->setSourceModel(m_model);
        m_filtered->setFilterRole(CohortChoiceModel::CohortIdRole);
        m_filtered->setFilterRegularExpression(QRegularExpression(QStringLiteral("^[1-9]")));
        shown = m_filtered;
    }
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
    if (m_filtered)
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
    const QString label = m_box->currentText();
    m_box->setToolTip(m_purpose.isEmpty() ? label
                      : label.isEmpty()   ? m_purpose
                                          : m_purpose + QLatin1Char('\n') + label);
}

void CohortPicker::setPurpose(const QString &text)
{
    m_purpose = text;
    showStart();
}

} // namespace trellis
