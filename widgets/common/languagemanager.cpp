#include "languagemanager.h"

#include "log/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace plancia::ui {

namespace {
const auto kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    for (const auto &t : {m_app.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

QList<LanguageManager::Language> LanguageManager::available()
{
    return {{QString(), QString()},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("it"), QStringLiteral("Italiano")}};
}

QString LanguageManager::savedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void LanguageManager::applySaved()
{
    apply(savedLanguage());
}

void LanguageManager::setLanguage(const QString &code)
{
    QSettings().setValue(kLanguageKey, code);
    apply(code);
}

void LanguageManager::apply(const QString &code)
{
    for (const auto &t : {m_app.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    m_language = code;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // QTranslator::load(QLocale) walks the locale's UI languages ("it-IT", "it", ...).
    // No translation for the system's language: English, whose file carries the plural forms.
    const bool haveApp = m_app->load(locale, QStringLiteral("plancia"), QStringLiteral("_"),
                                     QStringLiteral(":/i18n")) ||
                         m_app->load(QStringLiteral("plancia_en"), QStringLiteral(":/i18n"));
    m_effective =
        haveApp && !m_app->language().isEmpty() ? m_app->language().left(2) : QStringLiteral("en");
    if (m_effective != QLatin1String("en") &&
        !m_qt->load(QLocale(m_effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        logger("ui")->info("No Qt translation for {}", m_effective.toStdString());
    }
    // Numbers and dates follow the chosen language; with "System" they follow the system.
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(m_effective));
    if (haveApp)
        QCoreApplication::installTranslator(m_app.get());
    if (!m_qt->isEmpty())
        QCoreApplication::installTranslator(m_qt.get());
    logger("ui")->info("Language: {} (chosen: {})", m_effective.toStdString(),
                       code.isEmpty() ? std::string("system") : code.toStdString());
    Q_EMIT languageChanged(m_effective);
}

} // namespace plancia::ui
