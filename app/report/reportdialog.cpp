#include "reportdialog.h"

#include "appsettings.h"
#include "charts/chartcommand.h"
#include "export/outputpath.h"
#include "fieldregistry.h"
#include "filter/filterdescription.h"
#include "messageboxes.h"
#include "report/reportpreview.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

constexpr int IdRole = Qt::UserRole;

QListWidget *checkList(QWidget *parent)
{
    auto *list = new QListWidget(parent);
    // Dragging an entry changes the order the report puts it in.
    list->setDragDropMode(QAbstractItemView::InternalMove);
    list->setDefaultDropAction(Qt::MoveAction);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    return list;
}

QListWidgetItem *addCheckItem(QListWidget *list, const QString &text, const QString &id,
                              bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(IdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                   Qt::ItemIsDragEnabled);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

// The ids of the checked entries, in the list's order.
QStringList checkedIds(const QListWidget *list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(IdRole).toString();
    }
    return ids;
}

// IDS first, checked, in their order; then the others of ALL, unchecked.
QList<QPair<QString, bool>> ordered(const QStringList &all, const QStringList &ids)
{
    QList<QPair<QString, bool>> list;
    for (const QString &id : ids) {
        if (all.contains(id))
            list << qMakePair(id, true);
    }
    for (const QString &id : all) {
        if (!ids.contains(id))
            list << qMakePair(id, false);
    }
    return list;
}

QString defaultFolder()
{
    const QString folder = AppSettings::reportExport().folder;
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString withExtension(const QString &path, const QString &extension)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString base = suffix == QLatin1String("pdf") || suffix == QLatin1String("html") ||
                                 suffix == QLatin1String("htm")
                             ? path.left(path.size() - suffix.size() - 1)
                             : path;
    return base + QLatin1Char('.') + extension;
}

} // namespace

