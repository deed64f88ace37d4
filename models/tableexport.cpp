#include "tableexport.h"

#include "parktablemodel.h"
#include "safetext.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace TableExport {

namespace {

QString withoutControls(const QString &text)
{
    // Line breaks and tabs stay, inside quotes; other controls (and
    // noncharacters) are never written raw, whatever the store holds.
    static const QString kept = QStringLiteral("\n\r\t");
    return SafeText::withoutControls(text, kept);
}

} // namespace

QString cellText(const QModelIndex &index)
{
    const int column =
        index.model()
                ->headerData(index.column(), Qt::Horizontal, ParkTableModel::FieldKeyRole)
                .isValid()
            ? index.column()
            : -1;
    // Numbers as the C locale writes them, exactly: spreadsheets parse them.
    if (column >= 0 && ParkTableModel::isNumericColumn(column)) {
        const QVariant v = index.data(Qt::EditRole);
        return v.isValid() ? QLocale::c().toString(v.toDouble(), 'g', 15) : QString();
    }
    if (column >= 0 && FieldRegistry::field(ParkTableModel::fieldOf(column)).type ==
                           FieldRegistry::ValueType::TextList)
        return withoutControls(index.data(Qt::EditRole).toStringList().join(QStringLiteral("; ")));
    const QString text = index.data(Qt::DisplayRole).toString();
    return text == ParkTableModel::unknownText() ? QString() : withoutControls(text);
}

QString guardFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    return dangerous.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QString out;
    QStringList header;
    for (int c : columns)
        header << csvField(guardFormula(model.headerData(c, Qt::Horizontal).toString()));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int c : columns) {
            const QModelIndex index = model.index(row, c);
            const bool numeric = ParkTableModel::isNumericColumn(c);
            const QString text = cellText(index);
            cells << csvField(numeric ? text : guardFormula(text));
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool writeCsv(const QAbstractItemModel &model, const QList<int> &columns, const QString &path,
              QString *error)
{
    return writeFile(toCsv(model, columns), path, error);
}

bool writeFile(const QByteArray &bytes, const QString &path, QString *error)
{
    // Saving over a device or FIFO would replace it with a regular file (as
    // root, /dev/null itself) or block.
    const QFileInfo existing(path);
    if (existing.exists() && !existing.isFile()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(
                QDir::toNativeSeparators(path),
                QCoreApplication::translate("TableExport", "not a regular file"));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString toTsv(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns)
{
    QStringList lines;
    for (int row : rows) {
        QStringList cells;
        for (int c : columns) {
            QString text = cellText(model.index(row, c));
            text.replace(QLatin1Char('\t'), QLatin1Char(' '));
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
            cells << text;
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString toHtml(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns)
{
    QString html = QStringLiteral("<table><tr>");
    for (int c : columns)
        html += QStringLiteral("<th>%1</th>")
                    .arg(model.headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row : rows) {
        html += QStringLiteral("<tr>");
        for (int c : columns)
            html +=
                QStringLiteral("<td>%1</td>").arg(cellText(model.index(row, c)).toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace TableExport
