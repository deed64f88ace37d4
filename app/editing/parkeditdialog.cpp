#include "parkeditdialog.h"

#include "citygazetteer.h"
#include "locationpicker.h"

#include "editing/formwidgets.h"
#include "editing/storedvalue.h"

#include "fieldregistry.h"
#include "parktablemodel.h"
#include "parkvalidator.h"
#include "provincegeometry.h"
#include "provinces.h"
#include "translations.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString key(ParkField f)
{
    return ParkFields::key(f);
}

const QColor problemColor(0xc0, 0x39, 0x2b);
const QColor warningColor(0xb9, 0x77, 0x0e);

} // namespace

ParkEditDialog::ParkEditDialog(const ParkRecord &record, ParkValidator::Context context,
                               QWidget *parent)
    : QDialog(parent)
    , m_original(record)
    , m_context(std::move(context))
{
    if (!m_context.outlines)
        m_context.outlines = ParkValidator::embeddedOutlines();
    if (!m_context.cities)
        m_context.cities = &CityGazetteer::embedded();
    m_context.textWarnings = true;
    m_context.englishNames = Translations::isEnglish();
    build();
    load(record);
    revalidate();
    m_conflictPrompt = [this](Conflict conflict, const QString &question) {
        return askAboutConflict(this, conflict, question);
    };
    m_discardPrompt = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, windowTitle(), question, QMessageBox::NoButton,
                        this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *discard = box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("Keep Editing"), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == discard;
    };
    updateTitle();
    resize(680, 700);
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
        // Scrolled, so that nothing below (the summary, the bar) squeezes
        // or moves the fields.
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        auto *w = new QWidget(scroll);
        auto *form = new QFormLayout(w);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        scroll->setWidget(w);
        m_tabs->addTab(scroll, title);
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
        m_widgets.insert(key(f), editor);
        QWidget *cell = fieldCell(f, editor);
        if (f == ParkField::Lon) {
            // Below the coordinates: a point outside its province.
            m_locationWarning = new ProblemLabel(warningColor, cell);
            cell->layout()->addWidget(m_locationWarning);
        }
        form->addRow(FieldRegistry::label(f), cell);
        if (f == ParkField::Province)
            form->addRow(FieldRegistry::label(ParkField::ProvinceCode), provinceCodeRow());
    }

    // The city chosen from the gazetteer's lists, the point from the city's
    // centre or the map of the province.
    LocationPicker::Editors location;
    location.province = qobject_cast<QComboBox *>(m_widgets.value(key(ParkField::Province)));
    location.city = lineEdit(key(ParkField::City));
    location.lat = lineEdit(key(ParkField::Lat));
    location.lon = lineEdit(key(ParkField::Lon));
    location.precision = lineEdit(key(ParkField::CoordPrecision));
    if (location.province && location.city && location.lat && location.lon && location.precision) {
        m_locationPicker =
            new LocationPicker(location, m_context.outlines, *m_context.cities, this);
        pages.value(FormTab::Location)
            ->insertRow(pages.value(FormTab::Location)->rowCount() - 1, tr("Map"),
                        m_locationPicker->locationWidget());
        connect(m_locationPicker, &LocationPicker::edited, this, [this](const QStringList &keys) {
            for (const QString &k : keys)
                markTouched(k);
        });
    }

    // Every problem, in the order of the form, and the warnings; a fixed
    // height, so that the fields stay where they are as problems come and go.
    m_summary = new ProblemLabel(problemColor, this);
    m_problemList = new QListWidget(this);
    m_problemList->setAccessibleName(tr("Problems"));
    // Three lines, each cut short with "…" (the whole in its tooltip).
    m_problemList->setIconSize(QSize(16, 16));
    m_problemList->setUniformItemSizes(true);
    m_problemList->setTextElideMode(Qt::ElideRight);
    m_problemList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = std::max(16, m_problemList->fontMetrics().height()) + 4;
    m_problemList->setFixedHeight(rowHeight * 3 + 2 * m_problemList->frameWidth());
    QSizePolicy listPolicy = m_problemList->sizePolicy();
    listPolicy.setRetainSizeWhenHidden(true);
    m_problemList->setSizePolicy(listPolicy);
    m_problemList->setToolTip(tr("Click a problem to go to its field"));
    connect(m_problemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToField(item->data(Qt::UserRole).toString()); });
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ParkEditDialog::okClicked);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Says when the park changed under the form; below the fields, so that
    // it moves none of them.
    m_conflictBar = new QFrame(this);
    m_conflictBar->setFrameShape(QFrame::StyledPanel);
    m_conflictBar->setStyleSheet(QStringLiteral("QFrame { background: rgba(230, 160, 40, 60); }"));
    auto *barLayout = new QHBoxLayout(m_conflictBar);
    auto *barIcon = new QLabel(m_conflictBar);
    barIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    barLayout->addWidget(barIcon, 0, Qt::AlignTop);
    m_conflictLabel = new QLabel(m_conflictBar);
    m_conflictLabel->setTextFormat(Qt::PlainText);
    m_conflictLabel->setWordWrap(true);
    barLayout->addWidget(m_conflictLabel, 1);
    m_conflictBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemList);
    layout->addWidget(m_buttons);
}

