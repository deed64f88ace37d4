#include "filterbar.h"

#include "checklistbutton.h"
#include "citygazetteer.h"
#include "filterdescription.h"
#include "flowlayout.h"
#include "parkfilterproxy.h"
#include "parktablemodel.h"
#include "places.h"
#include "provinces.h"
#include "translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace {

constexpr int AnyYear = 1979; // the spin boxes' "any" value

std::optional<double> readNumber(const QLineEdit *edit)
{
    bool ok = false;
    const double v = QLocale().toDouble(edit->text().trimmed(), &ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

void showNumber(QLineEdit *edit, const std::optional<double> &v)
{
    const QString text = v ? QLocale().toString(*v) : QString();
    if (edit->text() != text)
        edit->setText(text);
}

QSpinBox *yearBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(AnyYear, 2100);
    box->setValue(AnyYear);
    box->setGroupSeparatorShown(false);
    return box;
}

} // namespace

FilterBar::FilterBar(ParkFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_provinces(new CheckListButton(QString(), this))
    , m_cities(new CheckListButton(QString(), this))
    , m_leadership(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_foundedLabel(new QLabel(this))
    , m_yearFrom(yearBox(this))
    , m_yearTo(yearBox(this))
    , m_unknownYear(new QCheckBox(this))
    , m_more(new DropDownButton(this))
    , m_activeLine(new QWidget(this))
    , m_chips(new FlowLayout(nullptr, 4))
    , m_choicesRefresh(new QTimer(this))
{
    // The controls wrap onto a second line on narrow screens.
    auto *controls = new FlowLayout(nullptr, 6);
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(260);
    controls->addWidget(m_search);
    controls->addWidget(m_provinces);
    controls->addWidget(m_cities);
    controls->addWidget(m_leadership);
    controls->addWidget(m_type);
    auto *years = new QWidget(this);
    auto *yearsLayout = new QHBoxLayout(years);
    yearsLayout->setContentsMargins(0, 0, 0, 0);
    yearsLayout->addWidget(m_foundedLabel);
    yearsLayout->addWidget(m_yearFrom);
    yearsLayout->addWidget(new QLabel(QStringLiteral("–"), years));
    yearsLayout->addWidget(m_yearTo);
    yearsLayout->addWidget(m_unknownYear);
    controls->addWidget(years);
    controls->addWidget(m_more);

    m_activeLine->setLayout(m_chips);
    m_activeLine->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 2);
    layout->setSpacing(3);
    layout->addLayout(controls);
    layout->addWidget(m_activeLine);

    buildMoreMenu(m_more);
    // Each language's texts decide the widths ("Any leadership" whole).
    m_leadership->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button and Esc apply at once; typing waits for a pause.
        if (text.isEmpty())
            applyFromWidgets();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::applyFromWidgets);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search);
    escape->setContext(Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);

    connect(m_provinces, &CheckListButton::checkedChanged, this, &FilterBar::applyFromWidgets);
    connect(m_cities, &CheckListButton::checkedChanged, this, &FilterBar::applyFromWidgets);
    connect(m_leadership, &QComboBox::activated, this, &FilterBar::applyFromWidgets);
    connect(m_type, &QComboBox::activated, this, &FilterBar::applyFromWidgets);
    connect(m_yearFrom, &QSpinBox::valueChanged, this, &FilterBar::applyFromWidgets);
    connect(m_yearTo, &QSpinBox::valueChanged, this, &FilterBar::applyFromWidgets);
    connect(m_unknownYear, &QCheckBox::toggled, this, &FilterBar::applyFromWidgets);

    connect(m_proxy, &ParkFilterProxy::filterChanged, this, &FilterBar::showFilter);

    // Counts in the lists follow the data, but a burst of edits rebuilds once,
    // and an edit of anything but a province or city not at all (counting
    // 100,000 parks again for a new name stood the window still for 20 ms).
    m_choicesRefresh->setSingleShot(true);
    m_choicesRefresh->setInterval(0);
    connect(m_choicesRefresh, &QTimer::timeout, this, &FilterBar::refreshChoices);
    connect(m_proxy, &ParkFilterProxy::sourceRecordsChanged, this,
            [this](int firstColumn, int lastColumn) {
                if (ParkFilterProxy::touches(
                        firstColumn, lastColumn,
                        {ParkTableModel::ProvinceColumn, ParkTableModel::CityColumn}))
                    m_choicesRefresh->start();
            });

    QWidget *order[] = {m_search,   m_provinces, m_cities,      m_leadership, m_type,
                        m_yearFrom, m_yearTo,    m_unknownYear, m_more};
    for (size_t i = 1; i < std::size(order); ++i)
        QWidget::setTabOrder(order[i - 1], order[i]);

    retranslate();
    showFilter(m_proxy->filter());
}