ReportDialog::ReportDialog(const ParkDocument &document, const ParkFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_filter(filter)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_format(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_subtitle(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_paper(new QComboBox(this))
    , m_sections(checkList(this))
    , m_charts(checkList(this))
    , m_columns(checkList(this))
    , m_coverage(new QLabel(this))
    , m_factSheetNote(new QLabel(this))
    , m_preview(new ReportPreview(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Report"));
    m_parkCount = int(ChartCommand::filtered(m_document.parks, m_filter).size());

    m_format->addItem(tr("PDF document (paged, for printing and circulating)"),
                      QStringLiteral("pdf"));
    m_format->addItem(tr("HTML page (one file, for screens and phones)"), QStringLiteral("html"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter"), QStringLiteral("letter"));
    m_title->setPlaceholderText(tr("Default: a title naming the subject"));
    m_subtitle->setPlaceholderText(tr("None"));
    m_title->setClearButtonEnabled(true);
    m_subtitle->setClearButtonEnabled(true);

    const QString filterText = FilterDescription::summary(m_filter);
    m_coverage->setTextFormat(Qt::PlainText);
    m_coverage->setWordWrap(true);
    m_coverage->setText(
        filterText.isEmpty()
            ? tr("The report is about the %n park(s) of the open file.", "", m_parkCount)
            : tr("The report is about the %n park(s) the table's filter lets through: %1", "",
                 m_parkCount)
                  .arg(filterText));
    m_factSheetNote->setTextFormat(Qt::PlainText);
    m_factSheetNote->setWordWrap(true);
    m_factSheetNote->setText(
        tr("Fact sheets take about a page for every two parks: above %1 parks they are off "
           "unless ticked.")
            .arg(ReportContent::FactSheetLimit));

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("P&aper:"), m_paper);

    auto *lists = new QTabWidget(this);
    auto *sectionPage = new QWidget(lists);
    auto *sectionLayout = new QVBoxLayout(sectionPage);
    sectionLayout->addWidget(m_sections, 1);
    sectionLayout->addWidget(m_factSheetNote);
    lists->addTab(sectionPage, tr("&Sections"));
    lists->addTab(m_charts, tr("C&harts"));
    lists->addTab(m_columns, tr("Table &columns"));
    auto *hint = new QLabel(
        tr("Tick what the report holds; drag charts and columns to change their order."), this);
    hint->setWordWrap(true);

    auto *options = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_coverage);
    optionsLayout->addLayout(form);
    optionsLayout->addWidget(lists, 1);
    optionsLayout->addWidget(hint);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(options);
    split->addWidget(m_preview);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);
    exportButton()->setText(tr("&Export"));

    restoreChoices();
    resize(1160, 720);
    split->setSizes({400, 760});

    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::applyFormat);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    for (QLineEdit *edit : {m_title, m_subtitle})
        connect(edit, &QLineEdit::textChanged, this, &ReportDialog::choicesChanged);
    for (QComboBox *box : {m_language, m_paper})
        connect(box, &QComboBox::currentIndexChanged, this, &ReportDialog::choicesChanged);
    for (QListWidget *list : {m_sections, m_charts, m_columns}) {
        connect(list, &QListWidget::itemChanged, this, &ReportDialog::choicesChanged);
        // A drop moves a row.
        connect(list->model(), &QAbstractItemModel::rowsMoved, this, &ReportDialog::choicesChanged);
    }
    applyFormat();
    choicesChanged();
}

QPushButton *ReportDialog::exportButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ReportDialog::restoreChoices()
{
    const AppSettings::ReportExport saved = AppSettings::reportExport();
    m_format->setCurrentIndex(std::max(0, m_format->findData(saved.format)));
    const QString language = Translations::available().contains(saved.language)
                                 ? saved.language
                                 : Translations::current();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    QString paper = saved.paper;
    if (paper.isEmpty()) {
        paper = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem
                    ? QStringLiteral("letter")
                    : QStringLiteral("a4");
    }
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(paper)));
    m_title->setText(saved.title);
    m_subtitle->setText(saved.subtitle);

    // Sections: in the report's own order (it keeps it), ticked as before,
    // or all but the fact sheets of a report on many parks.
    for (ReportContent::Section s : ReportContent::allSections()) {
        const QString id = ReportContent::sectionId(s);
        const bool on = saved.sections ? saved.sections->contains(id)
                                       : (s != ReportContent::FactSheets ||
                                          m_parkCount <= ReportContent::FactSheetLimit);
        auto *item = addCheckItem(m_sections, ReportContent::sectionTitle(s), id, on);
        // The sections' order is the report's.
        item->setFlags(item->flags() & ~Qt::ItemIsDragEnabled);
    }
    m_sections->setDragDropMode(QAbstractItemView::NoDragDrop);

    QStringList chartIds;
    for (ChartKind kind : allChartKinds())
        chartIds << chartKindId(kind);
    QStringList chosenCharts;
    if (saved.charts) {
        chosenCharts = *saved.charts;
    } else {
        for (ChartKind kind : ReportCommand::defaultCharts())
            chosenCharts << chartKindId(kind);
    }
    for (const auto &[id, on] : ordered(chartIds, chosenCharts))
        addCheckItem(m_charts, chartKindName(*chartKindFromId(id)), id, on);

    // The park's name is one column, in the report's language.
    QStringList columnIds;
    for (const FieldRegistry::Field &f : FieldRegistry::fields) {
        if (f.has(FieldRegistry::InTable) && f.field != ParkField::NameEn)
            columnIds << FieldRegistry::key(f.field);
    }
    QStringList chosenColumns;
    if (saved.columns) {
        chosenColumns = *saved.columns;
    } else {
        for (ParkField f : ReportContent::defaultColumns())
            chosenColumns << FieldRegistry::key(f);
    }
    for (const auto &[id, on] : ordered(columnIds, chosenColumns)) {
        const ParkField field = FieldRegistry::byKey(id)->field;
        addCheckItem(m_columns,
                     field == ParkField::NameZh
                         ? QCoreApplication::translate("ReportContent", "Park")
                         : FieldRegistry::label(field),
                     id, on);
    }

    const QString name = QStringLiteral("park-report-%1.%2")
                             .arg(ReportContent::reportDate().toString(Qt::ISODate),
                                  m_format->currentData().toString());
    m_path->setText(QDir::toNativeSeparators(QDir(defaultFolder()).filePath(name)));
}

void ReportDialog::saveChoices() const
{
    AppSettings::ReportExport choices;
    choices.folder = QFileInfo(path()).absolutePath();
    choices.format = m_format->currentData().toString();
    choices.language = language();
    choices.paper = m_paper->currentData().toString();
    choices.sections = checkedIds(m_sections);
    choices.charts = checkedIds(m_charts);
    choices.columns = checkedIds(m_columns);
    choices.title = m_title->text();
    choices.subtitle = m_subtitle->text();
    AppSettings::setReportExport(choices);
}