void ParkEditDialog::setNewPark(bool isNew)
{
    m_newPark = isNew;
    updateTitle();
}

void ParkEditDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    okButton()->setToolTip(readOnly ? tr("The file is open read-only") : QString());
    revalidate();
}

void ParkEditDialog::updateTitle()
{
    const ParkRecord &r = m_original;
    if (m_newPark)
        setWindowTitle(tr("New Park"));
    else if (!r.nameZh.trimmed().isEmpty() || !r.nameEn.trimmed().isEmpty())
        setWindowTitle(tr("Edit Park — %1").arg(r.displayName(Translations::isEnglish())));
    else if (!r.id.isEmpty())
        setWindowTitle(tr("Edit Park (%1)").arg(r.id));
    else
        setWindowTitle(tr("Edit Park"));
}

void ParkEditDialog::reject()
{
    if (isChanged() && !m_discardPrompt(tr("Discard the changes made in this form?")))
        return;
    QDialog::reject();
}

void ParkEditDialog::setContext(ParkValidator::Context context)
{
    m_context = std::move(context);
    if (!m_context.outlines)
        m_context.outlines = ParkValidator::embeddedOutlines();
    if (!m_context.cities)
        m_context.cities = &CityGazetteer::embedded();
    m_context.englishNames = Translations::isEnglish();
    revalidate();
}

QWidget *ParkEditDialog::fieldCell(ParkField field, QWidget *editor)
{
    const QString fieldKey = key(field);
    auto *cell = new QWidget(this);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    RawPanel raw;
    raw.panel = new QWidget(cell);
    auto *row = new QHBoxLayout(raw.panel);
    row->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(raw.panel);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    row->addWidget(icon);
    auto *what = new QLabel(tr("Stored value could not be read:"), raw.panel);
    what->setTextFormat(Qt::PlainText);
    QPalette warningPalette = what->palette();
    warningPalette.setColor(QPalette::WindowText, warningColor);
    what->setPalette(warningPalette);
    row->addWidget(what);
    raw.text = new QLineEdit(raw.panel);
    raw.text->setReadOnly(true);
    raw.text->setStyleSheet(QStringLiteral("QLineEdit { background: rgba(230, 160, 40, 50); }"));
    raw.text->setAccessibleName(tr("Stored value of %1").arg(FieldRegistry::label(field)));
    row->addWidget(raw.text, 1);
    raw.convert = new QPushButton(raw.panel);
    raw.convert->hide();
    row->addWidget(raw.convert);
    raw.replace = new QPushButton(tr("Replace"), raw.panel);
    raw.replace->setToolTip(tr("Enter a new value in place of the stored one"));
    row->addWidget(raw.replace);
    raw.panel->hide();
    connect(raw.replace, &QPushButton::clicked, this,
            [this, fieldKey] { replaceRawValue(fieldKey, false); });
    connect(raw.convert, &QPushButton::clicked, this,
            [this, fieldKey] { replaceRawValue(fieldKey, true); });
    m_rawPanels.insert(fieldKey, raw);

    layout->addWidget(raw.panel);
    layout->addWidget(editor);
    auto *problem = new ProblemLabel(problemColor, cell);
    layout->addWidget(problem);
    m_problemLabels.insert(fieldKey, problem);
    return cell;
}

