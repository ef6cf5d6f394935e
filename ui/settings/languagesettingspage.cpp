#include "settings/languagesettingspage.h"

#include "models/usersettings.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace trellis {

namespace {

constexpr int CodeRole = Qt::UserRole + 1;

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    const QString inEnglish = QLocale::languageToString(locale.language());
    // The "C" locale (and any without a native name) has only its English name.
    if (name.isEmpty())
        return inEnglish;
    return name == inEnglish ? name : name + QStringLiteral(" (") + inEnglish + QLatin1Char(')');
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
    auto *system =
        new QListWidgetItem(tr("The system's language (%1)")
                                .arg(languageName(QLocale::system().name().section(QLatin1Char('_'), 0, 0))),
                            m_languages);
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
    restart->setForegroundRole(QPalette::PlaceholderText);
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
