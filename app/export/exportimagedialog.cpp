#include "exportimagedialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace {

constexpr int ScreenDpi = 96;

// A figure that fits the text width of an A4 report at print resolution.
constexpr double DefaultWidthMm = 160;
constexpr double DefaultHeightMm = 100;
// The same shape in pixels, for those who measure in pixels.
constexpr double DefaultWidthPx = 1600;
constexpr double DefaultHeightPx = 1000;
constexpr int DefaultDpi = 300;

QString unitId(ExportImageDialog::Unit unit)
{
    return unit == ExportImageDialog::Unit::Pixels ? QStringLiteral("px") : QStringLiteral("mm");
}

} // namespace

ExportImageDialog::ExportImageDialog(const QString &baseName, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_format(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_sizeHint(new QLabel(this))
    , m_dpi(new QComboBox(this))
    , m_background(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_printNotes(new QCheckBox(tr("Print what the figure covers and its sources under it"), this))
    , m_coverage(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Image"));
    m_path->setObjectName(QStringLiteral("path"));
    m_format->setObjectName(QStringLiteral("format"));
    m_width->setObjectName(QStringLiteral("width"));
    m_height->setObjectName(QStringLiteral("height"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_background->setObjectName(QStringLiteral("background"));
    m_theme->setObjectName(QStringLiteral("theme"));

    m_format->addItem(tr("PNG image"), int(ImageExportSettings::Png));
    m_format->addItem(tr("SVG drawing"), int(ImageExportSettings::Svg));
    m_format->addItem(tr("PDF document"), int(ImageExportSettings::Pdf));
    m_unit->addItem(tr("pixels"), int(Unit::Pixels));
    m_unit->addItem(tr("millimetres"), int(Unit::Millimetres));
    for (int dpi : dpiPresets()) {
        m_dpi->addItem(dpi == ScreenDpi ? tr("Screen (%1 dpi)").arg(dpi) : tr("%1 dpi").arg(dpi),
                       dpi);
    }
    m_background->addItem(QString(), false);
    m_background->addItem(tr("Transparent"), true);
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_sizeHint->setTextFormat(Qt::PlainText);
    m_path->setAccessibleName(tr("File"));
    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    sizeRow->addStretch(1);

    // Rows holding a layout get a label with a buddy, or "&" shows as is.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    m_form->addRow(fileLabel, pathRow);
    m_form->addRow(tr("F&ormat:"), m_format);
    auto *sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_width);
    m_form->addRow(sizeLabel, sizeRow);
    m_form->addRow(QString(), m_sizeHint);
    m_form->addRow(tr("&Resolution:"), m_dpi);
    m_form->addRow(tr("&Background:"), m_background);
    m_form->addRow(tr("&Theme:"), m_theme);
    m_printNotes->setChecked(true);
    m_printNotes->setObjectName(QStringLiteral("printNotes"));
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_source->setObjectName(QStringLiteral("source"));
    m_form->addRow(tr("Notes:"), m_printNotes);
    m_form->addRow(tr("&Coverage:"), m_coverage);
    m_form->addRow(tr("So&urce:"), m_source);
    connect(m_printNotes, &QCheckBox::toggled, m_coverage, &QWidget::setEnabled);
    connect(m_printNotes, &QCheckBox::toggled, m_source, &QWidget::setEnabled);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Export"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);

    loadSettings();
    m_path->setText(
        QDir(startFolder()).filePath(ImageExportSettings::withExtension(baseName, format())));

    connect(m_browse, &QPushButton::clicked, this, &ExportImageDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportImageDialog::applyFormat);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportImageDialog::applyUnit);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, [this] {
        updateSizeLimits();
        updateSizeHint();
    });
    connect(m_width, &QDoubleSpinBox::valueChanged, this, &ExportImageDialog::updateSizeHint);
    connect(m_height, &QDoubleSpinBox::valueChanged, this, &ExportImageDialog::updateSizeHint);
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            &ExportImageDialog::updateBackgroundTexts);
    connect(m_path, &QLineEdit::editingFinished, this, &ExportImageDialog::syncFormatFromPath);
    connect(m_path, &QLineEdit::textChanged, this, &ExportImageDialog::updateSizeHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportImageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportImageDialog::reject);

    updateBackgroundTexts();
    updateSizeHint();
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
}

QList<int> ExportImageDialog::dpiPresets()
{
    return {ScreenDpi, 150, 300, 600};
}

QString ExportImageDialog::overwriteQuestion(const QString &path)
{
    return tr("%1 already exists. Do you want to replace it?").arg(QDir::toNativeSeparators(path));
}

ImageExportSettings ExportImageDialog::settings() const
{
    ImageExportSettings s;
    s.format = format();
    s.dpi = effectiveDpi();
    const QSizeF size = sizeInUnit();
    if (unit() == Unit::Pixels) {
        s.sizePx = QSize(qRound(size.width()), qRound(size.height()));
    } else {
        s.sizePx = QSize(qRound(ImageExportSettings::mmToPx(size.width(), s.dpi)),
                         qRound(ImageExportSettings::mmToPx(size.height(), s.dpi)));
    }
    s.transparentBackground = transparentBackground();
    s.notes = notes();
    return s;
}

QString ExportImageDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExportImageDialog::darkTheme() const
{
    return m_theme->currentData().toBool();
}

ImageExportSettings::Format ExportImageDialog::format() const
{
    return ImageExportSettings::Format(m_format->currentData().toInt());
}

ExportImageDialog::Unit ExportImageDialog::unit() const
{
    return Unit(m_unit->currentData().toInt());
}

int ExportImageDialog::dpi() const
{
    return m_dpi->currentData().toInt();
}

bool ExportImageDialog::transparentBackground() const
{
    return m_background->currentData().toBool();
}

QSizeF ExportImageDialog::sizeInUnit() const
{
    return QSizeF(m_width->value(), m_height->value());
}

void ExportImageDialog::setPath(const QString &path)
{
    m_path->setText(path);
    syncFormatFromPath();
}

void ExportImageDialog::setFormat(ImageExportSettings::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportImageDialog::setUnit(Unit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
}

void ExportImageDialog::setSize(double width, double height)
{
    m_width->setValue(width);
    m_height->setValue(height);
}

void ExportImageDialog::setDpi(int dpi)
{
    const int index = m_dpi->findData(dpi);
    if (index >= 0)
        m_dpi->setCurrentIndex(index);
}

void ExportImageDialog::setTransparentBackground(bool transparent)
{
    m_background->setCurrentIndex(m_background->findData(transparent));
}

void ExportImageDialog::setDarkTheme(bool dark)
{
    m_theme->setCurrentIndex(m_theme->findData(dark));
}

void ExportImageDialog::accept()
{
    const QString file = path();
    if (file.isEmpty()) {
        m_path->setFocus();
        return;
    }
    if (!QFileInfo::exists(file)) {
        finishAccept();
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
            finishAccept();
    });
    box->open();
}

void ExportImageDialog::finishAccept()
{
    saveSettings();
    QDialog::accept();
}

void ExportImageDialog::browse()
{
    const QStringList filters = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"),
                                 tr("PDF document (*.pdf)")};
    QString selected = filters.value(m_format->currentIndex());
    // This dialog asks about replacing files when it is accepted; asking in
    // the file dialog too would ask twice.
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Image"), path(), filters.join(QStringLiteral(";;")), &selected,
        QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    bool known = false;
    const ImageExportSettings::Format fromName =
        ImageExportSettings::formatFromFileName(chosen, &known);
    const qsizetype filterIndex = filters.indexOf(selected);
    const auto fromFilter = filterIndex >= 0 ? ImageExportSettings::Format(filterIndex) : format();
    m_path->setText(known ? chosen : ImageExportSettings::withExtension(chosen, fromFilter));
    setFormat(known ? fromName : fromFilter);
}

