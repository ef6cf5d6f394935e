#include "widgets/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trellis {

namespace {

const char *CheckProperty = "trellisOptionalCheck";

} // namespace

FormDialog::FormDialog(const QString &title, QWidget *parent)
    : EditorDialog(parent)
{
    setObjectName(QStringLiteral("formDialog"));
    setWindowTitle(title);
    setMinimumWidth(440);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setSpacing(8);
    m_form = new QFormLayout;
    m_layout->addLayout(m_form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("formOk"));
    m_layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::addIntro(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    m_layout->insertWidget(m_layout->indexOf(m_form), label);
}

void FormDialog::addLine(const QString &key, const QString &label, const QString &value, bool required,
                         const QString &placeholder)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    if (required)
        m_required.append(key);
    connect(edit, &QLineEdit::textChanged, this, &FormDialog::validate);
    validate();
}

void FormDialog::addText(const QString &key, const QString &label, const QString &value, bool required,
                         const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(value, this);
    edit->setObjectName(key);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(80);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
    if (required)
        m_required.append(key);
    connect(edit, &QPlainTextEdit::textChanged, this, &FormDialog::validate);
    validate();
}

void FormDialog::addChoice(const QString &key, const QString &label, const Choices &choices,
                           const QVariant &current)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(key);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    for (const auto &[shown, value] : choices)
        combo->addItem(shown, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_form->addRow(label, combo);
    m_fields.insert(key, combo);
}

void FormDialog::addDate(const QString &key, const QString &label, const QDate &value, const QDate &latest)
{
    auto *edit = new QDateEdit(value, this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (latest.isValid())
        edit->setMaximumDate(latest);
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
}

void FormDialog::addOptionalDate(const QString &key, const QString &label, const std::optional<QDate> &value,
                                 const QDate &suggested)
{
    auto *check = new QCheckBox(tr("By"), this);
    check->setObjectName(key + QStringLiteral("Set"));
    check->setChecked(value.has_value());
    auto *edit = new QDateEdit(value.value_or(suggested), this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    edit->setEnabled(check->isChecked());
    edit->setProperty(CheckProperty, QVariant::fromValue(static_cast<QObject *>(check)));
    connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    row->addWidget(edit, 1);
    m_form->addRow(label, row);
    m_fields.insert(key, edit);
}

void FormDialog::addDateTime(const QString &key, const QString &label, const QDateTime &value)
{
    auto *edit = new QDateTimeEdit(value, this);
    edit->setObjectName(key);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy, HH:mm"));
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_form->addRow(label, edit);
    m_fields.insert(key, edit);
}

void FormDialog::setOkText(const QString &text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

QString FormDialog::text(const QString &key) const
{
    if (auto *line = qobject_cast<QLineEdit *>(field(key)))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field(key)))
        return plain->toPlainText().trimmed();
    return {};
}

QVariant FormDialog::choice(const QString &key) const
{
    auto *combo = qobject_cast<QComboBox *>(field(key));
    return combo ? combo->currentData() : QVariant();
}

QDate FormDialog::date(const QString &key) const
{
    auto *edit = qobject_cast<QDateEdit *>(field(key));
    return edit ? edit->date() : QDate();
}

std::optional<QDate> FormDialog::optionalDate(const QString &key) const
{
    auto *edit = qobject_cast<QDateEdit *>(field(key));
    if (!edit)
        return std::nullopt;
    auto *check = qobject_cast<QCheckBox *>(edit->property(CheckProperty).value<QObject *>());
    if (check && !check->isChecked())
        return std::nullopt;
    return edit->date();
}

QDateTime FormDialog::dateTime(const QString &key) const
{
    auto *edit = qobject_cast<QDateTimeEdit *>(field(key));
    return edit ? edit->dateTime() : QDateTime();
}

bool FormDialog::isValid() const
{
    for (const QString &key : m_required)
        if (text(key).isEmpty())
            return false;
    return true;
}

void FormDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isValid());
}

} // namespace trellis
