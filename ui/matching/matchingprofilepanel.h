#pragma once

#include "matching/matchingprofile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace trellis {

// The weights and rules of a matching run, as a coordinator edits them: a preset (the programme's
// objective), a spin box per weight, the rules as check boxes (constraints, not weights) and the
// minimum score. Choosing a preset fills in its values; changing a value afterwards keeps the
// preset's name with "(changed)" so it is clear the run is no longer the preset's.
class MatchingProfilePanel final : public QWidget {
    Q_OBJECT
public:
    explicit MatchingProfilePanel(QWidget *parent = nullptr);

    MatchingProfile profile() const;
    void setProfile(const MatchingProfile &profile);
    void choosePreset(MatchingProfile::Preset preset);
    QComboBox *presetBox() const { return m_preset; }
    QSpinBox *minimumBox() const { return m_minimum; }
    // The spin box of a weight by its key ("skillFit", "topicFit", …).
    QSpinBox *weightBox(const QString &key) const { return m_weights.value(key); }
    // The coordinator's own rules, as the panel shows them (the summary beside "Own Rules…").
    QString rulesSummary() const;
    // Replaces the own rules (what the dialog's OK does).
    void setRules(const QList<AttributeRule> &rules);

Q_SIGNALS:
    void changed();

private:
    void presetChosen();
    void valueEdited();
    void editRules();
    void showRules();

    QComboBox *m_preset = nullptr;
    QHash<QString, QSpinBox *> m_weights;
    QCheckBox *m_reportingLine = nullptr;
    QCheckBox *m_otherDepartment = nullptr;
    QCheckBox *m_commonLanguage = nullptr;
    QSpinBox *m_minimum = nullptr;
    QList<AttributeRule> m_rules;
    QLabel *m_rulesSummary = nullptr;
    bool m_filling = false;
    bool m_edited = false;
};

} // namespace trellis
