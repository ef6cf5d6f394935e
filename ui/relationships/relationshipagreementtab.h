#pragma once

#include "insights/relationshipsnapshot.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace trellis {

// What the two agreed on (free text) and how often they meet (the cadence, in days); Save
// Agreement is one undoable edit and is offered only when something changed. Text being typed
// is kept when fresh data arrives for the same agreement.
class RelationshipAgreementTab final : public QWidget {
    Q_OBJECT
public:
    explicit RelationshipAgreementTab(const WorkspaceContext &context, QWidget *parent = nullptr);

    void setSnapshot(const RelationshipSnapshot &snapshot);
    void saveAgreement();

private:
    void updateButtons();

    WorkspaceContext m_context;
    std::optional<Relationship> m_relationship;
    bool m_filling = false;
    QPlainTextEdit *m_agreement = nullptr;
    QSpinBox *m_cadence = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace trellis
