#include "pdfpostprocess.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace PdfPostProcess {

namespace {

// Where the cross-reference table starts, from "startxref N %%EOF" at the
// end of the file; START and END (when given) are where N is.
qsizetype xrefOffset(const QByteArray &pdf, qsizetype *start = nullptr, qsizetype *end = nullptr)
{
    const qsizetype keyword = pdf.lastIndexOf("startxref");
    if (keyword < 0)
        return -1;
    qsizetype at = keyword + 9;
    while (at < pdf.size() && (pdf.at(at) == '\n' || pdf.at(at) == '\r' || pdf.at(at) == ' '))
        ++at;
    qsizetype after = at;
    while (after < pdf.size() && pdf.at(after) >= '0' && pdf.at(after) <= '9')
        ++after;
    bool ok = false;
    const qsizetype xref = pdf.mid(at, after - at).toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= keyword || !pdf.mid(xref).startsWith("xref"))
        return -1;
    if (start)
        *start = at;
    if (end)
        *end = after;
    return xref;
}

} // namespace

QByteArray withEdits(const QByteArray &pdf, const std::vector<Edit> &edits)
{
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0;
    const qsizetype xref = xrefOffset(pdf, &numberStart, &numberEnd);
    const qsizetype trailer = xref < 0 ? -1 : pdf.indexOf("trailer", xref);
    if (edits.empty() || trailer < 0 || edits.back().at + edits.back().length > xref)
        return pdf;
    // Where an offset of the file as written is after the edits: moved
    // by what the edits before it added.
    std::vector<qsizetype> grown{0};
    for (const Edit &e : edits)
        grown.push_back(grown.back() + e.text.size() - e.length);
    const auto moved = [&](qsizetype offset) {
        const auto before = std::lower_bound(edits.cbegin(), edits.cend(), offset,
                                             [](const Edit &e, qsizetype o) { return e.at < o; });
        return offset + grown.at(std::size_t(before - edits.cbegin()));
    };
    QByteArray out;
    out.reserve(pdf.size() + grown.back());
    qsizetype from = 0;
    for (const Edit &e : edits) {
        out += QByteArrayView(pdf).sliced(from, e.at - from);
        out += e.text;
        from = e.at + e.length;
    }
    // The table's entries are exactly 20 bytes, "oooooooooo ggggg n"; only
    // the offsets change.
    out += QByteArrayView(pdf).sliced(from, xref - from);
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) n"));
    QString table = QString::fromLatin1(pdf.mid(xref, trailer - xref));
    for (auto it = entry.globalMatch(table); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        table.replace(
            m.capturedStart(1), 10,
            QStringLiteral("%1").arg(moved(m.captured(1).toLongLong()), 10, 10, QLatin1Char('0')));
    }
    out += table.toLatin1();
    out += QByteArrayView(pdf).sliced(trailer, numberStart - trailer);
    out += QByteArray::number(moved(xref));
    out += QByteArrayView(pdf).sliced(numberEnd);
    return out;
}

} // namespace PdfPostProcess
