#include "appsettings.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace AppSettings {

namespace {

template <typename T> std::optional<T> optionalValue(const QSettings &settings, const QString &key)
{
    const QVariant value = settings.value(key);
    if (!value.isValid() || !value.canConvert<T>())
        return std::nullopt;
    return value.value<T>();
}

} // namespace

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

QList<int> tableUserSizedColumns()
{
    QList<int> columns;
    const QVariantList stored = QSettings().value(QStringLiteral("table/userSized")).toList();
    for (const QVariant &v : stored) {
        bool ok = false;
        const int column = v.toInt(&ok);
        if (ok && column >= 0 && !columns.contains(column))
            columns << column;
    }
    return columns;
}

void setTableUserSizedColumns(const QList<int> &columns)
{
    QVariantList stored;
    for (int c : columns)
        stored << c;
    QSettings().setValue(QStringLiteral("table/userSized"), stored);
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

QString csvExportFolder()
{
    return QSettings().value(QStringLiteral("export/csvFolder"), QDir::homePath()).toString();
}

void setCsvExportFolder(const QString &folder)
{
    QSettings().setValue(QStringLiteral("export/csvFolder"), folder);
}

bool csvExportAllFields()
{
    return QSettings().value(QStringLiteral("export/csvAllFields"), false).toBool();
}

void setCsvExportAllFields(bool allFields)
{
    QSettings().setValue(QStringLiteral("export/csvAllFields"), allFields);
}

ImageExport imageExport()
{
    const QSettings settings;
    ImageExport choices;
    choices.folder = settings.value(QStringLiteral("export/folder")).toString();
    choices.format = settings.value(QStringLiteral("export/format")).toString();
    choices.unit = settings.value(QStringLiteral("export/unit")).toString();
    choices.width = optionalValue<double>(settings, QStringLiteral("export/width"));
    choices.height = optionalValue<double>(settings, QStringLiteral("export/height"));
    choices.dpi = optionalValue<int>(settings, QStringLiteral("export/dpi"));
    choices.transparentBackground =
        settings.value(QStringLiteral("export/background")).toString() ==
        QLatin1String("transparent");
    choices.darkTheme =
        settings.value(QStringLiteral("export/theme")).toString() == QLatin1String("dark");
    return choices;
}

void setImageExport(const ImageExport &choices)
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), choices.folder);
    settings.setValue(QStringLiteral("export/format"), choices.format);
    settings.setValue(QStringLiteral("export/unit"), choices.unit);
    if (choices.width)
        settings.setValue(QStringLiteral("export/width"), *choices.width);
    if (choices.height)
        settings.setValue(QStringLiteral("export/height"), *choices.height);
    if (choices.dpi)
        settings.setValue(QStringLiteral("export/dpi"), *choices.dpi);
    settings.setValue(QStringLiteral("export/background"), choices.transparentBackground
                                                               ? QStringLiteral("transparent")
                                                               : QStringLiteral("white"));
    settings.setValue(QStringLiteral("export/theme"),
                      choices.darkTheme ? QStringLiteral("dark") : QStringLiteral("light"));
}

namespace {
std::optional<QStringList> optionalList(const QSettings &settings, const QString &key)
{
    if (!settings.contains(key))
        return std::nullopt;
    return settings.value(key).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}
} // namespace

ReportExport reportExport()
{
    const QSettings settings;
    ReportExport choices;
    choices.folder = settings.value(QStringLiteral("report/folder")).toString();
    choices.format = settings.value(QStringLiteral("report/format")).toString();
    choices.language = settings.value(QStringLiteral("report/language")).toString();
    choices.paper = settings.value(QStringLiteral("report/paper")).toString();
    choices.sections = optionalList(settings, QStringLiteral("report/sections"));
    choices.charts = optionalList(settings, QStringLiteral("report/charts"));
    choices.columns = optionalList(settings, QStringLiteral("report/columns"));
    choices.title = settings.value(QStringLiteral("report/title")).toString();
    choices.subtitle = settings.value(QStringLiteral("report/subtitle")).toString();
    return choices;
}

void setReportExport(const ReportExport &choices)
{
    QSettings settings;
    settings.setValue(QStringLiteral("report/folder"), choices.folder);
    settings.setValue(QStringLiteral("report/format"), choices.format);
    settings.setValue(QStringLiteral("report/language"), choices.language);
    settings.setValue(QStringLiteral("report/paper"), choices.paper);
    // Stored as one comma-separated string: an empty list stays a list.
    if (choices.sections)
        settings.setValue(QStringLiteral("report/sections"),
                          choices.sections->join(QLatin1Char(',')));
    if (choices.charts)
        settings.setValue(QStringLiteral("report/charts"), choices.charts->join(QLatin1Char(',')));
    if (choices.columns)
        settings.setValue(QStringLiteral("report/columns"),
                          choices.columns->join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("report/title"), choices.title);
    settings.setValue(QStringLiteral("report/subtitle"), choices.subtitle);
}

MapView mapView()
{
    const QSettings settings;
    MapView choices;
    choices.metric = settings.value(QStringLiteral("map/metric")).toString();
    choices.method = settings.value(QStringLiteral("map/method")).toString();
    choices.classCount = optionalValue<int>(settings, QStringLiteral("map/classes"));
    choices.parkMarkers = settings.value(QStringLiteral("map/markers"), false).toBool();
    choices.includeQualified =
        settings.value(QStringLiteral("map/includeQualified"), false).toBool();
    return choices;
}

void setMapView(const MapView &choices)
{
    QSettings settings;
    settings.setValue(QStringLiteral("map/metric"), choices.metric);
    settings.setValue(QStringLiteral("map/method"), choices.method);
    if (choices.classCount)
        settings.setValue(QStringLiteral("map/classes"), *choices.classCount);
    settings.setValue(QStringLiteral("map/markers"), choices.parkMarkers);
    settings.setValue(QStringLiteral("map/includeQualified"), choices.includeQualified);
}

QString chartKind()
{
    return QSettings().value(QStringLiteral("charts/kind")).toString();
}

void setChartKind(const QString &id)
{
    QSettings().setValue(QStringLiteral("charts/kind"), id);
}

std::optional<int> chartTopN()
{
    return optionalValue<int>(QSettings(), QStringLiteral("charts/topN"));
}

void setChartTopN(int n)
{
    QSettings().setValue(QStringLiteral("charts/topN"), n);
}

} // namespace AppSettings
