#include "appsettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace AppSettings {

QString language()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

Theme theme()
{
    const QString t = QSettings().value(QStringLiteral("ui/theme")).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::FollowSystem;
}

void setTheme(Theme theme)
{
    static const char *const names[] = {"system", "light", "dark"};
    QSettings().setValue(QStringLiteral("ui/theme"), QString::fromLatin1(names[int(theme)]));
}

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void addRecentFile(const QString &path)
{
    if (path.startsWith(QLatin1Char(':')))
        return; // the embedded dataset is always at hand
    QStringList files = recentFiles();
    const QString clean = QDir::cleanPath(path);
    files.removeAll(clean);
    files.prepend(clean);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QDir::cleanPath(path));
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(QStringLiteral("window/state")).toByteArray();
}

void setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), geometry);
    settings.setValue(QStringLiteral("window/state"), state);
}

QByteArray tableHeader()
{
    return QSettings().value(QStringLiteral("table/header")).toByteArray();
}

void setTableHeader(const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("table/header"), state);
}

ParkFilter filter()
{
    const QByteArray json = QSettings().value(QStringLiteral("filters/state")).toByteArray();
    return json.isEmpty() ? ParkFilter()
                          : ParkFilter::fromJson(QJsonDocument::fromJson(json).object());
}

void setFilter(const ParkFilter &filter)
{
    QSettings().setValue(QStringLiteral("filters/state"),
                         QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
}

int currentTab()
{
    return QSettings().value(QStringLiteral("window/tab"), 0).toInt();
}

void setCurrentTab(int index)
{
    QSettings().setValue(QStringLiteral("window/tab"), index);
}

} // namespace AppSettings
