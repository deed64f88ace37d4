#include "stablecsv.h"

#include "fieldregistry.h"
#include "safetext.h"
#include "tableexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <optional>

namespace StableCsv {

namespace {

using FieldRegistry::ValueType;

QString tr(const char *text)
{
    return QCoreApplication::translate("StableCsv", text);
}

// The characters a cell may not start with unguarded: a spreadsheet runs
// = + - @ (and tab, CR before them) as a formula; ' is guarded so that the
// guard can be taken off exactly.
bool isGuarded(QChar c)
{
    static const QString guarded = QStringLiteral("=+-@\t\r'");
    return guarded.contains(c);
}

QString guard(const QString &text)
{
    return !text.isEmpty() && isGuarded(text.front()) ? QLatin1Char('\'') + text : text;
}

QString unguard(const QString &text)
{
    return text.size() >= 2 && text.front() == QLatin1Char('\'') && isGuarded(text.at(1))
               ? text.mid(1)
               : text;
}

bool isNumeric(ParkField field)
{
    const ValueType type = FieldRegistry::field(field).type;
    return type == ValueType::Integer || type == ValueType::Real;
}

QString precisionWord(FoundingDate::Precision precision)
{
    switch (precision) {
    case FoundingDate::Precision::Year:
        return QStringLiteral("year");
    case FoundingDate::Precision::Month:
        return QStringLiteral("month");
    case FoundingDate::Precision::Day:
        return QStringLiteral("day");
    case FoundingDate::Precision::Unknown:
        break;
    }
    return QString();
}

QString quoted(const QString &text)
{
    QString shown = SafeText::escapedForTerminal(text);
    if (shown.size() > 40)
        shown = shown.left(39) + QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

// ---------------------------------------------------------------- reading

// Splits CSV bytes into records of cells. Delimiters, quotes and line
// ends are ASCII, so the bytes are split before they are decoded.
class Splitter
{
public:
    Splitter(QByteArrayView data, char delimiter)
        : m_data(data)
        , m_delimiter(delimiter)
    {}

    enum class Status
    {
        Record,
        End,
        Unterminated,
    };

    // Reads the next record. At most MAXCELLS cells are kept (the rest are
    // only counted); cells longer than Limits::MaxCellBytes are cut and
    // listed in tooLong.
    Status next(int maxCells)
    {
        cells.clear();
        tooLong.clear();
        cellCount = 0;
        if (m_pos >= m_data.size())
            return Status::End;
        recordLine = m_line;
        for (;;) {
            QByteArray cell;
            bool cut = false;
            auto append = [&](QByteArrayView part) {
                if (cut)
                    return;
                if (cell.size() + part.size() > Limits::MaxCellBytes) {
                    cut = true;
                    return;
                }
                cell.append(part);
            };
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                quoteLine = m_line;
                quoteColumn = cellCount + 1;
                ++m_pos;
                for (;;) {
                    const qsizetype close = m_data.indexOf('"', m_pos);
                    if (close < 0)
                        return Status::Unterminated;
                    countLines(m_pos, close);
                    append(m_data.sliced(m_pos, close - m_pos));
                    m_pos = close + 1;
                    if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                        append("\"");
                        ++m_pos;
                        continue;
                    }
                    break;
                }
            }
            // Unquoted text, or (leniently) text after a closing quote.
            const qsizetype from = m_pos;
            while (m_pos < m_data.size()) {
                const char c = m_data[m_pos];
                if (c == m_delimiter || c == '\r' || c == '\n')
                    break;
                ++m_pos;
            }
            append(m_data.sliced(from, m_pos - from));
            if (cellCount < maxCells) {
                cells.append(cell);
                if (cut)
                    tooLong.append(cellCount);
            }
            ++cellCount;
            if (m_pos >= m_data.size())
                return Status::Record;
            const char c = m_data[m_pos++];
            if (c == m_delimiter)
                continue;
            if (c == '\r' && m_pos < m_data.size() && m_data[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return Status::Record;
        }
    }

    QList<QByteArray> cells;
    QList<int> tooLong; // 0-based indexes into cells
    int cellCount = 0;
    int recordLine = 1;
    int quoteLine = 0;
    int quoteColumn = 0;

private:
    void countLines(qsizetype from, qsizetype to)
    {
        for (qsizetype i = from; i < to; ++i) {
            const char c = m_data[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= to || m_data[i + 1] != '\n')))
                ++m_line;
        }
    }

