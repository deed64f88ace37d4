#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

// The map's key, drawn in the scene so that it is part of every export: a
// heading, then one row per class and per kind of province without a
// value, and optionally the park markers. The item lays itself out from
// its font; its top left is its position.
class MapLegendItem : public QGraphicsItem
{
public:
    struct Row
    {
        enum Kind
        {
            Heading,
            Swatch,
            Hatched,      // "no data": the grey with diagonal lines
            CrossHatched, // "not in the dataset": lines both ways
            Note,         // a line of text without a swatch
            Footnote,     // text under the key, wrapped to its width
            Outline,      // selected provinces
            Marker,       // a park marker
            Circle,       // a proportional circle of RADIUS pixels
            Gap,          // a little space
            Section       // starts a part that may stand beside the others
        };
        Kind kind = Swatch;
        QColor color;
        QString text;
        double radius = 0; // for circles
    };

    struct Style
    {
        QFont font;
        QColor text = Qt::black;
        QColor panel = Qt::white; // behind the rows, in case they cover land
        QColor swatchBorder = Qt::gray;
        QColor hatch = Qt::gray;
    };

    explicit MapLegendItem(QGraphicsItem *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    void setStyle(const Style &style);
    QSizeF size() const { return m_size; }
    // Parts side by side instead of one under the other.
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const { return m_sideBySide; }
    // Rows closer together, for a page too short for the usual spacing.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    struct Part
    {
        QList<Row> rows;
        QPointF origin;
        QSizeF size;
    };

    void relayout();
    double rowHeight() const;
    double heightOf(const Row &row) const;
    // Where the texts of ROWS start: right of the widest circle.
    double textIndent(const QList<Row> &rows) const;
    double em() const;
    QSizeF measure(const QList<Row> &rows) const;
    // How wide footnotes may run in a part whose other rows are KEYWIDTH
    // wide.
    double footnoteWidth(double keyWidth) const;
    QRectF footnoteRect(const QString &text, double width) const;
    void paintRows(QPainter *painter, const Part &part) const;

    QList<Row> m_rows;
    QList<Part> m_parts;
    Style m_style;
    QSizeF m_size;
    bool m_sideBySide = false;
    bool m_compact = false;
};
