#pragma once

#include "export/imageexporter.h"
#include "figurenotes.h"

class QGraphicsTextItem;

// A figure with its notes under it: the content is laid out in the space
// above a band holding the coverage and source lines, which are drawn as
// text in the same scene, so that PNG, SVG and PDF all carry them.
class NotedExport : public ExportableScene
{
public:
    // Type size of the notes: legible in print at any export resolution.
    static constexpr double NotesPointSize = 9;

    NotedExport(ExportableScene &content, const FigureNotes &notes);
    ~NotedExport() override;

    NotedExport(const NotedExport &) = delete;
    NotedExport &operator=(const NotedExport &) = delete;

    QGraphicsScene *scene() override { return m_content.scene(); }
    void layoutFor(const QSizeF &logicalSize) override;
    QRectF sourceRect() const override;
    void restoreLayout() override;
    void setTransparentBackground(bool transparent) override
    {
        m_content.setTransparentBackground(transparent);
    }

private:
    void removeText();

    ExportableScene &m_content;
    FigureNotes m_notes;
    QGraphicsTextItem *m_text = nullptr;
    QRectF m_rect;
};