void FilterBar::buildMoreMenu(QToolButton *button)
{
    auto *menu = new QMenu(button);
    auto *panel = new QWidget(menu);
    auto *form = new QFormLayout(panel);
    auto numberEdit = [panel](bool integer) {
        auto *edit = new QLineEdit(panel);
        edit->setClearButtonEnabled(true);
        auto *validator = new QDoubleValidator(0, 1e12, integer ? 0 : 6, edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        edit->setValidator(validator);
        edit->setMaximumWidth(100);
        return edit;
    };
    for (const FieldRegistry::Field &field : FieldRegistry::fields) {
        if (!field.has(FieldRegistry::RangeFilter))
            continue;
        const bool integer = field.type == FieldRegistry::ValueType::Integer;
        RangeRow row{field.field, new QLabel(panel), numberEdit(integer), numberEdit(integer),
                     new QCheckBox(panel)};
        auto *line = new QHBoxLayout;
        line->addWidget(row.min);
        line->addWidget(new QLabel(QStringLiteral("–"), panel));
        line->addWidget(row.max);
        line->addWidget(row.unknown);
        form->addRow(row.label, line);
        m_ranges.append(row);
    }
    m_onlyProblems = new QCheckBox(panel);
    form->addRow(m_onlyProblems);
    m_missingField = new QComboBox(panel);
    form->addRow(QStringLiteral("missing"), m_missingField);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(panel);
    menu->addAction(action);
    button->setMenu(menu);

    for (const RangeRow &row : std::as_const(m_ranges)) {
        for (QLineEdit *edit : {row.min, row.max})
            connect(edit, &QLineEdit::editingFinished, this, &FilterBar::applyFromWidgets);
        connect(row.unknown, &QCheckBox::toggled, this, &FilterBar::applyFromWidgets);
    }
    connect(m_onlyProblems, &QCheckBox::toggled, this, &FilterBar::applyFromWidgets);
    connect(m_missingField, &QComboBox::activated, this, &FilterBar::applyFromWidgets);
}

QWidget *FilterBar::lastControl() const
{
    return m_more;
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_syncing = true;
    m_search->setPlaceholderText(tr("Search names, cities, operators, policies… (Ctrl+F)"));
    m_search->setToolTip(tr("Shows parks whose names, city, district, operator, focus, "
                            "policies or notes contain this text. Esc clears."));
    m_search->setAccessibleName(tr("Search parks"));
    setAccessibleName(tr("Filters"));
    setAccessibleDescription(tr("Narrow the parks shown in the table, charts, map and summary"));
    m_provinces->setTitle(tr("Province"));
    m_cities->setTitle(tr("City"));

    const QVariant leadership = m_leadership->currentData();
    m_leadership->clear();
    m_leadership->addItem(tr("Any leadership"), -1);
    m_leadership->addItem(ParkTableModel::leadershipText(Leadership::Government),
                          int(Leadership::Government));
    m_leadership->addItem(ParkTableModel::leadershipText(Leadership::Enterprise),
                          int(Leadership::Enterprise));
    m_leadership->addItem(tr("Leadership unknown"), int(Leadership::Unknown));
    m_leadership->setToolTip(tr("Who leads the park"));

    m_type->clear();
    m_type->addItem(tr("Any type"), -1);
    for (CarrierType t : {CarrierType::Park, CarrierType::Base, CarrierType::Incubator})
        m_type->addItem(ParkTableModel::carrierTypeText(t), int(t));
    m_type->addItem(tr("Type unknown"), int(CarrierType::Unknown));
    m_type->setToolTip(tr("Dedicated park, base inside another park, or incubator"));

    m_foundedLabel->setText(tr("Founded"));
    for (QSpinBox *box : {m_yearFrom, m_yearTo})
        box->setSpecialValueText(tr("any"));
    m_yearFrom->setToolTip(tr("Founded in or after this year"));
    m_yearTo->setToolTip(tr("Founded in or before this year"));
    m_unknownYear->setText(tr("or unknown"));
    m_unknownYear->setToolTip(tr("Also show parks whose founding date is unknown"));
    m_more->setText(tr("More filters"));
    m_more->setToolTip(tr("Ranges of area, enterprises and fund; records with problems; "
                          "records missing a field"));

    auto *form = qobject_cast<QFormLayout *>(m_missingField->parentWidget()->layout());
    form->labelForField(m_missingField)->setProperty("text", tr("Missing field"));
    for (const RangeRow &row : std::as_const(m_ranges)) {
        row.label->setText(FieldRegistry::label(row.field));
        row.min->setPlaceholderText(tr("min"));
        row.max->setPlaceholderText(tr("max"));
        row.unknown->setText(tr("or unknown"));
        row.unknown->setToolTip(tr("Also show parks where this value is unknown"));
    }
    m_onlyProblems->setText(tr("Only records with problems"));
    m_missingField->clear();
    m_missingField->addItem(tr("(none)"), QString());
    for (const FieldRegistry::Field &field : FieldRegistry::fields) {
        if (field.has(FieldRegistry::InTable) && field.field != ParkField::Id)
            m_missingField->addItem(FieldRegistry::label(field.field),
                                    FieldRegistry::key(field.field));
    }
    m_syncing = false;
    refreshChoices();
    showFilter(m_proxy->filter());
    Q_UNUSED(leadership)
}

void FilterBar::refreshChoices()
{
    const bool english = Translations::isEnglish();
    // Read while the snapshot, which keeps them, is held.
    const ParkSnapshot all = m_proxy->allRecords();
    const QMap<QString, Aggregations::ProvinceCount> &counts = all.byProvinceAndCity();
    const QMap<QString, Aggregations::Count> provinceCounts = Aggregations::byProvinceFrom(counts);
    QList<CheckListButton::Item> provinceItems;
    for (const auto &[name, count] : Aggregations::rankedByCount(provinceCounts))
        provinceItems.append({name, QStringLiteral("%1 (%2)")
                                        .arg(Provinces::displayName(name, english))
                                        .arg(count.total)});
    m_provinces->setItems(provinceItems);

    // Cities of the chosen provinces only, so the list stays short.
    const QSet<QString> chosen = m_proxy->filter().provinces;
    m_choicesProvinces = chosen;
    QMap<QString, Aggregations::Count> cityCounts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!chosen.isEmpty() && !chosen.contains(it.key()))
            continue;
        for (auto city = it->cities.cbegin(); city != it->cities.cend(); ++city)
            cityCounts[city.key()] += city.value();
    }
    QList<CheckListButton::Item> cityItems;
    for (const auto &[name, count] : Aggregations::rankedByCount(cityCounts)) {
        // Found by its Chinese, English and folded names in either language.
        const CityInfo *city = Places::namedCity(QString(), name);
        const QString otherNames =
            city ? QStringList{city->fullName, city->nameEn, CityGazetteer::folded(city->nameEn)}
                       .join(QLatin1Char(' '))
                 : QString();
        cityItems.append({name,
                          QStringLiteral("%1 (%2)")
                              .arg(Places::cityName(QString(), name, english))
                              .arg(count.total),
                          otherNames});
    }
    m_cities->setItems(cityItems);
}

