#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace plancia::ui {

// Loads the app's translation (embedded under :/i18n) and Qt's own, and switches them at run
// time: installing a translator sends QEvent::LanguageChange to every widget, and each widget
// re-sets its strings from there. The choice is kept in QSettings ("ui/language").
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code;       // "" = follow the system locale
        QString nativeName; // "Italiano": shown untranslated, as people look for their own
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> available();
    // The saved choice ("" when following the system).
    static QString savedLanguage();

    // Applies the saved choice; call once after QApplication exists.
    void applySaved();
    // Applies and saves. "" follows the system locale; unknown codes fall back to English.
    void setLanguage(const QString &code);
    QString language() const { return m_language; }
    // The language actually in use ("en", "it").
    QString effectiveLanguage() const { return m_effective; }

Q_SIGNALS:
    void languageChanged(const QString &effectiveLanguage);

private:
    void apply(const QString &code);

    QString m_language;
    QString m_effective = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace plancia::ui
