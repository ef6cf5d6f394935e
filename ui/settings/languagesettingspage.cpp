#include "settings/languagesettingspage.h"

#include "models/usersettings.h"
#include "widgets/pagestyle.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace trellis {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

// A language in its own words ("Deutsch"), as a person who reads it looks for it.
QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // QLocale's native name is "American English"
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // The "C" locale (and any without a native name) has only its English name.
    if (name.isEmpty())
        return QLocale::languageToString(locale.language());
    name[0] = name[0].toUpper();
    return name;
}

} // namespace

LanguageSettingsPage::LanguageSettingsPage(QWidget *parent)
    : SettingsPage(parent)
{
    setObjectName(QStringLiteral("languageSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_languages = new QListWidget(this);
    m_languages->setObjectName(QStringLiteral("languages"));
    m_languages->setAccessibleName(tr("Language"));
    m_languages->setSpacing(3);
    // The system's choice names no language: the one it picks is listed below, once.
    auto *system = new QListWidgetItem(tr("As the system"), m_languages);
    system->setToolTip(tr("The language of your desktop, when Trellis has it; else English."));
    system->setData(CodeRole, QString());
    auto *english = new QListWidgetItem(languageName(QStringLiteral("en")), m_languages);
    english->setData(CodeRole, QStringLiteral("en"));
    for (const QString &code : availableTranslations()) {
        if (code == QLatin1String("en"))
            continue; // the source language, listed above (its .qm only holds plural forms)
        auto *item = new QListWidgetItem(languageName(code), m_languages);
        item->setData(CodeRole, code);
    }
    layout->addWidget(m_languages, 1);
    auto *restart = new QLabel(tr("A new language is applied the next time Trellis starts."), this);
    restart->setObjectName(QStringLiteral("languageRestartHint"));
    restart->setWordWrap(true);
    PageStyle::makeSecondary(restart);
    layout->addWidget(restart);
}

QStringList LanguageSettingsPage::availableTranslations()
{
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("trellis_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.mid(8, file.size() - 8 - 3)); // "trellis_" … ".qm"
    return codes;
}

void LanguageSettingsPage::load()
{
    const QString code = UserSettings::load().language;
    for (int row = 0; row < m_languages->count(); ++row) {
        if (m_languages->item(row)->data(CodeRole).toString() == code) {
            m_languages->setCurrentRow(row);
            return;
        }
    }
    m_languages->setCurrentRow(0);
}

Status LanguageSettingsPage::apply()
{
    UserPreferences preferences = UserSettings::load();
    const QListWidgetItem *item = m_languages->currentItem();
    preferences.language = item ? item->data(CodeRole).toString() : QString();
    UserSettings::save(preferences);
    return {};
}

} // namespace trellis