void ExportImageDialog::applyFormat()
{
    const QString current = path();
    if (!current.isEmpty())
        m_path->setText(ImageExportSettings::withExtension(current, format()));
    updateSizeLimits();
    updateSizeHint();
}

void ExportImageDialog::applyUnit()
{
    const Unit next = unit();
    if (next == m_shownUnit)
        return;
    const int dpi = effectiveDpi();
    const QSizeF size = sizeInUnit();
    m_shownUnit = next;
    updateSizeLimits();
    if (next == Unit::Pixels) {
        setSize(qRound(ImageExportSettings::mmToPx(size.width(), dpi)),
                qRound(ImageExportSettings::mmToPx(size.height(), dpi)));
    } else {
        setSize(ImageExportSettings::pxToMm(size.width(), dpi),
                ImageExportSettings::pxToMm(size.height(), dpi));
    }
    updateSizeHint();
}

void ExportImageDialog::updateSizeLimits()
{
    // Limits in the unit shown, so that the spin boxes cannot hold a size the
    // exporter refuses.
    const int dpi = effectiveDpi();
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        const QSignalBlocker blocker(box);
        const double value = box->value();
        if (m_shownUnit == Unit::Pixels) {
            box->setDecimals(0);
            box->setRange(ImageExporter::MinimumSidePx, ImageExporter::MaximumSidePx);
            box->setSingleStep(10);
            box->setSuffix(QString());
        } else {
            box->setDecimals(1);
            box->setRange(ImageExportSettings::pxToMm(ImageExporter::MinimumSidePx, dpi),
                          ImageExportSettings::pxToMm(ImageExporter::MaximumSidePx, dpi));
            box->setSingleStep(1);
        }
        box->setValue(value);
    }
}

