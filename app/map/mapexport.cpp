#include "mapexport.h"

#include "choroplethscene.h"

MapExport::MapExport(ChoroplethScene *scene, const ImageExportSettings &settings)
    : m_scene(scene)
    , m_lineScale(lineScaleFor(settings))
{
    Q_ASSERT(scene);
}

double MapExport::lineScaleFor(const ImageExportSettings &settings)
{
    // Only PNG pixels are device pixels. PDF pages are 96 dpi devices (see
    // ImageExporter), and SVG writes cosmetic lines as non-scaling strokes,
    // which viewers draw in CSS pixels, also 96 to the inch.
    if (settings.format != ImageExportSettings::Png || settings.dpi <= 0)
        return 1.0;
    return settings.dpi / 96.0;
}

void MapExport::setDarkTheme(bool dark)
{
    m_dark = dark;
}

void MapExport::saveState()
{
    if (m_saved)
        return;
    m_savedSize = m_scene->layoutSize();
    m_savedDark = m_scene->isDarkTheme();
    m_savedBackground = m_scene->isBackgroundVisible();
    m_savedHover = m_scene->hoveredProvince();
    m_savedHighlight = m_scene->highlightedProvinces();
    m_scene->setHoveredProvince(QString());
    m_scene->setHighlightedProvinces({});
    m_saved = true;
}

void MapExport::layoutFor(const QSizeF &logicalSize)
{
    saveState();
    if (m_dark)
        m_scene->setDarkTheme(*m_dark);
    m_scene->setLineScale(m_lineScale);
    m_scene->layoutFor(logicalSize);
}

QGraphicsScene *MapExport::scene()
{
    return m_scene;
}

QRectF MapExport::sourceRect() const
{
    return QRectF(QPointF(0, 0), m_scene->layoutSize());
}

void MapExport::restoreLayout()
{
    if (!m_saved)
        return;
    m_scene->setLineScale(1.0);
    m_scene->setBackgroundVisible(m_savedBackground);
    m_scene->setDarkTheme(m_savedDark);
    m_scene->layoutFor(m_savedSize);
    m_scene->setHoveredProvince(m_savedHover);
    m_scene->setHighlightedProvinces(m_savedHighlight);
    m_saved = false;
}

void MapExport::setTransparentBackground(bool transparent)
{
    saveState();
    m_scene->setBackgroundVisible(!transparent);
}