    QByteArrayView m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// The delimiter of the header line: the one of , ; tab it has most of
// outside quotes (a comma when it has none).
char detectDelimiter(QByteArrayView data)
{
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const char c : data) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\r' || c == '\n')
                break;
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

std::optional<QString> decode(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

struct Parsed
{
    QJsonValue value;
    QString error; // why the cell does not fit its field
};

Parsed parseNumber(ParkField field, const QString &text, char delimiter)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {QJsonValue(QJsonValue::Null), QString()};
    // Spreadsheets that save with ; or tab often write a decimal comma.
    if (delimiter != ',' && !t.contains(QLatin1Char('.')) && t.count(QLatin1Char(',')) == 1)
        t.replace(QLatin1Char(','), QLatin1Char('.'));
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    const double d = c.toDouble(t, &ok);
    const bool whole = FieldRegistry::field(field).type == ValueType::Integer;
    if (whole) {
        if (!ok || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
            return {QJsonValue(), tr("%1 is not a whole number").arg(quoted(text.trimmed()))};
        return {QJsonValue(qint64(d)), QString()};
    }
    if (!ok || !std::isfinite(d))
        return {QJsonValue(), tr("%1 is not a number").arg(quoted(text.trimmed()))};
    return {QJsonValue(d), QString()};
}

Parsed parseDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {QJsonValue(QJsonValue::Null), QString()};
    // ISO as written, and as spreadsheets rewrite it: 2018/4/9, 2018.4.9.
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return {QJsonValue(),
                tr("%1 is not a date written YYYY, YYYY-MM or YYYY-MM-DD").arg(quoted(t))};
    QString iso = m.captured(1);
    for (int i : {2, 3}) {
        if (m.hasCaptured(i))
            iso += QStringLiteral("-%1").arg(m.captured(i).toInt(), 2, 10, QLatin1Char('0'));
    }
    QString error;
    const FoundingDate date = FoundingDate::fromString(iso, &error);
    if (!date.isKnown())
        return {QJsonValue(), iso == t ? error : QStringLiteral("%1: %2").arg(quoted(t), error)};
    return {QJsonValue(date.toString()), QString()};
}

Parsed parseChoice(ParkField field, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {QJsonValue(QJsonValue::Null), QString()};
    const FieldRegistry::ChoiceList &choices = FieldRegistry::field(field).choices;
    for (int i = 0; i < choices.count; ++i) {
        if (t.compare(QLatin1String(choices.items[i].json), Qt::CaseInsensitive) == 0)
            return {QJsonValue(QString::fromLatin1(choices.items[i].json)), QString()};
    }
    return {QJsonValue(),
            tr("%1 is not one of %2").arg(quoted(t), FieldRegistry::choiceSpellings(field))};
}

Parsed parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return {QJsonValue(QJsonValue::Null), QString()};
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
        return {QJsonValue(true), QString()};
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
        return {QJsonValue(false), QString()};
    return {QJsonValue(), tr("%1 is not true or false").arg(quoted(text.trimmed()))};
}

Parsed parseCell(ParkField field, const QString &text, char delimiter)
{
    switch (FieldRegistry::field(field).type) {
    case ValueType::Text: {
        const QString t = unguard(text);
        return {t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t), QString()};
    }
    case ValueType::Integer:
    case ValueType::Real:
        return parseNumber(field, text, delimiter);
    case ValueType::Date:
        return parseDate(text);
    case ValueType::Choice:
        return parseChoice(field, text);
    case ValueType::Boolean:
        return parseBoolean(text);
    case ValueType::TextList: {
        const QString t = unguard(text);
        if (t.isEmpty())
            return {QJsonValue(QJsonValue::Null), QString()};
        // One item per line, exactly as write() joins them.
        return {QJsonArray::fromStringList(t.split(QLatin1Char('\n'))), QString()};
    }
    }
    return {QJsonValue(QJsonValue::Null), QString()};
}

Problem fileProblem(const QString &file, int line, int column, const QString &message)
{
    Problem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.message = message;
    return p;
}

} // namespace

// ---------------------------------------------------------------- writing

QString precisionColumn()
{
    return QStringLiteral("establishedPrecision");
}

QStringList header()
{
    QStringList names;
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        names << QString::fromLatin1(f.key);
        if (f.field == ParkField::Established)
            names << precisionColumn();
    }
    return names;
}