void ExportImageDialog::updateSizeHint()
{
    const ImageExportSettings s = settings();
    const QSizeF mm = s.sizeMm();
    const QLocale locale;
    QString text =
        tr("%1 × %2 pixels, %3 × %4 mm")
            .arg(locale.toString(s.sizePx.width()), locale.toString(s.sizePx.height()),
                 locale.toString(mm.width(), 'f', 1), locale.toString(mm.height(), 'f', 1));
    if (s.format != ImageExportSettings::Png)
        text += tr(" (vector: sharp at any zoom)");
    const ExportResult check = ImageExporter::validate(s);
    if (!check.ok())
        text = check.message;
    m_sizeHint->setText(text);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(check.ok() && !path().isEmpty());
}

void ExportImageDialog::updateBackgroundTexts()
{
    m_background->setItemText(0, darkTheme() ? tr("Dark") : tr("White"));
}

void ExportImageDialog::syncFormatFromPath()
{
    bool known = false;
    const ImageExportSettings::Format typed =
        ImageExportSettings::formatFromFileName(path(), &known);
    if (known && typed != format())
        setFormat(typed);
}

int ExportImageDialog::effectiveDpi() const
{
    // Vector output has no pixels, but the resolution still says how large
    // a size given in pixels is on paper, as the command line's --dpi does.
    return dpi();
}

QString ExportImageDialog::startFolder()
{
    const QString folder = AppSettings::imageExport().folder;
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    // A fresh account may have no Pictures folder yet.
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (!pictures.isEmpty() && (QFileInfo(pictures).isDir() || QDir().mkpath(pictures)))
        return pictures;
    return QDir::homePath();
}

void ExportImageDialog::setNotes(const FigureNotes &notes)
{
    m_coverage->setText(notes.coverage);
    m_coverage->setCursorPosition(0);
    m_source->setText(notes.source);
    m_source->setCursorPosition(0);
}

FigureNotes ExportImageDialog::notes() const
{
    if (!m_printNotes->isChecked())
        return FigureNotes();
    return {m_coverage->text().trimmed(), m_source->text().trimmed()};
}

void ExportImageDialog::loadSettings()
{
    const AppSettings::ImageExport saved = AppSettings::imageExport();
    bool known = false;
    const ImageExportSettings::Format savedFormat =
        ImageExportSettings::formatFromFileName(QStringLiteral("x.") + saved.format, &known);
    setFormat(known ? savedFormat : ImageExportSettings::Png);

    const int savedDpi = saved.dpi.value_or(DefaultDpi);
    setDpi(dpiPresets().contains(savedDpi) ? savedDpi : DefaultDpi);

    const bool pixels = saved.unit == unitId(Unit::Pixels);
    m_shownUnit = pixels ? Unit::Pixels : Unit::Millimetres;
    {
        const QSignalBlocker blocker(m_unit);
        setUnit(m_shownUnit);
    }
    updateSizeLimits();
    const double defaultWidth = pixels ? DefaultWidthPx : DefaultWidthMm;
    const double defaultHeight = pixels ? DefaultHeightPx : DefaultHeightMm;
    setSize(saved.width.value_or(defaultWidth), saved.height.value_or(defaultHeight));

    setTransparentBackground(saved.transparentBackground);
    setDarkTheme(saved.darkTheme);
}

void ExportImageDialog::saveSettings() const
{
    AppSettings::ImageExport choices;
    choices.folder = QFileInfo(path()).absolutePath();
    choices.format = ImageExportSettings::extensionFor(format());
    const QSizeF size = sizeInUnit();
    choices.width = size.width();
    choices.height = size.height();
    choices.unit = unitId(unit());
    choices.dpi = dpi();
    choices.transparentBackground = transparentBackground();
    choices.darkTheme = darkTheme();
    AppSettings::setImageExport(choices);
}

void ExportImageDialog::exportInteractively(QWidget *parent, const QString &baseName,
                                            const FigureNotes &notes, ExportFunction exportImage,
                                            std::function<void(const QString &)> exported)
{
    auto *dialog = new ExportImageDialog(baseName, parent);
    dialog->setNotes(notes);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QDialog::accepted, parent, [=] {
        const QString path = dialog->path();
        const ExportResult result = exportImage(path, dialog->settings(), dialog->darkTheme());
        if (result.ok()) {
            exported(path);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), result.message,
                                    QMessageBox::Ok, parent);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    dialog->open();
}