QWidget *ParkEditDialog::provinceCodeRow()
{
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(0);
    auto *row = new QWidget(cell);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_provinceCode = new QLabel(row);
    m_provinceCode->setTextFormat(Qt::PlainText);
    m_provinceCode->setToolTip(tr("Set from the province"));
    layout->addWidget(m_provinceCode);
    m_provinceCodeFix = new QPushButton(row);
    // Hidden or shown, the row keeps its height: nothing below it moves.
    QSizePolicy policy = m_provinceCodeFix->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_provinceCodeFix->setSizePolicy(policy);
    m_provinceCodeFix->hide();
    layout->addWidget(m_provinceCodeFix);
    layout->addStretch(1);
    connect(m_provinceCodeFix, &QPushButton::clicked, this,
            [this] { markTouched(key(ParkField::ProvinceCode)); });
    cellLayout->addWidget(row);
    auto *problem = new ProblemLabel(problemColor, cell);
    cellLayout->addWidget(problem);
    m_problemLabels.insert(key(ParkField::ProvinceCode), problem);
    return cell;
}

void ParkEditDialog::goToField(const QString &fieldKey)
{
    QWidget *target = m_rawShown.contains(fieldKey) ? m_rawPanels.value(fieldKey).replace
                                                    : m_widgets.value(fieldKey);
    if (!target && fieldKey == key(ParkField::ProvinceCode))
        target = m_provinceCodeFix->isVisible() ? m_provinceCodeFix
                                                : m_widgets.value(key(ParkField::Province));
    if (!target)
        return;
    for (int t = 0; t < m_tabs->count(); ++t) {
        if (m_tabs->widget(t)->isAncestorOf(target)) {
            m_tabs->setCurrentIndex(t);
            if (auto *scroll = qobject_cast<QScrollArea *>(m_tabs->widget(t)))
                scroll->ensureWidgetVisible(target);
        }
    }
    target->setFocus();
}

void ParkEditDialog::showRawValue(const QString &fieldKey, bool shown)
{
    const RawPanel raw = m_rawPanels.value(fieldKey);
    QWidget *editor = m_widgets.value(fieldKey);
    if (!raw.panel || !editor)
        return;
    if (shown) {
        const QJsonValue value = m_original.unreadableValues.value(fieldKey);
        m_rawShown.insert(fieldKey);
        raw.text->setText(StoredValue::rawJson(value));
        raw.text->setCursorPosition(0);
        raw.text->setToolTip(tr("%1\n\nThe value as the file has it. It is kept as it is until "
                                "you replace it.")
                                 .arg(StoredValue::rawJson(value)));
        const std::optional<StoredValue::Conversion> conversion =
            StoredValue::conversionOf(*ParkFields::fromKey(fieldKey), value);
        raw.convert->setVisible(conversion.has_value());
        if (conversion)
            raw.convert->setText(conversion->label);
    } else {
        m_rawShown.remove(fieldKey);
    }
    raw.panel->setVisible(shown);
    editor->setVisible(!shown);
}

void ParkEditDialog::replaceRawValue(const QString &fieldKey, bool convert)
{
    const ParkField field = *ParkFields::fromKey(fieldKey);
    if (convert) {
        const std::optional<StoredValue::Conversion> conversion =
            StoredValue::conversionOf(field, m_original.unreadableValues.value(fieldKey));
        if (!conversion)
            return;
        m_loading = true;
        loadField(field, conversion->value);
        m_loading = false;
        updatePrecision();
    }
    showRawValue(fieldKey, false);
    markTouched(fieldKey);
    m_widgets.value(fieldKey)->setFocus();
}

QWidget *ParkEditDialog::lineEditor(ParkField field)
{
    auto *edit = new QLineEdit(this);
    edit->setPlaceholderText(FieldRegistry::placeholder(field));
    connect(edit, &QLineEdit::textEdited, this, [this, field] { markTouched(key(field)); });
    return edit;
}

