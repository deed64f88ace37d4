#pragma once

#include "choroplethclasses.h"
#include "export/imageexporter.h"
#include "mapgeometry.h"
#include "parkrecord.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTransform>

class MapLabelItem;
class MapLegendItem;
class QGraphicsEllipseItem;
class QGraphicsPathItem;
class QGraphicsTextItem;

// The province map of China as a page: title, the provinces coloured by
// class, their labels, the South China Sea inset, the legend and optionally
// the parks. The page is laid out for a size in device-independent pixels
// (layoutFor), which is the scene rect; a view lays it out for its
// viewport, an export for the output's size. Outlines are projected once
// and only moved and scaled by a layout.
class ChoroplethScene : public QGraphicsScene
{
    Q_OBJECT

public:
    struct Marker
    {
        QString name; // in the UI language
        QString province;
        Leadership leadership = Leadership::Unknown;
        QPointF mapPos; // map kilometres
    };

    explicit ChoroplethScene(QObject *parent = nullptr);
    // Draws GEOMETRY, which must outlive the scene.
    explicit ChoroplethScene(const MapGeometry &geometry, QObject *parent = nullptr);
    ~ChoroplethScene() override;

    // FILTERTEXT describes the records (FilterDescription::summary); empty
    // when they are all the parks. ENGLISH picks the province names.
    void setData(const Aggregations::Records &records, MapMetric metric,
                 Classification::Method method, int classes, const QString &filterText,
                 bool english, bool darkTheme);
    const ChoroplethClasses &classes() const { return m_classes; }
    MapMetric metric() const { return m_classes.metric(); }
    bool isEnglish() const { return m_english; }
    bool isDarkTheme() const { return m_dark; }
    void setDarkTheme(bool dark);

    void setParkMarkersVisible(bool visible);
    bool parkMarkersVisible() const { return m_markersVisible; }
    const QList<Marker> &markers() const { return m_markers; }

    // Lays the page out at SIZE (device-independent pixels); the scene
    // rect becomes (0, 0, SIZE).
    void layoutFor(const QSizeF &size);
    QSizeF layoutSize() const { return m_size; }
    // Draws no page background, for transparent exports.
    void setBackgroundVisible(bool visible);
    bool isBackgroundVisible() const { return m_backgroundVisible; }
    // Outlines are cosmetic (as thin at any zoom); an export at more than
    // 96 dpi widens them by this factor to keep their printed width.
    void setLineScale(double scale);

    // Full names of the provinces drawn, in data order.
    QStringList provinceNames() const;
    // The province at a scene position, or an empty string.
    QString provinceAt(const QPointF &scenePos) const;
    // The index in markers() of the park marker at a scene position, or -1.
    int markerAt(const QPointF &scenePos) const;
    // Where the province's label is anchored (a point inside it), in scene
    // coordinates; a null point for an unknown name.
    QPointF labelAnchorOf(const QString &fullName) const;
    // The colour the province is filled with; invalid for an unknown name.
    QColor fillOf(const QString &fullName) const;
    bool isHatched(const QString &fullName) const;
    // The label shown for a province (its short name in the map's language).
    QString labelOf(const QString &fullName) const;
    // Whether the label sits apart from its province, with a leader line.
    bool hasLeaderLine(const QString &fullName) const;
    QRectF labelRectOf(const QString &fullName) const;
    QRectF insetRect() const;
    QRectF legendRect() const;
    QRectF mapRect() const;

    QString titleText() const;
    QString subtitleText() const;
    // The legend's rows as shown, heading included.
    QStringList legendTexts() const;
    // What hovering the province tells, as plain text.
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

private:
    class ProvinceItem;

    void buildItems();
    void applyColors();
    void applyTheme();
    void applyLineWidths();
    void updateTexts();
    void updateLegend();
    void updateOverlay(QGraphicsPathItem *item, const QSet<QString> &names);
    void relayout();
    void layoutInset(double fontPx);
    void layoutLegend();
    bool coversProvince(const QRectF &sceneRect) const;
    void layoutLabels(double fontPx);
    void colorLabels();
    void layoutMarkers(double radius);
    // Where a label of SIZE for PROVINCE covers nothing in TAKEN: its anchor
    // if that is free, else the nearest free place.
    QPointF freeSpotFor(const MapGeometry::Province &province, const QSizeF &size,
                        const QList<QRectF> &taken) const;
    void rebuildMarkers(const Aggregations::Records &records);
    QPointF toScene(const QPointF &mapPos) const { return m_mapTransform.map(mapPos); }

    const MapGeometry &m_geometry;
    ChoroplethClasses m_classes;
    QString m_filterText;
    bool m_english = false;
    bool m_dark = false;
    bool m_markersVisible = false;
    bool m_backgroundVisible = true;
    double m_lineScale = 1.0;
    QSizeF m_size;
    QTransform m_mapTransform; // map kilometres to scene
    QRectF m_mapRect;
    QRectF m_insetRect;

    QGraphicsItem *m_mapLayer = nullptr;
    QHash<QString, ProvinceItem *> m_provinceItems;
    QGraphicsItem *m_insetLayer = nullptr;
    QGraphicsPathItem *m_insetFrame = nullptr;
    QGraphicsPathItem *m_insetCoast = nullptr;
    QGraphicsPathItem *m_insetDashes = nullptr;
    QGraphicsPathItem *m_insetIslands = nullptr;
    QGraphicsPathItem *m_insetBorder = nullptr;
    MapLabelItem *m_insetCaption = nullptr;
    QGraphicsPathItem *m_highlightItem = nullptr;
    QGraphicsPathItem *m_selectionItem = nullptr;
    QGraphicsPathItem *m_hoverItem = nullptr;
    QHash<QString, MapLabelItem *> m_labels;
    QList<Marker> m_markers;
    QList<QGraphicsEllipseItem *> m_markerItems;
    double m_markerRadius = 3;
    MapLegendItem *m_legend = nullptr;
    QGraphicsTextItem *m_title = nullptr;
    QGraphicsTextItem *m_subtitle = nullptr;

    QString m_hovered;
    QSet<QString> m_selected;
    QSet<QString> m_highlighted;
};

// Exports a ChoroplethScene: the page is laid out afresh at the output's
// size (and, if asked, in the other theme) and put back afterwards. The
// pointer's hover and the table's highlight are left out: they are states
// of the screen, not of the map.
class MapExport : public ExportableScene
{
public:
    // SETTINGS tell the line scale: cosmetic lines are device pixels, so a
    // 300 dpi image needs them 300/96 times as wide to print as on screen.
    explicit MapExport(ChoroplethScene *scene,
                       const ImageExportSettings &settings = ImageExportSettings());

    // The theme to export in; the scene's own by default.
    void setDarkTheme(bool dark);

    QGraphicsScene *scene() override { return m_scene; }
    void layoutFor(const QSizeF &logicalSize) override;
    QRectF sourceRect() const override;
    void restoreLayout() override;
    void setTransparentBackground(bool transparent) override;

    static double lineScaleFor(const ImageExportSettings &settings);

private:
    void saveState();

    ChoroplethScene *m_scene;
    double m_lineScale = 1.0;
    std::optional<bool> m_dark;
    bool m_saved = false;
    QSizeF m_savedSize;
    bool m_savedDark = false;
    bool m_savedBackground = true;
    QString m_savedHover;
    QSet<QString> m_savedHighlight;
};
