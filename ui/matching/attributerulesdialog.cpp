#include "matching/attributerulesdialog.h"

#include "widgets/pagestyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trellis {

namespace {

enum Column { AttributeColumn, SameColumn, PointsColumn, ColumnCount };

} // namespace

AttributeRulesDialog::AttributeRulesDialog(const QList<AttributeRule> &rules, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("attributeRulesDialog"));
    setWindowTitle(tr("Own Matching Rules"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = PageStyle::secondary(
        tr("Points for a pair whose people have the same, or a different, department, time zone, manager or "
           "e-mail domain (another site or company). A rule applies only when both have a value; negative "
           "points count against a pair."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("attributeRules"));
    m_table->setAccessibleName(tr("Own rules"));
    m_table->setHorizontalHeaderLabels({tr("Attribute"), tr("When"), tr("Points")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(AttributeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PointsColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Rule"), this);
    add->setObjectName(QStringLiteral("addAttributeRule"));
    m_remove = new QPushButton(tr("&Remove Rule"), this);
    m_remove->setObjectName(QStringLiteral("removeAttributeRule"));
    row->addWidget(add);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { addRule(AttributeRule{}); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        updateButtons();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &AttributeRulesDialog::updateButtons);
    for (const AttributeRule &rule : rules)
        addRule(rule);
    updateButtons();
    resize(sizeHint().expandedTo(QSize(520, 320)));
}

void AttributeRulesDialog::addRule(const AttributeRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *attribute = new QComboBox(m_table);
    attribute->setAccessibleName(tr("Attribute"));
    for (const AttributeRule::Attribute a : AttributeRule::attributes())
        attribute->addItem(AttributeRule::attributeName(a), int(a));
    attribute->setCurrentIndex(attribute->findData(int(rule.attribute)));
    auto *same = new QComboBox(m_table);
    same->setAccessibleName(tr("When"));
    same->addItem(tr("the same"), true);
    same->addItem(tr("different"), false);
    same->setCurrentIndex(rule.same ? 0 : 1);
    auto *points = new QSpinBox(m_table);
    points->setAccessibleName(tr("Points"));
    points->setRange(-100, 100);
    points->setValue(rule.points);
    m_table->setCellWidget(row, AttributeColumn, attribute);
    m_table->setCellWidget(row, SameColumn, same);
    m_table->setCellWidget(row, PointsColumn, points);
    m_table->setCurrentCell(row, AttributeColumn);
    updateButtons();
}

QList<AttributeRule> AttributeRulesDialog::rules() const
{
    QList<AttributeRule> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *attribute = qobject_cast<QComboBox *>(m_table->cellWidget(row, AttributeColumn));
        const auto *same = qobject_cast<QComboBox *>(m_table->cellWidget(row, SameColumn));
        const auto *points = qobject_cast<QSpinBox *>(m_table->cellWidget(row, PointsColumn));
        if (!attribute || !same || !points)
            continue;
        out.append(AttributeRule{AttributeRule::Attribute(attribute->currentData().toInt()),
                                 same->currentData().toBool(), points->value()});
    }
    return out;
}

void AttributeRulesDialog::updateButtons()
{
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace trellis
