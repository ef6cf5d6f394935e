#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QVariant>

#include <optional>

class QMessageBox;

namespace trellis {

// The base of every dialog a person types into (notes, progress, a person, a goal…): nothing typed
// is lost by a stray Esc. The dialog remembers what its fields held when it first appeared; when
// Esc, Cancel or the window's close button would throw away a change made since, it asks "Discard
// your changes?" (Discard / Keep Editing) and stays open unless told to discard. A dialog whose
// fields are as they were closes at once. Fields are its input widgets, compared through their
// user property (a line's text, a text box's plain text, a combo's current text, a spin box's value,
// a date, a check box…); a field added or removed since (a new action-item row) is a change too.
class EditorDialog : public QDialog {
    Q_OBJECT
public:
    explicit EditorDialog(QWidget *parent = nullptr);
    ~EditorDialog() override;

    // Whether a field differs from what it held when the dialog appeared (before that: none).
    bool hasChanges() const;
    // What the fields hold now counts as unchanged (a dialog filled in after it appeared).
    void markUnchanged();
    // A field the question leaves out (a search or filter field, not part of what is saved).
    static void ignoreChanges(QWidget *field);
    // The open "Discard your changes?" question, if any.
    QMessageBox *discardQuestion() const;

public Q_SLOTS:
    // Asks first when something was changed; closes at once otherwise.
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    using Fields = QList<QPair<QPointer<QWidget>, QVariant>>;
    Fields fields() const;

    std::optional<Fields> m_initial;
    QPointer<QMessageBox> m_question;
};

} // namespace trellis
