#include "parkeditdialog.h"

#include "fieldregistry.h"
#include "parktablemodel.h"
#include "parkvalidator.h"
#include "provincegeometry.h"
#include "provinces.h"
#include "translations.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString problemStyle = QStringLiteral("color: #c0392b;");
const QString warningStyle = QStringLiteral("color: #b9770e;");

QString key(ParkField f)
{
    return ParkFields::key(f);
}

QString rawText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

} // namespace

ParkEditDialog::ParkEditDialog(const ParkRecord &record, ParkValidator::Context context,
                               QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_context(std::move(context))
{
    if (!m_context.outlines)
        m_context.outlines = ParkValidator::embeddedOutlines();
    m_context.textWarnings = true;
    m_context.englishNames = Translations::isEnglish();
    build();
    load(record);
    revalidate();
    const bool english = Translations::isEnglish();
    setWindowTitle(record.nameZh.isEmpty() && record.nameEn.isEmpty()
                       ? tr("New Park")
                       : tr("Edit Park — %1").arg(record.displayName(english)));
    resize(640, 620);
}

QWidget *ParkEditDialog::addProblemRow(QFormLayout *form, const QString &fieldKey)
{
    auto *label = new QLabel(this);
    label->setStyleSheet(problemStyle);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    form->addRow(QString(), label);
    m_problemLabels.insert(fieldKey, label);
    return label;
}

void ParkEditDialog::build()
{
    using FieldRegistry::Editor;
    using FieldRegistry::FormTab;
    m_tabs = new QTabWidget(this);
    QHash<FormTab, QFormLayout *> pages;
    const std::pair<FormTab, QString> tabs[] = {{FormTab::General, tr("General")},
                                                {FormTab::Figures, tr("Figures")},
                                                {FormTab::Location, tr("Location and sources")},
                                                {FormTab::Notes, tr("Notes")}};
    for (const auto &[tab, title] : tabs) {
        auto *w = new QWidget(m_tabs);
        auto *form = new QFormLayout(w);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        m_tabs->addTab(w, title);
        pages.insert(tab, form);
    }
    // The rows follow the registry: each field on its tab, with its editor.
    for (const FieldRegistry::Field &field : FieldRegistry::fields) {
        if (field.tab == FormTab::None || field.editor == Editor::None)
            continue;
        QFormLayout *form = pages.value(field.tab);
        const ParkField f = field.field;
        QWidget *editor = nullptr;
        switch (field.editor) {
        case Editor::Line:
            editor = lineEditor(f);
            break;
        case Editor::Paragraph:
            editor = paragraphEditor(f, field.tab != FormTab::Notes);
            break;
        case Editor::Choice:
        case Editor::Province:
            editor = choiceEditor(f);
            break;
        case Editor::Date:
            editor = dateEditor();
            break;
        case Editor::List:
            editor = listEditor();
            break;
        case Editor::None:
            break;
        }
        form->addRow(FieldRegistry::label(f), editor);
        m_widgets.insert(key(f), editor);
        addProblemRow(form, key(f));
        if (f == ParkField::Lon) {
            // Below the coordinates: a point outside its province.
            m_locationWarning = new QLabel(this);
            m_locationWarning->setStyleSheet(warningStyle);
            m_locationWarning->setWordWrap(true);
            m_locationWarning->setTextFormat(Qt::PlainText);
            m_locationWarning->hide();
            form->addRow(QString(), m_locationWarning);
        }
    }

    m_summary = new QLabel(this);
    m_summary->setStyleSheet(problemStyle);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
}

QWidget *ParkEditDialog::lineEditor(ParkField field)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(FieldRegistry::placeholder(field));
    if (field == ParkField::City)
        edit->setCompleter(new QCompleter(QStringList(), edit));
    connect(edit, &QLineEdit::textEdited, this, [this, field] { markTouched(key(field)); });
    return edit;
}

QWidget *ParkEditDialog::paragraphEditor(ParkField field, bool compact)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    if (compact)
        edit->setMaximumHeight(90);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { markTouched(key(field)); });
    return edit;
}

QWidget *ParkEditDialog::choiceEditor(ParkField field)
{
    auto *box = new QComboBox(this);
    const FieldRegistry::Field &def = FieldRegistry::field(field);
    if (def.editor == FieldRegistry::Editor::Province) {
        box->addItem(tr("(choose a province)"), QString());
        for (const ProvinceInfo &p : Provinces::all())
            box->addItem(QStringLiteral("%1 %2").arg(p.fullName, p.englishName), p.fullName);
    } else if (def.type == FieldRegistry::ValueType::Boolean) {
        box->addItem(tr("unknown"), QString());
        box->addItem(FieldRegistry::booleanText(true), QStringLiteral("true"));
        box->addItem(FieldRegistry::booleanText(false), QStringLiteral("false"));
    } else {
        box->addItem(tr("unknown"), QString());
        for (int i = 0; i < def.choices.count; ++i)
            box->addItem(FieldRegistry::choiceLabel(field, i),
                         QString::fromLatin1(def.choices.items[i].json));
    }
    connect(box, &QComboBox::activated, this, [this, field] { markTouched(key(field)); });
    return box;
}