void FilterBar::applyFromWidgets()
{
    if (m_syncing)
        return;
    m_searchDelay->stop();
    ParkFilter f = m_proxy->requestedFilter();
    f.text = m_search->text();
    f.provinces = m_provinces->checked();
    f.cities = m_cities->checked();
    const int leadership = m_leadership->currentData().toInt();
    f.leadership =
        leadership < 0 ? std::nullopt : std::optional<Leadership>(Leadership(leadership));
    const int type = m_type->currentData().toInt();
    f.carrierType = type < 0 ? std::nullopt : std::optional<CarrierType>(CarrierType(type));
    f.yearFrom = m_yearFrom->value() == AnyYear ? 0 : m_yearFrom->value();
    f.yearTo = m_yearTo->value() == AnyYear ? 0 : m_yearTo->value();
    if (f.yearFrom > 0 && f.yearTo > 0 && f.yearFrom > f.yearTo) {
        // 2020–2017 means 2017–2020: shown as such and said, never an empty
        // table without a reason.
        std::swap(f.yearFrom, f.yearTo);
        m_syncing = true;
        m_yearFrom->setValue(f.yearFrom);
        m_yearTo->setValue(f.yearTo);
        m_syncing = false;
        emit notice(tr("Founding years swapped to %1–%2: the first year was after the second")
                        .arg(f.yearFrom)
                        .arg(f.yearTo));
    }
    f.includeUnknownYear = m_unknownYear->isChecked();
    for (const RangeRow &row : std::as_const(m_ranges))
        f.setRange(row.field, {readNumber(row.min), readNumber(row.max), row.unknown->isChecked()});
    f.onlyProblems = m_onlyProblems->isChecked();
    f.missingField = m_missingField->currentData().toString();
    m_proxy->setFilter(f);
}

