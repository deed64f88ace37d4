#pragma once

#include "export/imageexporter.h"

#include <QSet>
#include <QSizeF>
#include <QString>

#include <optional>

class ChoroplethScene;

// Exports a ChoroplethScene: the page is laid out afresh at the output's
// size (and, if asked, in the other theme) and put back afterwards. The
// pointer's hover and the table's highlight are left out: they are states
// of the screen, not of the map.
class MapExport : public ExportableScene
{
public:
    // SETTINGS tell the line scale: cosmetic lines are device pixels, so a
    // 300 dpi PNG needs them 300/96 times as wide to print as on screen.
    explicit MapExport(ChoroplethScene *scene,
                       const ImageExportSettings &settings = ImageExportSettings());

    // The theme to export in; the scene's own by default.
    void setDarkTheme(bool dark);

    QGraphicsScene *scene() override;
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