QString cellText(ParkField field, const QJsonValue &value)
{
    QString text;
    switch (FieldRegistry::field(field).type) {
    case ValueType::Text:
    case ValueType::Date:
    case ValueType::Choice:
        text = value.toString();
        break;
    case ValueType::Integer:
        if (value.isDouble())
            text = QString::number(value.toInteger(qint64(value.toDouble())));
        break;
    case ValueType::Real:
        if (value.isDouble())
            // 15 significant digits, as many as spreadsheets keep: a
            // number they read and save again keeps its text.
            text = QLocale::c().toString(value.toDouble(), 'g', 15);
        break;
    case ValueType::Boolean:
        if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case ValueType::TextList: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        text = items.join(QLatin1Char('\n'));
        break;
    }
    }
    static const QString kept = QStringLiteral("\n\r\t");
    return SafeText::withoutControls(text, kept);
}

QString cellText(const ParkRecord &record, ParkField field)
{
    return cellText(field, FieldRegistry::value(record, field));
}

QByteArray write(const QList<ParkRecord> &records)
{
    QString out = header().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ParkRecord &r : records) {
        if (!r.nonObjectEntry.isUndefined())
            continue; // not a park: it has no fields to write
        QStringList cells;
        cells.reserve(FieldRegistry::fieldCount + 1);
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            const QString text = cellText(r, f.field);
            cells << TableExport::csvField(isNumeric(f.field) ? text : guard(text));
            if (f.field == ParkField::Established)
                cells << precisionWord(r.established.precision());
        }
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

// ---------------------------------------------------------------- reading

QString Refusal::toString() const
{
    if (column <= 0 && field.isEmpty())
        return tr("line %1: %2").arg(line).arg(message);
    if (column <= 0)
        return tr("line %1 (%2): %3").arg(line).arg(field, message);
    if (field.isEmpty())
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    return tr("line %1, column %2 (%3): %4").arg(line).arg(column).arg(field, message);
}

