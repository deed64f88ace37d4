#pragma once

#include <QString>

class QCoreApplication;

// Loads the app's and Qt's own translations for a language.
namespace Translations {

// "zh_CN" or "en": the language of the system locale, Chinese for any
// Chinese locale and English otherwise.
QString systemLanguage();
// Installs the catalogues for "zh_CN" or "en", replacing earlier ones, and
// makes that language's locale the default for numbers and dates. Returns
// false for a language the app does not have.
bool install(const QString &language);
QString current();
bool isEnglish();
QStringList available();

// Installs LANGUAGE's catalogues for as long as it lives (a report written
// in the other language), then the earlier ones again. The windows are not
// told (their LanguageChange events are dropped): their texts stay as they
// are. Nothing in between should run the event loop for long.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

private:
    QString m_previous;
};

} // namespace Translations
