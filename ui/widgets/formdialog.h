#pragma once

#include "widgets/editordialog.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace trellis {

// A small form in a dialog (QFormLayout), for the many short entries of the workspace: a
// contact, an action item, a support contact, feedback, an ending. Fields are named by a key
// (also the widget's objectName); required fields keep OK disabled until they are filled.
class FormDialog final : public EditorDialog {
    Q_OBJECT
public:
    using Choices = QList<QPair<QString, QVariant>>;

    explicit FormDialog(const QString &title, QWidget *parent = nullptr);

    void addIntro(const QString &text);
    void addLine(const QString &key, const QString &label, const QString &value = {}, bool required = false,
                 const QString &placeholder = {});
    void addText(const QString &key, const QString &label, const QString &value = {}, bool required = false,
                 const QString &placeholder = {});
    void addChoice(const QString &key, const QString &label, const Choices &choices, const QVariant &current);
    // `latest` (when valid) is the last date that can be chosen.
    void addDate(const QString &key, const QString &label, const QDate &value, const QDate &latest = {});
    // A date that may be left out (a check box in front of it).
    void addOptionalDate(const QString &key, const QString &label, const std::optional<QDate> &value,
                         const QDate &suggested);
    void addDateTime(const QString &key, const QString &label, const QDateTime &value);
    void setOkText(const QString &text);

    QString text(const QString &key) const; // trimmed
    QVariant choice(const QString &key) const;
    QDate date(const QString &key) const;
    std::optional<QDate> optionalDate(const QString &key) const;
    QDateTime dateTime(const QString &key) const;
    bool isValid() const;

private:
    void validate();
    QWidget *field(const QString &key) const { return m_fields.value(key); }

    QVBoxLayout *m_layout = nullptr;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
    QList<QString> m_required;
};

} // namespace trellis