ReportCommand::Request ReportDialog::request() const
{
    ReportCommand::Request r;
    r.outPath = path();
    r.english = language() == QLatin1String("en");
    r.paper = *ReportCommand::paperFromId(m_paper->currentData().toString());
    ReportContent::Sections sections;
    for (const QString &id : checkedIds(m_sections))
        sections |= *ReportContent::sectionFromId(id);
    r.sections = sections;
    // A ticked box names the section, as --sections does.
    r.factSheetsAtAnySize = sections.testFlag(ReportContent::FactSheets);
    r.charts.clear();
    for (const QString &id : checkedIds(m_charts))
        r.charts << *chartKindFromId(id);
    for (const QString &id : checkedIds(m_columns))
        r.columns << FieldRegistry::byKey(id)->field;
    r.title = m_title->text();
    r.subtitle = m_subtitle->text();
    r.filter = m_filter;
    return r;
}

QString ReportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ReportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ReportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int format =
        m_format->findData(suffix == QLatin1String("htm") ? QStringLiteral("html") : suffix);
    if (format >= 0)
        m_format->setCurrentIndex(format);
}

void ReportDialog::browse()
{
    const QStringList filters = {tr("PDF document (*.pdf)"), tr("HTML page (*.html *.htm)")};
    QString selected = filters.value(m_format->currentIndex());
    // This dialog asks about replacing files when it is accepted.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Report"), path(), filters.join(QStringLiteral(";;")), &selected,
        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    const QString suffix = QFileInfo(chosen).suffix().toLower();
    if (suffix == QLatin1String("pdf") || suffix == QLatin1String("html") ||
        suffix == QLatin1String("htm")) {
        setPath(chosen);
        return;
    }
    const int index = std::max(0, int(filters.indexOf(selected)));
    m_path->setText(
        QDir::toNativeSeparators(withExtension(chosen, m_format->itemData(index).toString())));
    m_format->setCurrentIndex(index);
}

void ReportDialog::applyFormat()
{
    const QString extension = m_format->currentData().toString();
    const QString current = path();
    const QString suffix = QFileInfo(current).suffix().toLower();
    const bool matches = suffix == extension ||
                         (extension == QLatin1String("html") && suffix == QLatin1String("htm"));
    if (!current.isEmpty() && !matches)
        m_path->setText(QDir::toNativeSeparators(withExtension(current, extension)));
    // Paper is the PDF's; the HTML page flows to any width.
    m_paper->setEnabled(extension == QLatin1String("pdf"));
}

void ReportDialog::choicesChanged()
{
    const bool some = !checkedIds(m_sections).isEmpty();
    exportButton()->setEnabled(some);
    m_preview->setRequest(request(), m_document, language(), m_parkCount <= AutomaticPreviewLimit);
}

QString ReportDialog::overwriteQuestion(const QString &file) const
{
    return tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(file));
}

void ReportDialog::accept()
{
    const QString file = path();
    if (file.isEmpty()) {
        m_path->setFocus();
        return;
    }
    const Result where = OutputPath::check(file, {}, false);
    if (!where.ok()) {
        MessageBoxes::showProblem(this, windowTitle(), where.message);
        return;
    }
    if (!QFileInfo::exists(file)) {
        write();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), overwriteQuestion(file),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Replace"));
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            write();
    });
    box->open();
}

void ReportDialog::reject()
{
    // Closing while a report is being made stops it first.
    if (m_preview->isBusy()) {
        m_preview->stop();
        return;
    }
    QDialog::reject();
}

void ReportDialog::write()
{
    const ReportCommand::Request r = request();
    const bool pdf = QFileInfo(r.outPath).suffix().toLower() == QLatin1String("pdf");
    // The PDF shown is the one written, when it is up to date.
    QByteArray bytes = pdf ? m_preview->currentPdf() : QByteArray();
    if (bytes.isEmpty()) {
        setEnabled(false);
        m_preview->setEnabled(true);
        bytes = m_preview->produce(r, m_document, language());
        setEnabled(true);
        if (bytes.isEmpty())
            return; // stopped
    }
    QSaveFile out(r.outPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        MessageBoxes::showProblem(this, windowTitle(),
                                  tr("%1 could not be written: %2")
                                      .arg(QDir::toNativeSeparators(r.outPath), out.errorString()));
        return;
    }
    saveChoices();
    emit exported(r.outPath);
    QDialog::accept();
}
