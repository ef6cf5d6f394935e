#pragma once

#include "util/result.h"

#include <QIcon>
#include <QWidget>

namespace trellis {

// One page of the settings dialog (a list of pages on the left). A page reads its values in
// load() and writes them in apply(); it says where they are kept with scope(), so the dialog
// can tell the user ("In this database" or "On this computer").
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Database, User };

    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    virtual Scope scope() const = 0;
    virtual void load() = 0;
    // Writes the page's values; an error names what could not be saved.
    [[nodiscard]] virtual Status apply() = 0;
    // False while a value on the page is invalid (OK and Apply are then disabled).
    virtual bool isValid() const { return true; }

Q_SIGNALS:
    void validityChanged();
};

} // namespace trellis
