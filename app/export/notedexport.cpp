#include "notedexport.h"

#include "charts/chartstyle.h"
#include "safetext.h"

#include <QFont>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <algorithm>

namespace {

// Space around the notes, in device-independent pixels (about 2 mm).
constexpr double Margin = 8;

} // namespace

NotedExport::NotedExport(ExportableScene &content, const FigureNotes &notes)
    : m_content(content)
    , m_notes(notes)
{}

NotedExport::~NotedExport()
{
    removeText();
}

void NotedExport::layoutFor(const QSizeF &logicalSize)
{
    removeText();
    QGraphicsScene *target = m_content.scene();
    if (!target || m_notes.isEmpty()) {
        m_content.layoutFor(logicalSize);
        m_rect = m_content.sourceRect();
        return;
    }
    QStringList lines;
    for (const QString &line : {m_notes.coverage, m_notes.source}) {
        // Plain text, and no control character reaches SVG or PDF.
        if (!line.isEmpty())
            lines << SafeText::withoutControls(line);
    }
    m_text = new QGraphicsTextItem;
    // The charts' own font, not the application's: an exported figure does
    // not change with the desktop's font, nor with what the windows have
    // drawn before (a report from the window is the command line's file).
    m_text->setFont(ChartStyle::font(NotesPointSize));
    m_text->setDefaultTextColor(QColor(0x44, 0x44, 0x44));
    m_text->document()->setDocumentMargin(0);
    // Plain text: names from the data are never markup.
    m_text->setPlainText(lines.join(QLatin1Char('\n')));
    const double textWidth = std::max(1.0, logicalSize.width() - 2 * Margin);
    m_text->setTextWidth(textWidth);
    const double band = m_text->boundingRect().height() + 1.5 * Margin;
    // Whatever the content needs, the notes keep their lines: a figure too
    // short for both gives the notes at most half of its height.
    const double contentHeight = std::max(logicalSize.height() / 2, logicalSize.height() - band);
    m_content.layoutFor(QSizeF(logicalSize.width(), contentHeight));
    const QRectF content = m_content.sourceRect();
    m_rect = QRectF(content.topLeft(), QSizeF(logicalSize.width(), logicalSize.height()));
    m_text->setPos(content.left() + Margin, content.bottom() + Margin / 2);
    m_text->setZValue(1e6);
    target->addItem(m_text);
}

QRectF NotedExport::sourceRect() const
{
    return m_rect;
}

void NotedExport::restoreLayout()
{
    removeText();
    m_content.restoreLayout();
}

void NotedExport::removeText()
{
    if (!m_text)
        return;
    if (QGraphicsScene *scene = m_text->scene())
        scene->removeItem(m_text);
    delete m_text;
    m_text = nullptr;
}