QWidget *ParkEditDialog::paragraphEditor(ParkField field, bool compact)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    if (compact)
        edit->setFixedHeight(90); // a fixed size: the rows below never move
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
    // Typed values out of range are kept and reported next to the field,
    // never wrapped or dropped (a month 13 or a 30 February).
    m_year = new DatePartBox(ParkValidator::MinYear, ParkValidator::MaxYear, 9999, dateRow);
    m_year->setValue(2018);
    m_year->setGroupSeparatorShown(false);
    m_year->setAccessibleName(tr("Year"));
    m_month = new DatePartBox(1, 12, 99, dateRow);
    m_month->setAccessibleName(tr("Month"));
    m_day = new DatePartBox(1, 31, 99, dateRow);
    m_day->setAccessibleName(tr("Day"));
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
    if (m_locationPicker)
        m_locationPicker->setOtherCities(cities);
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
        // A value that could not be read is shown as it was, and kept,
        // until it is replaced.
        const auto raw = r.unreadableValues.constFind(it.key());
        const bool unreadable = raw != r.unreadableValues.constEnd();
        loadField(*field, unreadable ? *raw : r.value(*field));
        showRawValue(it.key(), unreadable && !m_touched.contains(it.key()));
    }
    updatePrecision();
    m_loading = false;
}

