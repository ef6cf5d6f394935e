#include "matching/matchingprofilepanel.h"

#include "matching/attributerulesdialog.h"
#include "widgets/pagestyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cstdlib>

namespace trellis {

namespace {

struct Weight {
    const char *key;
    const char *label;
    const char *help;
    int MatchingProfile::*field;
};

// In the order a coordinator weighs them: what the mentee wants to learn first.
const Weight Weights[] = {
    {"skillFit", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Skill fit"),
     QT_TRANSLATE_NOOP(
         "MatchingProfilePanel",
         "Points when the mentor offers every skill the mentee wants to develop (a share for some)"),
     &MatchingProfile::skillFit},
    {"topicFit", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Topic fit"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel", "Points when they share every interest (a share for some)"),
     &MatchingProfile::topicFit},
    {"crossDepartment", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Other department"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel", "Points for a mentor from another department"),
     &MatchingProfile::crossDepartment},
    {"timeZonePerHour", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Time zone, per hour"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel", "Points taken off per hour between their time zones"),
     &MatchingProfile::timeZonePerHour},
    {"sharedLanguage", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Shared language"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel", "Points for a language both speak"),
     &MatchingProfile::sharedLanguage},
    {"wishTop", QT_TRANSLATE_NOOP("MatchingProfilePanel", "First wish"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel",
                       "Points for the mentee's first wish; later wishes get a share"),
     &MatchingProfile::wishTop},
    {"loadBalance", QT_TRANSLATE_NOOP("MatchingProfilePanel", "Load balance"),
     QT_TRANSLATE_NOOP("MatchingProfilePanel",
                       "Points taken off a mentor's second mentee of a run, twice that the third…"),
     &MatchingProfile::loadBalance},
};

} // namespace

MatchingProfilePanel::MatchingProfilePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("matchingProfile"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // Weights in a grid of label + spin box pairs, four to a row: the page keeps its height.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    int index = 0;
    for (const Weight &weight : Weights) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("weight_") + QLatin1String(weight.key));
        box->setRange(0, 100);
        const QString label = QCoreApplication::translate("MatchingProfilePanel", weight.label);
        box->setAccessibleName(label);
        box->setToolTip(QCoreApplication::translate("MatchingProfilePanel", weight.help));
        auto *caption = new QLabel(label, this);
        caption->setBuddy(box);
        caption->setToolTip(box->toolTip());
        const int row = index / 4;
        const int column = (index % 4) * 2;
        grid->addWidget(caption, row, column, Qt::AlignRight);
        grid->addWidget(box, row, column + 1);
        m_weights.insert(QLatin1String(weight.key), box);
        connect(box, &QSpinBox::valueChanged, this, &MatchingProfilePanel::valueEdited);
        ++index;
    }
    m_minimum = new QSpinBox(this);
    m_minimum->setObjectName(QStringLiteral("matchingMinimum"));
    m_minimum->setRange(-100, 200);
    m_minimum->setAccessibleName(tr("Minimum score"));
    m_minimum->setToolTip(tr("A mentee stays unmatched rather than paired below this score"));
    auto *minimumCaption = new QLabel(tr("Minimum score"), this);
    minimumCaption->setBuddy(m_minimum);
    grid->addWidget(minimumCaption, index / 4, (index % 4) * 2, Qt::AlignRight);
    grid->addWidget(m_minimum, index / 4, (index % 4) * 2 + 1);
    connect(m_minimum, &QSpinBox::valueChanged, this, &MatchingProfilePanel::valueEdited);
    for (int column = 1; column < 8; column += 2)
        grid->setColumnStretch(column, 0);
    grid->setColumnStretch(8, 1);
    layout->addLayout(grid);

    // The rules: constraints a pair must meet to be a candidate at all.
    auto *rules = new QHBoxLayout;
    rules->setSpacing(16);
    m_reportingLine = new QCheckBox(tr("Never within a reporting line"), this);
    m_reportingLine->setObjectName(QStringLiteral("ruleReportingLine"));
    m_reportingLine->setToolTip(tr("Nobody is paired with someone above or below them"));
    m_otherDepartment = new QCheckBox(tr("Only across departments"), this);
    m_otherDepartment->setObjectName(QStringLiteral("ruleOtherDepartment"));
    m_commonLanguage = new QCheckBox(tr("Must share a language"), this);
    m_commonLanguage->setObjectName(QStringLiteral("ruleCommonLanguage"));
    m_commonLanguage->setToolTip(tr("When both list languages, they share one"));
    for (QCheckBox *rule : {m_reportingLine, m_otherDepartment, m_commonLanguage}) {
        rules->addWidget(rule);
        connect(rule, &QCheckBox::toggled, this, &MatchingProfilePanel::valueEdited);
    }
    // The coordinator's own rules, summed up in a line; edited in a dialog.
    m_rulesSummary = new QLabel(this);
    m_rulesSummary->setObjectName(QStringLiteral("matchingOwnRules"));
    m_rulesSummary->setTextFormat(Qt::PlainText);
    PageStyle::makeSecondary(m_rulesSummary);
    auto *editRulesButton = new QPushButton(tr("Own R&ules…"), this);
    editRulesButton->setObjectName(QStringLiteral("matchingEditRules"));
    editRulesButton->setToolTip(
        tr("Points for the same or a different department, time zone, manager or e-mail "
           "domain"));
    connect(editRulesButton, &QPushButton::clicked, this, &MatchingProfilePanel::editRules);
    rules->addSpacing(8);
    rules->addWidget(editRulesButton);
    rules->addWidget(m_rulesSummary, 1);
    layout->addLayout(rules);

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("matchingPreset"));
    m_preset->setAccessibleName(tr("Profile"));
    for (const MatchingProfile::Preset preset : MatchingProfile::presets())
        m_preset->addItem(MatchingProfile::presetName(preset), int(preset));
    connect(m_preset, &QComboBox::currentIndexChanged, this, &MatchingProfilePanel::presetChosen);
    setProfile(MatchingProfile::preset(MatchingProfile::presets().constFirst()));
}