void FilterBar::showFilter(const ParkFilter &f)
{
    m_syncing = true;
    if (m_search->text() != f.text && !m_searchDelay->isActive())
        m_search->setText(f.text);
    m_provinces->setChecked(f.provinces);
    m_cities->setChecked(f.cities);
    m_leadership->setCurrentIndex(
        std::max(0, m_leadership->findData(f.leadership ? int(*f.leadership) : -1)));
    m_type->setCurrentIndex(
        std::max(0, m_type->findData(f.carrierType ? int(*f.carrierType) : -1)));
    m_yearFrom->setValue(f.yearFrom > 0 ? f.yearFrom : AnyYear);
    m_yearTo->setValue(f.yearTo > 0 ? f.yearTo : AnyYear);
    m_unknownYear->setChecked(f.includeUnknownYear);
    m_unknownYear->setEnabled(f.hasYearRange());
    for (const RangeRow &row : std::as_const(m_ranges)) {
        const ParkFilter::Range range = f.range(row.field);
        showNumber(row.min, range.min);
        showNumber(row.max, range.max);
        row.unknown->setChecked(range.includeUnknown);
    }
    m_onlyProblems->setChecked(f.onlyProblems);
    m_missingField->setCurrentIndex(std::max(0, m_missingField->findData(f.missingField)));
    m_syncing = false;
    rebuildActiveLine(f);
    // The lists count all parks, whatever the filter; only the cities listed
    // follow the provinces chosen. Counting a million parks again for every
    // letter typed in the search stood the window still for 0.2 s.
    if (f.provinces != m_choicesProvinces)
        m_choicesRefresh->start();
}

void FilterBar::rebuildActiveLine(const ParkFilter &filter)
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<FilterDescription::Part> parts = FilterDescription::describe(filter);
    m_activeLine->setVisible(!parts.isEmpty());
    if (parts.isEmpty())
        return;
    auto *label = new QLabel(tr("Showing:"), m_activeLine);
    m_chips->addWidget(label);
    for (const FilterDescription::Part &part : parts) {
        auto *chip = new QToolButton(m_activeLine);
        // A chip listing many provinces or cities would widen the window
        // past a laptop's screen: long ones are shortened, whole in the tooltip.
        const QFontMetrics metrics(chip->font());
        const int widest = 30 * metrics.horizontalAdvance(QLatin1Char('M'));
        const QString shown = metrics.elidedText(part.text, Qt::ElideRight, widest);
        chip->setText(shown + QStringLiteral("  ✕"));
        chip->setToolTip(shown == part.text
                             ? tr("Remove this filter")
                             : Qt::convertFromPlainText(part.text + QLatin1Char('\n') +
                                                        tr("Remove this filter")));
        chip->setAutoRaise(true);
        connect(chip, &QToolButton::clicked, this, [this, part] {
            m_proxy->setFilter(FilterDescription::without(m_proxy->requestedFilter(), part));
        });
        m_chips->addWidget(chip);
    }
    auto *clearAll = new QToolButton(m_activeLine);
    clearAll->setText(tr("Clear all filters"));
    clearAll->setObjectName(QStringLiteral("clearAllFilters"));
    connect(clearAll, &QToolButton::clicked, m_proxy, &ParkFilterProxy::clearFilter);
    m_chips->addWidget(clearAll);
}
