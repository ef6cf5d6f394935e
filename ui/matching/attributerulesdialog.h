#pragma once

#include "matching/matchingprofile.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTableWidget;

namespace trellis {

// The coordinator's own matching rules (issue 14, item 2): one row each, an attribute both people
// have (department, time zone, manager, e-mail domain), whether it is about the same or a different
// value, and the points. Scored and explained like the weights (PairScorer), saved with the profile.
class AttributeRulesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AttributeRulesDialog(const QList<AttributeRule> &rules, QWidget *parent = nullptr);

    QList<AttributeRule> rules() const;
    // Adds a row (the Add Rule button; tests).
    void addRule(const AttributeRule &rule);
    QTableWidget *table() const { return m_table; }

private:
    void updateButtons();

    QTableWidget *m_table = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace trellis
