#pragma once

#include "domain/person.h"
#include "domain/profile.h"

#include <QDialog>

class QDialogButtonBox;

namespace trellis {

class ProfileEditor;

// "Who am I?": picks the person and the role that choose the workspace and
// what "mine" means. The people are given (read by the caller off the GUI thread).
class ProfileDialog final : public QDialog {
    Q_OBJECT
public:
    ProfileDialog(const QList<Person> &people, const std::optional<Profile> &current,
                  QWidget *parent = nullptr);

    Profile profile() const;

private:
    ProfileEditor *m_editor = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace trellis
