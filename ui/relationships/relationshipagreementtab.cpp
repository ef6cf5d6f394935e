#include "relationships/relationshipagreementtab.h"

#include "commands/edits.h"
#include "widgets/pagestyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace trellis {

RelationshipAgreementTab::RelationshipAgreementTab(const WorkspaceContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("agreementTab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(PageStyle::secondary(
        tr("What you agreed on: how often you meet, how you stay in touch, what each of you expects."),
        this));
    m_agreement = new QPlainTextEdit(this);
    m_agreement->setObjectName(QStringLiteral("agreementEdit"));
    m_agreement->setAccessibleName(tr("Agreement"));
    m_agreement->setTabChangesFocus(true);
    layout->addWidget(m_agreement, 1);
    auto *row = new QHBoxLayout;
    auto *cadenceLabel = new QLabel(tr("Meet at least every"), this);
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setAccessibleName(tr("Cadence in days"));
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    cadenceLabel->setBuddy(m_cadence);
    m_save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save Agreement"), this);
    m_save->setObjectName(QStringLiteral("saveAgreementButton"));
    row->addWidget(cadenceLabel);
    row->addWidget(m_cadence);
    row->addStretch(1);
    row->addWidget(m_save);
    layout->addLayout(row);
    connect(m_agreement, &QPlainTextEdit::textChanged, this, &RelationshipAgreementTab::updateButtons);
    connect(m_cadence, &QSpinBox::valueChanged, this, &RelationshipAgreementTab::updateButtons);
    connect(m_save, &QPushButton::clicked, this, &RelationshipAgreementTab::saveAgreement);
    m_save->setEnabled(false);
}

void RelationshipAgreementTab::setSnapshot(const RelationshipSnapshot &snapshot)
{
    m_filling = true;
    m_relationship = snapshot.relationship;
    if (!m_agreement->hasFocus() || m_agreement->toPlainText() == snapshot.relationship.agreement)
        m_agreement->setPlainText(snapshot.relationship.agreement);
    m_cadence->setValue(snapshot.relationship.cadenceDays);
    m_filling = false;
    m_save->setEnabled(false);
}

void RelationshipAgreementTab::updateButtons()
{
    if (m_filling || !m_relationship)
        return;
    m_save->setEnabled(m_agreement->toPlainText() != m_relationship->agreement ||
                       m_cadence->value() != m_relationship->cadenceDays);
}

void RelationshipAgreementTab::saveAgreement()
{
    if (!m_relationship)
        return;
    Relationship r = *m_relationship;
    r.agreement = m_agreement->toPlainText().trimmed();
    r.cadenceDays = m_cadence->value();
    if (r == *m_relationship)
        return;
    (void)m_context.edits->saveAgreement(r);
}

} // namespace trellis