QWidget *ParkEditDialog::dateEditor()
{
    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_precision = new QComboBox(dateRow);
    m_precision->addItem(tr("Unknown"), int(FoundingDate::Precision::Unknown));
    m_precision->addItem(tr("Year"), int(FoundingDate::Precision::Year));
    m_precision->addItem(tr("Month"), int(FoundingDate::Precision::Month));
    m_precision->addItem(tr("Day"), int(FoundingDate::Precision::Day));
    m_precision->setToolTip(tr("How precisely the sources give the date"));
    m_year = new QSpinBox(dateRow);
    m_year->setRange(ParkValidator::MinYear, ParkValidator::MaxYear);
    m_year->setValue(2018);
    m_year->setGroupSeparatorShown(false);
    m_month = new QSpinBox(dateRow);
    m_month->setRange(1, 12);
    m_day = new QSpinBox(dateRow);
    m_day->setRange(1, 31);
    for (QWidget *w : {static_cast<QWidget *>(m_precision), static_cast<QWidget *>(m_year),
                       static_cast<QWidget *>(m_month), static_cast<QWidget *>(m_day)})
        dateLayout->addWidget(w);
    dateLayout->addStretch(1);
    connect(m_precision, &QComboBox::activated, this, [this] {
        markTouched(key(ParkField::Established));
        updatePrecision();
    });
    for (QSpinBox *box : {m_year, m_month, m_day}) {
        connect(box, &QSpinBox::valueChanged, this,
                [this] { markTouched(key(ParkField::Established)); });
    }
    return dateRow;
}

QWidget *ParkEditDialog::listEditor()
{
    auto *sourcesBox = new QWidget(this);
    auto *sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sources = new QListWidget(sourcesBox);
    m_sources->setEditTriggers(QAbstractItemView::DoubleClicked |
                               QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::SelectedClicked);
    m_sources->setAccessibleName(tr("Sources"));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), sourcesBox);
    auto *remove = new QPushButton(tr("Remove"), sourcesBox);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    sourcesLayout->addWidget(m_sources);
    sourcesLayout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addSource(QString());
        m_sources->setCurrentRow(m_sources->count() - 1);
        m_sources->editItem(m_sources->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        delete m_sources->currentItem();
        markTouched(key(ParkField::Sources));
    });
    connect(m_sources, &QListWidget::itemChanged, this,
            [this] { markTouched(key(ParkField::Sources)); });
    return sourcesBox;
}

void ParkEditDialog::addSource(const QString &text)
{
    auto *item = new QListWidgetItem(text, m_sources);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    markTouched(key(ParkField::Sources));
}

void ParkEditDialog::setKnownCities(const QStringList &cities)
{
    QCompleter *completer = lineEdit(key(ParkField::City))->completer();
    completer->setModel(new QStringListModel(cities, completer));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
}

QLineEdit *ParkEditDialog::lineEdit(const QString &fieldKey) const
{
    return qobject_cast<QLineEdit *>(m_widgets.value(fieldKey));
}

QComboBox *ParkEditDialog::comboBox(const QString &fieldKey) const
{
    return qobject_cast<QComboBox *>(m_widgets.value(fieldKey));
}

QPushButton *ParkEditDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ParkEditDialog::load(const ParkRecord &r)
{
    m_loading = true;
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        const std::optional<ParkField> field = ParkFields::fromKey(it.key());
        if (!field)
            continue;
        // A value that could not be read is shown as it was, to be corrected.
        const auto raw = r.unreadableValues.constFind(it.key());
        const QJsonValue value = raw != r.unreadableValues.constEnd() ? *raw : r.value(*field);
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            if (FieldRegistry::field(*field).has(FieldRegistry::Numeric))
                edit->setText(value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 12)
                                               : (value.isNull() ? QString() : rawText(value)));
            else
                edit->setText(value.isNull() ? QString() : rawText(value));
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(it.value())) {
            plain->setPlainText(value.isNull() ? QString() : rawText(value));
        } else if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            const QString data = value.isNull() ? QString() : rawText(value);
            int index = box->findData(data);
            if (index < 0) {
                // Keep a value the list does not know, so that it can be seen and replaced.
                box->addItem(tr("%1 (not valid)").arg(data), data);
                index = box->count() - 1;
            }
            box->setCurrentIndex(index);
        }
    }
    const FoundingDate &d = r.established;
    m_precision->setCurrentIndex(m_precision->findData(int(d.precision())));
    if (d.isKnown())
        m_year->setValue(d.year());
    if (d.month() > 0)
        m_month->setValue(d.month());
    if (d.day() > 0)
        m_day->setValue(d.day());
    m_sources->clear();
    for (const QString &s : r.sources) {
        auto *item = new QListWidgetItem(s, m_sources);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    updatePrecision();
    m_loading = false;
}

