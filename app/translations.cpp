#include "translations.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {
QString g_current;
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
} // namespace

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

bool install(const QString &language)
{
    if (!available().contains(language))
        return false;
    if (!g_app) {
        g_app = new QTranslator(QCoreApplication::instance());
        g_qt = new QTranslator(QCoreApplication::instance());
    }
    QCoreApplication::removeTranslator(g_app);
    QCoreApplication::removeTranslator(g_qt);
    if (g_app->load(QStringLiteral(":/i18n/parkexplorer_%1.qm").arg(language)))
        QCoreApplication::installTranslator(g_app);
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    QLocale::setDefault(
        QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    g_current = language;
    return true;
}

QString current()
{
    return g_current.isEmpty() ? systemLanguage() : g_current;
}

bool isEnglish()
{
    return current() == QLatin1String("en");
}

namespace {
void dropLanguageChanges()
{
    QCoreApplication::removePostedEvents(nullptr, QEvent::LanguageChange);
}
} // namespace

ScopedLanguage::ScopedLanguage(const QString &language)
{
    if (language == current() || !available().contains(language))
        return;
    m_previous = current();
    install(language);
    dropLanguageChanges();
}

ScopedLanguage::~ScopedLanguage()
{
    if (m_previous.isEmpty())
        return;
    install(m_previous);
    dropLanguageChanges();
}

} // namespace Translations