void ParkEditDialog::loadField(ParkField field, const QJsonValue &value)
{
    QWidget *widget = m_widgets.value(key(field));
    switch (FieldRegistry::field(field).editor) {
    case FieldRegistry::Editor::Line: {
        auto *edit = static_cast<QLineEdit *>(widget);
        if (FieldRegistry::field(field).has(FieldRegistry::Numeric) && value.isDouble())
            edit->setText(QLocale().toString(value.toDouble(), 'g', 12));
        else
            edit->setText(value.isNull() ? QString() : StoredValue::rawText(value));
        break;
    }
    case FieldRegistry::Editor::Paragraph:
        static_cast<QPlainTextEdit *>(widget)->setPlainText(
            value.isNull() ? QString() : StoredValue::rawText(value));
        break;
    case FieldRegistry::Editor::Choice:
    case FieldRegistry::Editor::Province: {
        auto *box = static_cast<QComboBox *>(widget);
        const QString data = value.isNull() ? QString() : StoredValue::rawText(value);
        int index = box->findData(data);
        if (index < 0) {
            // Keep a value the list does not know, so that it can be seen and replaced.
            box->addItem(tr("%1 (not valid)").arg(data), data);
            index = box->count() - 1;
        }
        box->setCurrentIndex(index);
        break;
    }
    case FieldRegistry::Editor::Date: {
        // Also a date that is not one ("2021-02-30"): its parts are shown,
        // and the problem stays until they make a date.
        static const QRegularExpression parts(
            QStringLiteral("^(\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
        const QRegularExpressionMatch m = parts.match(value.toString().trimmed());
        auto precision = FoundingDate::Precision::Unknown;
        if (value.isString() && m.hasMatch()) {
            m_year->setValue(m.captured(1).toInt());
            precision = FoundingDate::Precision::Year;
            if (m.capturedLength(2)) {
                m_month->setValue(m.captured(2).toInt());
                precision = FoundingDate::Precision::Month;
            }
            if (m.capturedLength(3)) {
                m_day->setValue(m.captured(3).toInt());
                precision = FoundingDate::Precision::Day;
            }
        }
        m_precision->setCurrentIndex(m_precision->findData(int(precision)));
        break;
    }
    case FieldRegistry::Editor::List: {
        m_sources->clear();
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items) {
            auto *listItem = new QListWidgetItem(StoredValue::rawText(item), m_sources);
            listItem->setFlags(listItem->flags() | Qt::ItemIsEditable);
        }
        break;
    }
    case FieldRegistry::Editor::None:
        break;
    }
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
    // Editing a field replaces a stored value that could not be read.
    if (m_rawShown.contains(fieldKey))
        showRawValue(fieldKey, false);
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
            // Written as typed: a date that does not exist is reported, not
            // wrapped into one that does.
            const auto p = FoundingDate::Precision(m_precision->currentData().toInt());
            QString text;
            if (p != FoundingDate::Precision::Unknown)
                text = QStringLiteral("%1").arg(m_year->value(), 4, 10, QLatin1Char('0'));
            if (p >= FoundingDate::Precision::Month)
                text += QStringLiteral("-%1").arg(m_month->value(), 2, 10, QLatin1Char('0'));
            if (p == FoundingDate::Precision::Day)
                text += QStringLiteral("-%1").arg(m_day->value(), 2, 10, QLatin1Char('0'));
            value = text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
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
    // The province code's fix: the code of the province.
    if (m_touched.contains(key(ParkField::ProvinceCode))) {
        r.unreadableValues.remove(key(ParkField::ProvinceCode));
        FieldRegistry::updateDerived(r, ParkField::Province);
    }
    return r;
}

QString ParkEditDialog::locationWarning() const
{
    return m_locationWarning->text();
}

QString ParkEditDialog::summaryText() const
{
    return m_summary->text();
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

    // Each field's problems next to it and, all of them, in the summary
    // list, in the order of the form.
    m_problemTexts.clear();
    m_problemList->clear();
    QStringList order;
    for (const FieldRegistry::Field &f : FieldRegistry::fields)
        order << key(f.field);
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QSet<int> tabsWithProblems;
    for (const QString &k : std::as_const(order)) {
        const QStringList messages = byField.value(k);
        if (auto *label = static_cast<ProblemLabel *>(m_problemLabels.value(k))) {
            label->setProblem(messages.join(QLatin1Char('\n')));
            for (int t = 0; !messages.isEmpty() && t < m_tabs->count(); ++t) {
                if (m_tabs->widget(t)->isAncestorOf(label))
                    tabsWithProblems.insert(t);
            }
        }
        const FieldRegistry::Field *field = FieldRegistry::byKey(k);
        const QString name = field ? FieldRegistry::label(field->field) : k;
        for (const QString &m : messages) {
            m_problemTexts << QStringLiteral("%1: %2").arg(k, m);
            auto *item = new QListWidgetItem(errorIcon, QStringLiteral("%1: %2").arg(name, m),
                                             m_problemList);
            item->setData(Qt::UserRole, k);
            item->setToolTip(item->text());
        }
    }
    for (const QString &w : std::as_const(warnings)) {
        auto *item = new QListWidgetItem(warningIcon, w, m_problemList);
        item->setData(Qt::UserRole, key(ParkField::Lat));
        item->setToolTip(w);
    }
    for (int t = 0; t < m_tabs->count(); ++t) {
        QString title = m_tabs->tabText(t);
        title.remove(QStringLiteral(" ⚠"));
        m_tabs->setTabText(t, tabsWithProblems.contains(t) ? title + QStringLiteral(" ⚠") : title);
    }

    // The province code, and the right one when it does not fit.
    const QString codeKey = key(ParkField::ProvinceCode);
    const auto rawCode = r.unreadableValues.constFind(codeKey);
    if (rawCode != r.unreadableValues.constEnd())
        m_provinceCode->setText(tr("%1 (could not be read)").arg(StoredValue::rawJson(*rawCode)));
    else
        m_provinceCode->setText(r.provinceCode ? QString::number(*r.provinceCode)
                                               : tr("none (set with the province)"));
    const ProvinceInfo *province = Provinces::find(r.province);
    const bool wrongCode = province && byField.contains(codeKey);
    if (wrongCode)
        m_provinceCodeFix->setText(
            tr("Use %1, the code of %2").arg(province->code).arg(province->fullName));
    m_provinceCodeFix->setVisible(wrongCode);

    static_cast<ProblemLabel *>(m_locationWarning)->setProblem(warnings.join(QLatin1Char('\n')));

    // The count says how many of the listed items are problems.
    QStringList summary;
    if (!m_problemTexts.isEmpty())
        summary << tr("%n problem(s) to fix before the park can be saved.", "",
                      int(m_problemTexts.size()));
    if (!warnings.isEmpty())
        summary << tr("%n warning(s) worth a look.", "", int(warnings.size()));
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, m_problemTexts.isEmpty() ? warningColor : problemColor);
    m_summary->setPalette(palette);
    static_cast<ProblemLabel *>(m_summary)->setProblem(summary.join(QLatin1Char(' ')));
    m_problemList->setVisible(m_problemList->count() > 0);
    okButton()->setEnabled(m_problemTexts.isEmpty() && !m_readOnly);
}
