#include "conflictdialog.h"

#include "fieldregistry.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

constexpr int ShortLength = 60;

QString compactJson(const QJsonValue &v)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// Any JSON value, readably: strings as they are, null as unknown.
QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return FieldRegistry::unknownText();
    if (v.isBool())
        return FieldRegistry::booleanText(v.toBool());
    return compactJson(v);
}

// A field's value as the form would show it, exactly (all the decimals, every
// source); a value of the wrong type as the file has it.
QString fieldValueText(ParkField f, const QJsonValue &v, bool english, const QString &separator)
{
    if (v.isNull() || v.isUndefined())
        return FieldRegistry::unknownText();
    ParkRecord r;
    if (!r.setValue(f, v))
        return ConflictDialog::tr("%1 (cannot be read)").arg(compactJson(v));
    switch (FieldRegistry::field(f).type) {
    case FieldRegistry::ValueType::Integer:
        return QLocale().toString(qint64(v.toDouble()));
    case FieldRegistry::ValueType::Real:
        return QLocale().toString(v.toDouble(), 'g', 15);
    case FieldRegistry::ValueType::TextList: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        return items.isEmpty() ? FieldRegistry::unknownText() : items.join(separator);
    }
    case FieldRegistry::ValueType::Text:
        if (f != ParkField::Province)
            return v.toString().isEmpty() ? FieldRegistry::unknownText() : v.toString();
        break;
    default:
        break;
    }
    return FieldRegistry::displayText(r, f, english);
}

QString keyLabel(const QString &key)
{
    const FieldRegistry::Field *f = FieldRegistry::byKey(key);
    return f ? FieldRegistry::label(f->field) : key;
}

QString memberText(const QString &key, const QJsonValue &v, bool english, const QString &separator)
{
    const FieldRegistry::Field *f = FieldRegistry::byKey(key);
    return f ? fieldValueText(f->field, v, english, separator) : jsonText(v);
}

// The labels of the members where A and B differ.
QStringList differences(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    QStringList labels;
    // In the registry's order, then the others.
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        const QString key = QString::fromLatin1(f.key);
        if (keys.removeAll(key) > 0 && a.value(key) != b.value(key))
            labels << FieldRegistry::label(f.field);
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (a.value(key) != b.value(key))
            labels << key;
    }
    return labels;
}

const QJsonValue &valueOf(const MergeConflict &c, ConflictDialog::Version version)
{
    switch (version) {
    case ConflictDialog::Version::Base:
        return c.base;
    case ConflictDialog::Version::Mine:
        return c.mine;
    case ConflictDialog::Version::Theirs:
        break;
    }
    return c.theirs;
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (text.size() > ShortLength)
        text = text.left(ShortLength - 1) + QStringLiteral("…");
    return text;
}

} // namespace

