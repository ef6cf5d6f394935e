#pragma once

#include "domain/enums.h"
#include "models/profilechoices.h"
#include "workspace/workspacecontext.h"

#include <QWidget>

class QButtonGroup;
class QCommandLinkButton;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace trellis {

class LoadRequest;
class ModelLoader;
class PageScaffold;

// The first run (a database without a profile): "Who are you?" — your name, optionally your
// e-mail, and the part you take (mentor, mentee or coordinator). Continue creates you and makes
// you the profile in one undo step (Edits::addYourself); the workspace of that role follows
// (Edits::profileChanged), each opening on its empty state with one clear button. The page also
// offers the demo programme and, when the database already has people, choosing yourself among them.
class FirstRunPage final : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(const WorkspaceContext &context, QWidget *parent = nullptr);
    ~FirstRunPage() override;

    // Whether Continue can be pressed (a name and a role); the reason otherwise.
    QString problem() const;
    // Creates you with the chosen role and makes you the profile (one undo step).
    bool createYourself();

Q_SIGNALS:
    void demoRequested();
    void chooseProfileRequested();
    // After each read of who is already in the database.
    void loaded();

private:
    void showChoices(ProfileChoices choices, const LoadRequest &request);
    void validate();

    WorkspaceContext m_context;
    ModelLoader *m_loader = nullptr;
    PageScaffold *m_scaffold = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QButtonGroup *m_roles = nullptr;
    QLabel *m_capacityLabel = nullptr;
    QSpinBox *m_capacity = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_continue = nullptr;
    QCommandLinkButton *m_demo = nullptr;
    QCommandLinkButton *m_choose = nullptr;
};

} // namespace trellis
