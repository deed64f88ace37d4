#pragma once

#include "parkfilter.h"

#include <QByteArray>
#include <QStringList>

// The app's remembered state, in one place with types and defaults, over
// QSettings (~/.config/ParkExplorer/parkexplorer.conf on Linux).
namespace AppSettings {

enum class Theme
{
    FollowSystem,
    Light,
    Dark
};

// "zh_CN" or "en"; empty: follow the system.
QString language();
void setLanguage(const QString &language);

Theme theme();
void setTheme(Theme theme);

QStringList recentFiles();
// Puts path first, drops duplicates and files beyond the limit.
void addRecentFile(const QString &path);
void removeRecentFile(const QString &path);
constexpr int MaxRecentFiles = 8;

QByteArray windowGeometry();
QByteArray windowState();
void setWindow(const QByteArray &geometry, const QByteArray &state);

QByteArray tableHeader();
void setTableHeader(const QByteArray &state);

ParkFilter filter();
void setFilter(const ParkFilter &filter);

int currentTab();
void setCurrentTab(int index);

} // namespace AppSettings
