#pragma once

#include "choroplethclasses.h"
#include "mapgeometry.h"
#include "parkmarkers.h"
#include "parksnapshot.h"
#include "provincelayercache.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QTransform>

#include <optional>

class MapLabelItem;
class MapLegendItem;
class ProvinceItem;
class QGraphicsEllipseItem;
class QGraphicsPathItem;
class QGraphicsTextItem;

// The province map of China, or the city map of one province (when the
// geometry is MapGeometry::citiesOf() a province), as a page: title, the provinces coloured by
// class, their labels, the South China Sea inset, the legend and optionally
// the parks. The page is laid out for a size in device-independent pixels
// (layoutFor), which becomes the scene rect; a view lays it out for its
// viewport, an export (MapExport) for the output's size. The outlines are
// projected once (MapGeometry) and only moved and scaled by a layout.
class ChoroplethScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit ChoroplethScene(QObject *parent = nullptr);
    // Draws GEOMETRY, which must outlive the scene.
    explicit ChoroplethScene(const MapGeometry &geometry, QObject *parent = nullptr);
    ~ChoroplethScene() override;

    // FILTERTEXT describes the records (FilterDescription::summary); empty
    // when they are all the parks. ENGLISH picks the province and park
    // names; the other texts follow the installed translation. RECORDS
    // must stay valid until the next setData() or the scene's end: park
    // markers and city circles shown later are built from them.
    void setData(const Aggregations::Records &records, MapMetric metric,
                 Classification::Method method, int classes, const QString &filterText,
                 bool english, bool darkTheme);
    // The same for a snapshot's records; a count of parks is then taken
    // from the snapshot's counts by province (ParkSnapshot::byProvinceAndCity,
    // which the province tree and the charts share) instead of counting
    // every record again.
    void setData(const ParkSnapshot &records, MapMetric metric, Classification::Method method,
                 int classes, const QString &filterText, bool english, bool darkTheme);
    const ChoroplethClasses &classes() const { return m_classes; }
    // The report's figures, for provinces it counts parks in that the
    // dataset lacks and for its count of provinces; used from the next
    // setData().
    void setReportFigures(const QList<ReportFigure> &figures) { m_report = figures; }
    // Whether the sums take in the values the sources qualify; used from
    // the next setData().
    void setQualifiedValues(Aggregations::QualifiedValues qualified) { m_qualified = qualified; }
    Aggregations::QualifiedValues qualifiedValues() const { return m_qualified; }
    MapMetric metric() const { return m_classes.metric(); }
    bool isEnglish() const { return m_english; }
    bool isDarkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);

    // Markers are built only while shown: hidden, the scene holds nothing
    // per park for them, and setData() only keeps its records to build
    // them from when they are shown.
    void setParkMarkersVisible(bool visible);
    bool parkMarkersVisible() const { return m_markersVisible; }
    // The parks drawn as markers; empty while markers are hidden.
    const QList<ParkMarker> &markers() const { return m_markers; }

    // Lays the page out at SIZE (device-independent pixels); the scene
    // rect becomes (0, 0, SIZE).
    void layoutFor(const QSizeF &size);
    QSizeF layoutSize() const { return m_size; }
    // Without the page background, for transparent exports.
    void setBackgroundVisible(bool visible);
    bool isBackgroundVisible() const { return m_backgroundVisible; }
    // Whether repaints on pixel devices copy the provinces from an image
    // drawn once per layout and colouring (on by default); off, they are
    // drawn each time, as on vector devices.
    void setProvinceCacheEnabled(bool enabled);
    // Outlines are cosmetic (as thin at any zoom); an export at more than
    // 96 dpi widens them by this factor to keep their printed width.
    void setLineScale(double scale);

    // Full names of the areas drawn (provinces, or a province's cities), in
    // data order.
    QStringList provinceNames() const;
    // The province whose cities the map shows; empty on the map of China.
    QString drilledProvince() const { return m_geometry.provinceFullName(); }
    bool isCityMap() const { return m_geometry.isCityMap(); }
    // On a city map: parks of the province whose city the gazetteer does
    // not know, which no area shows.
    int parksInUnknownCities() const { return m_unknownCityParks; }

    // On the map of China: circles at each city with parks, their area in
    // proportion to its parks; shown with the legend's reference sizes.
    // Like markers, they are counted only while shown.
    void setCityCirclesVisible(bool visible);
    bool cityCirclesVisible() const { return m_circlesVisible; }
    // The circle's radius in scene pixels for the city of that full name
    // (in PROVINCEFULLNAME when given); 0 when it has none.
    double cityCircleRadius(const QString &cityFullName,
                            const QString &provinceFullName = QString()) const;
    // Parks the circle of that city stands for; 0 when it has none.
    int cityCircleCount(const QString &cityFullName) const;
    // The province at a scene position, or an empty string.
    QString provinceAt(const QPointF &scenePos) const;
    // The index in markers() of the visible park marker at a scene
    // position (for a cluster, its first park), or -1.
    int markerAt(const QPointF &scenePos) const;
    // Overlapping markers drawn as one with their count, as indices in
    // markers(); empty when markers are hidden.
    const QList<QList<int>> &markerClusters() const { return m_clusters; }
    // Where the province's label is anchored (a point inside it), in scene
    // coordinates; a null point for an unknown name.
    QPointF labelAnchorOf(const QString &fullName) const;
    // The colour the province is filled with; invalid for an unknown name.
    QColor fillOf(const QString &fullName) const;
    bool isHatched(const QString &fullName) const;
    bool isCrossHatched(const QString &fullName) const;
    // The label shown for a province: its short name in the map's language.
    QString labelOf(const QString &fullName) const;
    // Whether the label sits apart from its province, with a leader line.
    bool hasLeaderLine(const QString &fullName) const;
    // The label's box; empty when the label is left out (no room near its
    // province on a small map).
    QRectF labelRectOf(const QString &fullName) const;
    bool isLabelShown(const QString &fullName) const;
    QRectF insetRect() const { return m_insetRect; }
    // The point inside the inset frame the caption is centred on, the same
    // in every language, and the caption's text box.
    QPointF insetCaptionAnchor() const { return m_insetCaptionAnchor; }
    QRectF insetCaptionRect() const;
    QString insetCaptionText() const;
    QFont insetCaptionFont() const;
    QRectF legendRect() const;
    // The title and the subtitle under it.
    QRectF titlesRect() const;
    // The box around the provinces, in scene coordinates.
    QRectF mapRect() const;

    // The fonts as laid out (pixel sizes at 96 dpi).
    QFont titleFont() const;
    QFont subtitleFont() const;
    QFont legendFont() const;
    QFont labelFont() const;
    QString titleText() const;
    QString subtitleText() const;
    // The legend's rows as shown, headings included; the notes under them
    // apart (legendNotes).
    QStringList legendTexts() const;
    // The notes under the legend's key: qualified values left out of the
    // sums or taken in, the report's counts where it states them.
    QStringList legendNotes() const;
    // What hovering tells, as plain text.
    QString toolTipFor(const QString &fullName) const;
    QString toolTipForMarker(int index) const;
    // The map in words, for screen readers.
    QString accessibleSummary() const;

    void setHoveredProvince(const QString &fullName);
    QString hoveredProvince() const { return m_hovered; }
    void setSelectedProvinces(const QSet<QString> &fullNames);
    QSet<QString> selectedProvinces() const { return m_selected; }
    // Provinces of the parks selected elsewhere (the table).
    void setHighlightedProvinces(const QSet<QString> &fullNames);
    QSet<QString> highlightedProvinces() const { return m_highlighted; }

