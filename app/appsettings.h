#pragma once

#include "parkfilter.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

// The app's remembered state, in one place with types and defaults, over
// QSettings (~/.config/ParkExplorer/parkexplorer.conf on Linux). No other
// code reads or writes QSettings. Choices are stored in words (ids, file
// extensions) so that the file stays readable and survives reordered
// enumerations.
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
// The table's columns the user sized by hand (kept when texts change length).
QList<int> tableUserSizedColumns();
void setTableUserSizedColumns(const QList<int> &columns);
void setTableHeader(const QByteArray &state);

ParkFilter filter();
void setFilter(const ParkFilter &filter);

int currentTab();
void setCurrentTab(int index);

// The folder the last table export went to; the home folder at first.
QString csvExportFolder();
void setCsvExportFolder(const QString &folder);
// Whether the last table export wrote all fields (the stable form).
bool csvExportAllFields();
void setCsvExportAllFields(bool allFields);

// The choices of the image export dialog; empty or unset when never made.
struct ImageExport
{
    QString folder;
    QString format; // the file extension: "png", "svg", "pdf"
    QString unit;   // "mm" or "px"
    std::optional<double> width;
    std::optional<double> height;
    std::optional<int> dpi;
    bool transparentBackground = false;
    bool darkTheme = false;
};
ImageExport imageExport();
void setImageExport(const ImageExport &choices);

// The choices of the report export dialog, in the command line's words;
// empty or unset when never made.
struct ReportExport
{
    QString folder;
    QString format;                      // "pdf" or "html"
    QString language;                    // "zh_CN" or "en"
    QString paper;                       // "a4" or "letter"
    std::optional<QStringList> sections; // ReportContent::sectionId()s
    std::optional<QStringList> charts;   // chartKindId()s
    std::optional<QStringList> columns;  // the fields' JSON keys
    QString title;
    QString subtitle;
};
ReportExport reportExport();
void setReportExport(const ReportExport &choices);

// The choices of the map tab; empty or unset when never made.
struct MapView
{
    QString metric; // a MapMetrics id
    QString method; // a ClassificationMethods id
    std::optional<int> classCount;
    bool parkMarkers = false;
    // Whether the sums take in the values the sources qualify.
    bool includeQualified = false;
};
MapView mapView();
void setMapView(const MapView &choices);

// The chart shown (a chartKindId(), empty when never chosen) and how many
// entries the top-N charts show.
QString chartKind();
void setChartKind(const QString &id);
std::optional<int> chartTopN();
void setChartTopN(int n);

} // namespace AppSettings