ReadResult read(const QByteArray &bytes, const QString &fileName)
{
    ReadResult result;
    result.fileName = fileName;
    auto refuseFile = [&result, &fileName](int line, int column, const QString &message) {
        result.errors << fileProblem(fileName, line, column, message);
        result.rows.clear();
        result.refused.clear();
        return result;
    };

    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const char delimiter = detectDelimiter(data);
    Splitter splitter(data, delimiter);

    // The header.
    Splitter::Status status = splitter.next(Limits::MaxColumns);
    if (status == Splitter::Status::Unterminated)
        return refuseFile(splitter.quoteLine, splitter.quoteColumn,
                          tr("a quoted cell opens here but never closes"));
    if (status == Splitter::Status::End)
        return refuseFile(0, 0, tr("the file is empty: it has no header row"));
    if (splitter.cellCount > Limits::MaxColumns)
        return refuseFile(1, 0, tr("the header has more than %1 columns").arg(Limits::MaxColumns));
    const int headerSize = splitter.cellCount;
    int precisionAt = -1; // 0-based
    QHash<QString, int> seen;
    QList<std::pair<int, ParkField>> fieldColumns; // 0-based column, field
    for (int i = 0; i < headerSize; ++i) {
        const std::optional<QString> decoded = decode(splitter.cells.at(i));
        if (!decoded)
            return refuseFile(1, i + 1,
                              tr("the header is not UTF-8 text (save the file as CSV UTF-8)"));
        const QString name = decoded->trimmed();
        if (name.isEmpty()) {
            result.warnings << fileProblem(
                fileName, 1, i + 1, tr("warning: column %1 has no name; it is ignored").arg(i + 1));
            continue;
        }
        if (seen.contains(name))
            return refuseFile(1, i + 1,
                              tr("column %1 (%2) repeats column %3")
                                  .arg(i + 1)
                                  .arg(SafeText::escapedForTerminal(name))
                                  .arg(seen.value(name) + 1));
        seen.insert(name, i);
        if (name == precisionColumn()) {
            precisionAt = i;
        } else if (const FieldRegistry::Field *f = FieldRegistry::byKey(name)) {
            result.columns.insert(f->field, i + 1);
            fieldColumns.append({i, f->field});
        } else {
            result.warnings << fileProblem(
                fileName, 1, i + 1,
                tr("warning: column %1 (%2) is not a field of a park; it is ignored")
                    .arg(i + 1)
                    .arg(SafeText::escapedForTerminal(name)));
        }
    }
    const int idAt = result.columns.value(ParkField::Id) - 1;
    if (idAt < 0)
        return refuseFile(1, 0,
                          tr("the header has no %1 column").arg(FieldRegistry::key(ParkField::Id)));
    const int dateAt = result.columns.value(ParkField::Established) - 1;

    // The rows.
    const qsizetype maxRows = Limits::maxRows(bytes.size());
    const int maxCells = headerSize + Limits::MaxExtraCells;
    qsizetype records = 0;
    QHash<QString, int> lineOfId;
    while ((status = splitter.next(maxCells)) == Splitter::Status::Record) {
        const int line = splitter.recordLine;
        if (++records > maxRows)
            return refuseFile(line, 0,
                              tr("the file has more than %1 rows, more than a file of its size "
                                 "can hold")
                                  .arg(maxRows));
        if (splitter.cellCount > maxCells)
            return refuseFile(line, 0,
                              tr("the row has %1 cells, far more than the header's %2")
                                  .arg(splitter.cellCount)
                                  .arg(headerSize));
        const QList<QByteArray> &cells = splitter.cells;
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QByteArray &c) { return c.trimmed().isEmpty(); }))
            continue; // a blank row
        QList<QString> texts;
        texts.reserve(cells.size());
        for (int i = 0; i < cells.size(); ++i) {
            std::optional<QString> decoded = decode(cells.at(i));
            if (!decoded)
                return refuseFile(line, i + 1,
                                  tr("the cell is not UTF-8 text (save the file as CSV UTF-8)"));
            texts << *decoded;
        }

        Row row;
        row.line = line;
        row.id = idAt < texts.size() ? unguard(texts.at(idAt)) : QString();
        QList<Refusal> refusals;
        auto refuse = [&](int at, const QString &field, const QString &message) {
            refusals.append({line, at + 1, row.id, field, message});
        };
        if (row.id.isEmpty()) {
            refuse(idAt, FieldRegistry::key(ParkField::Id), tr("no id"));
            result.refused << refusals;
            continue;
        }
        const auto earlier = lineOfId.constFind(row.id);
        if (earlier != lineOfId.constEnd()) {
            refusals.append(
                {line, 0, row.id, QString(),
                 tr("the id %1 is already on line %2").arg(quoted(row.id)).arg(*earlier)});
            result.refused << refusals;
            continue;
        }
        lineOfId.insert(row.id, line);

        for (int at : std::as_const(splitter.tooLong)) {
            refuse(at, QString(), tr("the cell is longer than %1 bytes").arg(Limits::MaxCellBytes));
        }
        for (const auto &[at, field] : std::as_const(fieldColumns)) {
            if (at >= texts.size() || splitter.tooLong.contains(at))
                continue; // a short row: the cells it lacks are left alone
            const Parsed parsed = parseCell(field, texts.at(at), delimiter);
            if (!parsed.error.isEmpty()) {
                if (FieldRegistry::field(field).has(FieldRegistry::Derived)) {
                    result.warnings << fileProblem(
                        fileName, line, at + 1,
                        tr("warning: %1 is never imported (it follows %2): %3")
                            .arg(FieldRegistry::key(field),
                                 FieldRegistry::key(FieldRegistry::field(field).companionOf),
                                 parsed.error));
                    continue;
                }
                refuse(at, FieldRegistry::key(field), parsed.error);
                continue;
            }
            row.values.insert(field, parsed.value);
        }
        if (precisionAt >= 0 && precisionAt < texts.size() && dateAt >= 0 &&
            dateAt < texts.size() && row.values.contains(ParkField::Established)) {
            const QString word = texts.at(precisionAt).trimmed().toLower();
            const QJsonValue date = row.values.value(ParkField::Established);
            const QString actual =
                precisionWord(FoundingDate::fromString(date.toString()).precision());
            if (!word.isEmpty() && word != actual) {
                const bool known = word == QLatin1String("year") ||
                                   word == QLatin1String("month") || word == QLatin1String("day");
                refuse(precisionAt, precisionColumn(),
                       !known             ? tr("%1 is not year, month or day").arg(quoted(word))
                       : actual.isEmpty() ? tr("says %1, but the date is empty").arg(word)
                                          : tr("says %1, but the date %2 is known to the %3")
                                                .arg(word, quoted(date.toString()), actual));
            }
        }
        for (int at = headerSize; at < texts.size(); ++at) {
            if (!texts.at(at).trimmed().isEmpty())
                refuse(at, QString(), tr("the cell is beyond the header's last column"));
        }
        if (!refusals.isEmpty()) {
            result.refused << refusals;
            continue;
        }
        result.rows.append(std::move(row));
    }
    if (status == Splitter::Status::Unterminated)
        return refuseFile(splitter.quoteLine, splitter.quoteColumn,
                          tr("a quoted cell opens here but never closes"));
    return result;
}