MatchingProfile MatchingProfilePanel::profile() const
{
    MatchingProfile profile;
    for (const Weight &weight : Weights)
        profile.*weight.field = m_weights.value(QLatin1String(weight.key))->value();
    profile.avoidReportingLine = m_reportingLine->isChecked();
    profile.requireOtherDepartment = m_otherDepartment->isChecked();
    profile.requireCommonLanguage = m_commonLanguage->isChecked();
    profile.minimumScore = m_minimum->value();
    profile.basedOn = MatchingProfile::Preset(m_preset->currentData().toInt());
    profile.rules = m_rules;
    return profile;
}

void MatchingProfilePanel::setProfile(const MatchingProfile &profile)
{
    m_filling = true;
    for (const Weight &weight : Weights)
        m_weights.value(QLatin1String(weight.key))->setValue(profile.*weight.field);
    m_reportingLine->setChecked(profile.avoidReportingLine);
    m_otherDepartment->setChecked(profile.requireOtherDepartment);
    m_commonLanguage->setChecked(profile.requireCommonLanguage);
    m_minimum->setValue(profile.minimumScore);
    m_rules = profile.rules;
    showRules();
    // The preset it started from, "(changed)" when its values are no longer the preset's (a
    // profile saved with a programme comes back so).
    if (const int index = m_preset->findData(int(profile.basedOn));
        index >= 0 && index != m_preset->currentIndex()) {
        const QSignalBlocker blocker(m_preset);
        m_preset->setCurrentIndex(index);
    }
    MatchingProfile pure = MatchingProfile::preset(profile.basedOn);
    pure.minimumScore = profile.minimumScore; // the minimum and own rules are the coordinator's
    pure.rules = profile.rules;
    m_edited = !(pure == profile);
    for (int i = 0; i < m_preset->count(); ++i) {
        const QString name =
            MatchingProfile::presetName(MatchingProfile::Preset(m_preset->itemData(i).toInt()));
        m_preset->setItemText(i, m_edited && i == m_preset->currentIndex() ? tr("%1 (changed)").arg(name)
                                                                           : name);
    }
    m_filling = false;
    Q_EMIT changed();
}

void MatchingProfilePanel::choosePreset(MatchingProfile::Preset preset)
{
    const int index = m_preset->findData(int(preset));
    if (index == m_preset->currentIndex())
        presetChosen();
    else
        m_preset->setCurrentIndex(index);
}

void MatchingProfilePanel::presetChosen()
{
    const auto preset = MatchingProfile::Preset(m_preset->currentData().toInt());
    // The minimum and the own rules are the coordinator's, not the preset's: keep them.
    MatchingProfile values = MatchingProfile::preset(preset);
    values.minimumScore = m_minimum->value();
    values.rules = m_rules;
    m_edited = false;
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(
            i, MatchingProfile::presetName(MatchingProfile::Preset(m_preset->itemData(i).toInt())));
    setProfile(values);
}

void MatchingProfilePanel::valueEdited()
{
    if (m_filling)
        return;
    if (!m_edited) {
        m_edited = true;
        m_preset->setItemText(
            m_preset->currentIndex(),
            tr("%1 (changed)")
                .arg(MatchingProfile::presetName(MatchingProfile::Preset(m_preset->currentData().toInt()))));
    }
    Q_EMIT changed();
}

QString MatchingProfilePanel::rulesSummary() const
{
    return m_rulesSummary->text();
}

void MatchingProfilePanel::setRules(const QList<AttributeRule> &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    showRules();
    valueEdited();
}

void MatchingProfilePanel::editRules()
{
    AttributeRulesDialog dialog(m_rules, this);
    if (dialog.exec() == QDialog::Accepted)
        setRules(dialog.rules());
}

void MatchingProfilePanel::showRules()
{
    if (m_rules.isEmpty()) {
        m_rulesSummary->setText(tr("none yet"));
        return;
    }
    const QLocale locale;
    QStringList parts;
    for (const AttributeRule &rule : std::as_const(m_rules)) {
        const QString number = locale.toString(std::abs(rule.points));
        parts.append(tr("%1 %2").arg(rule.title(), rule.points < 0 ? QString(QChar(0x2212)) + number
                                                                   : QStringLiteral("+") + number));
    }
    m_rulesSummary->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace trellis