ConflictDialog::ConflictDialog(const QList<MergeConflict> &conflicts, QWidget *parent)
    : QDialog(parent)
    , m_conflicts(conflicts)
    , m_table(new QTableWidget(int(conflicts.size()), ColumnCount, this))
    , m_details(new QPlainTextEdit(this))
    , m_english(Translations::isEnglish())
{
    setWindowTitle(tr("Changes by Another Program"));
    auto *intro = new QLabel(
        tr("Another program changed the file while you were editing it, and changed these "
           "values too. Choose which version each keeps; every other change, yours and "
           "theirs, is merged. The merge can be undone in one step."),
        this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels(
        {tr("Park"), tr("Field"), tr("Original"), tr("Yours"), tr("Theirs"), tr("Keep")});
    m_table->horizontalHeaderItem(BaseColumn)->setToolTip(tr("As last opened or saved"));
    m_table->horizontalHeaderItem(TheirsColumn)->setToolTip(tr("As the other program wrote it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    for (int row = 0; row < conflicts.size(); ++row) {
        const MergeConflict &c = conflicts.at(row);
        const QString park = c.kind == MergeConflict::Kind::Document
                                 ? tr("(the file)")
                                 : tr("%1 (%2)").arg(c.parkName(m_english), c.parkId);
        const QString texts[] = {park, fieldText(c), shortText(c, Version::Base, m_english),
                                 shortText(c, Version::Mine, m_english),
                                 shortText(c, Version::Theirs, m_english)};
        for (int column = 0; column < ChoiceColumn; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Yours"), int(MergeSide::Mine));
        choice->addItem(tr("Theirs"), int(MergeSide::Theirs));
        m_table->setCellWidget(row, ChoiceColumn, choice);
        m_choices.append(choice);
    }
    // The values share what the park, the field and the choice leave, so
    // that the choice stays in sight; the details show them in full.
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->setColumnWidth(ParkColumn, std::min(m_table->columnWidth(ParkColumn), 220));
    m_table->setColumnWidth(FieldColumn, std::min(m_table->columnWidth(FieldColumn), 180));
    for (int column = BaseColumn; column <= TheirsColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    header->setSectionResizeMode(ChoiceColumn, QHeaderView::ResizeToContents);
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { showDetails(row); });

    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a row to see its values in full."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *allMine = buttons->addButton(tr("Keep All Mine"), QDialogButtonBox::ResetRole);
    QPushButton *allTheirs = buttons->addButton(tr("Take All Theirs"), QDialogButtonBox::ResetRole);
    allMine->setObjectName(QStringLiteral("keepAllMine"));
    allTheirs->setObjectName(QStringLiteral("takeAllTheirs"));
    allMine->setAutoDefault(false);
    allTheirs->setAutoDefault(false);
    connect(allMine, &QPushButton::clicked, this, [this] { setAll(MergeSide::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { setAll(MergeSide::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);
    if (!conflicts.isEmpty())
        m_table->setCurrentCell(0, 0);
}

std::optional<QList<MergeSide>> ConflictDialog::ask(QWidget *parent,
                                                    const QList<MergeConflict> &conflicts)
{
    ConflictDialog dialog(conflicts, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choices();
}

QList<MergeSide> ConflictDialog::choices() const
{
    QList<MergeSide> sides;
    for (const QComboBox *choice : m_choices)
        sides << MergeSide(choice->currentData().toInt());
    return sides;
}

void ConflictDialog::setChoice(int row, MergeSide side)
{
    QComboBox *choice = m_choices.value(row);
    if (choice)
        choice->setCurrentIndex(choice->findData(int(side)));
}

void ConflictDialog::setAll(MergeSide side)
{
    for (int row = 0; row < m_choices.size(); ++row)
        setChoice(row, side);
}

QString ConflictDialog::fieldText(const MergeConflict &conflict)
{
    switch (conflict.kind) {
    case MergeConflict::Kind::Park:
        return tr("Whole park");
    case MergeConflict::Kind::Document: {
        const QString about = QStringLiteral("about.");
        if (conflict.field.startsWith(about))
            return tr("About the data: %1").arg(conflict.field.mid(about.size()));
        return tr("File member: %1").arg(conflict.field);
    }
    case MergeConflict::Kind::Field:
        break;
    }
    if (conflict.field == ParkMerge::UnknownFieldsKey)
        return tr("Fields this version does not know");
    return keyLabel(conflict.field);
}

QString ConflictDialog::shortText(const MergeConflict &conflict, Version version, bool english)
{
    const QJsonValue &value = valueOf(conflict, version);
    if (value.isUndefined()) {
        return conflict.kind == MergeConflict::Kind::Park && version != Version::Base
                   ? tr("(deleted)")
                   : tr("(not there)");
    }
    switch (conflict.kind) {
    case MergeConflict::Kind::Park: {
        if (!value.isObject() || version == Version::Base)
            return oneLine(value.isObject() ? tr("Original") : jsonText(value));
        // What this side changed, against the base or (added on both
        // sides) the other side.
        const bool added = conflict.base.isUndefined();
        const QJsonValue &other =
            !added ? conflict.base : (version == Version::Mine ? conflict.theirs : conflict.mine);
        const QString changed =
            differences(value.toObject(), other.toObject()).join(QStringLiteral(", "));
        return oneLine(added ? tr("Added; differs in %1").arg(changed)
                             : tr("Changed %1").arg(changed));
    }
    case MergeConflict::Kind::Document:
        return oneLine(jsonText(value));
    case MergeConflict::Kind::Field:
        break;
    }
    if (conflict.field == ParkMerge::UnknownFieldsKey)
        return oneLine(compactJson(value));
    return oneLine(memberText(conflict.field, value, english, QStringLiteral("; ")));
}

QString ConflictDialog::fullText(const MergeConflict &conflict, Version version, bool english)
{
    const QJsonValue &value = valueOf(conflict, version);
    if (value.isUndefined())
        return shortText(conflict, version, english);
    if (conflict.kind == MergeConflict::Kind::Park && value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList lines;
        QStringList keys = object.keys();
        for (const FieldRegistry::Field &f : FieldRegistry::fields) {
            const QString key = QString::fromLatin1(f.key);
            if (keys.removeAll(key) > 0 && !object.value(key).isNull())
                lines << tr("%1: %2").arg(
                    FieldRegistry::label(f.field),
                    fieldValueText(f.field, object.value(key), english, QStringLiteral("; ")));
        }
        for (const QString &key : std::as_const(keys))
            lines << tr("%1: %2").arg(key, jsonText(object.value(key)));
        return lines.join(QLatin1Char('\n'));
    }
    if (conflict.kind == MergeConflict::Kind::Field &&
        conflict.field != ParkMerge::UnknownFieldsKey)
        return memberText(conflict.field, value, english, QStringLiteral("\n"));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson()).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson()).trimmed();
    return jsonText(value);
}

void ConflictDialog::showDetails(int row)
{
    if (row < 0 || row >= m_conflicts.size()) {
        m_details->clear();
        return;
    }
    const MergeConflict &c = m_conflicts.at(row);
    const auto section = [&](const QString &title, Version version) {
        return title + QLatin1Char('\n') + fullText(c, version, m_english);
    };
    m_details->setPlainText(
        tr("%1 — %2").arg(m_table->item(row, ParkColumn)->text(), fieldText(c)) +
        QStringLiteral("\n\n") + section(tr("Original (as last opened or saved):"), Version::Base) +
        QStringLiteral("\n\n") + section(tr("Yours:"), Version::Mine) + QStringLiteral("\n\n") +
        section(tr("Theirs:"), Version::Theirs));
}