protected:
    // Draws the provinces too, from an image when the painter draws pixels.
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    // setData(), with the SNAPSHOT RECORDS are the pointers of, if any.
    void show(const Aggregations::Records &records, const ParkSnapshot *snapshot, MapMetric metric,
              Classification::Method method, int classes, const QString &filterText, bool english,
              bool darkTheme);
    void buildItems();
    void setMarkerRecords(const Aggregations::Records &records);
    void rebuildMarkers();
    void clearMarkers();
    void rebuildCircles(const Aggregations::Records &records);
    void layoutCircles(double largestRadius);
    QString areaDisplayName(const QString &fullName) const;
    void applyTheme();
    void applyLineWidths();
    void applyColors();
    void colorLabels();
    void updateTexts();
    void updateLegend();
    void updateOverlay(QGraphicsPathItem *item, const QSet<QString> &names);
    void relayout();
    // Scales and centres the map in AREA.
    void fitMapTo(const QRectF &area);
    void layoutInset(double fontPx);
    void layoutMarkers(double radius);
    void layoutLabels(double fontPx);
    void layoutLegend();
    void placeLegend();
    // How much the map would be scaled to fit AREA.
    double mapScaleIn(const QRectF &area) const;
    bool coversProvince(const QRectF &sceneRect) const;

    const MapGeometry &m_geometry;
    ChoroplethClasses m_classes;
    QList<ReportFigure> m_report;
    Aggregations::QualifiedValues m_qualified = Aggregations::QualifiedValues::Exclude;
    QString m_filterText;
    bool m_english = false;
    bool m_dark = false;
    bool m_markersVisible = false;
    bool m_backgroundVisible = true;
    double m_lineScale = 1.0;
    QSizeF m_size;
    QTransform m_mapTransform; // map kilometres to scene
    QRectF m_pageArea;         // below the titles, inside the margins
    QRectF m_mapArea;          // where the map may go on the page
    QRectF m_insetRect;
    QPointF m_insetCaptionAnchor;

    QGraphicsItem *m_mapLayer = nullptr;
    QHash<QString, ProvinceItem *> m_provinceItems;
    QList<ProvinceItem *> m_provinceOrder; // as stacked
    ProvinceLayerCache m_provinceCache;
    bool m_provinceCacheEnabled = true;
    QGraphicsPathItem *m_highlightItem = nullptr;
    QGraphicsPathItem *m_selectionItem = nullptr;
    QGraphicsPathItem *m_hoverItem = nullptr;
    QGraphicsItem *m_insetLayer = nullptr;
    QGraphicsPathItem *m_insetFrame = nullptr;
    QGraphicsPathItem *m_insetCoast = nullptr;
    QGraphicsPathItem *m_insetDashes = nullptr;
    QGraphicsPathItem *m_insetIslands = nullptr;
    QGraphicsPathItem *m_insetBorder = nullptr;
    MapLabelItem *m_insetCaption = nullptr;
    QHash<QString, MapLabelItem *> m_labels;
    Aggregations::Records m_records; // what markers and circles are built from
    QList<ParkMarker> m_markers;
    QList<QGraphicsEllipseItem *> m_markerItems;
    QList<QList<int>> m_clusters;
    QList<QGraphicsEllipseItem *> m_clusterItems; // with the count as child
    double m_markerRadius = 3;
    MapLegendItem *m_legend = nullptr;
    QFont m_legendFont;
    QFont m_labelFont;
    QGraphicsTextItem *m_title = nullptr;
    QGraphicsTextItem *m_subtitle = nullptr;

    struct CityCircle
    {
        QString province;
        QString city;
        int parks = 0;
        QPointF mapPos;
        QGraphicsEllipseItem *item = nullptr;
    };
    QList<CityCircle> m_circles;
    bool m_circlesVisible = false;
    double m_circleUnitRadius = 0; // the radius of one park's circle
    QList<int> m_circleReferences; // the legend's sizes, in parks
    int m_unknownCityParks = 0;
    std::optional<double> m_reportedProvinceParks;

    QString m_hovered;
    QSet<QString> m_selected;
    QSet<QString> m_highlighted;
};