// ---------------------------------------------------------------- planning

Plan plan(const QList<ParkRecord> &existing, const ReadResult &read,
          const ParkValidator::Context &context)
{
    Plan result;
    if (!read.ok())
        return result;
    result.refused = read.refused;
    result.warnings = read.warnings;

    QHash<QString, int> indexOfId;
    for (int i = 0; i < existing.size(); ++i) {
        if (existing.at(i).nonObjectEntry.isUndefined() && !existing.at(i).id.isEmpty() &&
            !indexOfId.contains(existing.at(i).id))
            indexOfId.insert(existing.at(i).id, i);
    }

    auto columnOf = [&read](const QString &field) {
        const FieldRegistry::Field *f = FieldRegistry::byKey(field);
        return f ? read.columns.value(f->field, 0) : 0;
    };
    auto warn = [&](const Row &row, const QString &field, const QString &message) {
        Problem p =
            fileProblem(read.fileName, row.line, columnOf(field), tr("warning: %1").arg(message));
        p.recordId = row.id;
        p.field = field;
        result.warnings << p;
    };
    // The problems of AFTER that BEFORE did not have: errors refuse the
    // row, warnings are reported. Returns false when the row is refused.
    auto check = [&](const Row &row, const ParkRecord &after, const QList<FieldProblem> &before,
                     ParkValidator::Context ctx, int recordNumber) {
        ctx.recordNumber = recordNumber;
        const QList<FieldProblem> problems = ParkValidator::validate(after, ctx);
        bool refused = false;
        for (const FieldProblem &p : problems) {
            if (before.contains(p))
                continue;
            if (p.isError()) {
                result.refused.append({row.line, columnOf(p.field), row.id, p.field, p.message});
                refused = true;
            } else {
                warn(row, p.field, p.message);
            }
        }
        return !refused;
    };
    auto checkDerived = [&](const Row &row, const ParkRecord &after) {
        for (auto it = row.values.constBegin(); it != row.values.constEnd(); ++it) {
            const FieldRegistry::Field &f = FieldRegistry::field(it.key());
            if (!f.has(FieldRegistry::Derived) || it.value().isNull())
                continue;
            if (cellText(it.key(), it.value()) != cellText(after, it.key()))
                warn(row, FieldRegistry::key(it.key()),
                     tr("%1 %2 does not match %3; it follows %3 and is not imported")
                         .arg(FieldRegistry::key(it.key()), cellText(it.key(), it.value()),
                              FieldRegistry::key(f.companionOf)));
        }
    };

    for (const Row &row : read.rows) {
        const auto found = indexOfId.constFind(row.id);
        const bool isNew = found == indexOfId.constEnd();
        const ParkRecord before = isNew ? ParkRecord() : existing.at(*found);
        ParkRecord after = before;
        QList<ParkField> changed;
        bool refused = false;
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            const auto cell = row.values.constFind(f.field);
            if (cell == row.values.constEnd() || f.has(FieldRegistry::Derived))
                continue;
            if (isNew ? cell->isNull() : cellText(f.field, *cell) == cellText(before, f.field))
                continue;
            QString error;
            if (!FieldRegistry::setValue(after, f.field, *cell, &error)) {
                result.refused.append({row.line, read.columns.value(f.field), row.id,
                                       FieldRegistry::key(f.field), error});
                refused = true;
                continue;
            }
            after.unreadableValues.remove(FieldRegistry::key(f.field));
            FieldRegistry::updateDerived(after, f.field);
            changed << f.field;
        }
        if (refused)
            continue;
        if (isNew) {
            if (!check(row, after, {}, context, int(existing.size() + result.added.size()) + 1))
                continue;
            checkDerived(row, after);
            result.added << after;
            continue;
        }
        checkDerived(row, after);
        if (changed.isEmpty()) {
            ++result.unchanged;
            continue;
        }
        ParkValidator::Context beforeContext = context;
        beforeContext.recordNumber = *found + 1;
        if (!check(row, after, ParkValidator::validate(before, beforeContext), context, *found + 1))
            continue;
        result.updated.append({*found, after, changed});
    }
    return result;
}

} // namespace StableCsv