void ParkEditDialog::updatePrecision()
{
    const auto p = FoundingDate::Precision(m_precision->currentData().toInt());
    m_year->setEnabled(p != FoundingDate::Precision::Unknown);
    m_month->setEnabled(p == FoundingDate::Precision::Month || p == FoundingDate::Precision::Day);
    m_day->setEnabled(p == FoundingDate::Precision::Day);
}

void ParkEditDialog::markTouched(const QString &fieldKey)
{
    if (m_loading)
        return;
    m_touched.insert(fieldKey);
    revalidate();
}

ParkRecord ParkEditDialog::record() const
{
    ParkRecord r = m_original;
    for (auto it = m_widgets.constBegin(); it != m_widgets.constEnd(); ++it) {
        const std::optional<ParkField> field = ParkFields::fromKey(it.key());
        if (!field || !m_touched.contains(it.key()))
            continue;
        QJsonValue value(QJsonValue::Null);
        if (auto *edit = qobject_cast<QLineEdit *>(it.value())) {
            const QString text = edit->text().trimmed();
            if (!text.isEmpty())
                value = text;
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(it.value())) {
            const QString text = plain->toPlainText().trimmed();
            if (!text.isEmpty())
                value = text;
        } else if (auto *box = qobject_cast<QComboBox *>(it.value())) {
            const QString data = box->currentData().toString();
            if (FieldRegistry::field(*field).type == FieldRegistry::ValueType::Boolean &&
                !data.isEmpty())
                value = data == QLatin1String("true");
            else if (!data.isEmpty())
                value = data;
        }
        r.unreadableValues.remove(it.key());
        if (*field == ParkField::Established) {
            const auto p = FoundingDate::Precision(m_precision->currentData().toInt());
            const FoundingDate d(p == FoundingDate::Precision::Unknown ? 0 : m_year->value(),
                                 p >= FoundingDate::Precision::Month ? m_month->value() : 0,
                                 p == FoundingDate::Precision::Day ? m_day->value() : 0);
            value = d.isKnown() ? QJsonValue(d.toString()) : QJsonValue(QJsonValue::Null);
        } else if (*field == ParkField::Sources) {
            QStringList sources;
            for (int i = 0; i < m_sources->count(); ++i) {
                const QString s = m_sources->item(i)->text().trimmed();
                if (!s.isEmpty())
                    sources << s;
            }
            value = QJsonArray::fromStringList(sources);
        } else if (value.isString() && FieldRegistry::field(*field).has(FieldRegistry::Numeric)) {
            value = FieldRegistry::fromUserValue(*field, value.toString());
        }
        if (!r.setValue(*field, value))
            r.unreadableValues.insert(it.key(), value); // shown as a problem below
        FieldRegistry::updateDerived(r, *field);
    }
    return r;
}

QString ParkEditDialog::locationWarning() const
{
    return m_locationWarning->text();
}

void ParkEditDialog::revalidate()
{
    const ParkRecord r = record();
    QHash<QString, QStringList> byField;
    QStringList warnings;
    // The same rules as everywhere (ParkValidator), with every other
    // park's id and the province outlines as context.
    for (const FieldProblem &p : ParkValidator::validate(r, m_context)) {
        if (p.isError())
            byField[p.field.isEmpty() ? key(ParkField::Id) : p.field] << p.message;
        else
            warnings << p.message;
    }

    m_problemTexts.clear();
    QSet<int> tabsWithProblems;
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
        for (const QString &m : messages)
            m_problemTexts << QStringLiteral("%1: %2").arg(it.key(), m);
        if (!messages.isEmpty()) {
            for (int t = 0; t < m_tabs->count(); ++t) {
                if (m_tabs->widget(t)->isAncestorOf(it.value()))
                    tabsWithProblems.insert(t);
            }
        }
    }
    // Problems of fields the form has no row for (a province code that does
    // not match) are listed in the summary, so they cannot pass unseen.
    QStringList unplaced;
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        if (!m_problemLabels.contains(it.key())) {
            for (const QString &m : it.value())
                unplaced << QStringLiteral("%1: %2").arg(it.key(), m);
        }
    }
    m_problemTexts << unplaced;
    for (int t = 0; t < m_tabs->count(); ++t) {
        QString title = m_tabs->tabText(t);
        title.remove(QStringLiteral(" ⚠"));
        m_tabs->setTabText(t, tabsWithProblems.contains(t) ? title + QStringLiteral(" ⚠") : title);
    }

    const QString warning = warnings.join(QLatin1Char('\n'));
    m_locationWarning->setText(warning);
    m_locationWarning->setVisible(!warning.isEmpty());

    QStringList summary;
    if (!m_problemTexts.isEmpty())
        summary << tr("%n problem(s) to fix before the park can be saved.", "",
                      int(m_problemTexts.size()));
    summary << unplaced;
    m_summary->setText(summary.join(QLatin1Char('\n')));
    okButton()->setEnabled(m_problemTexts.isEmpty());
}
