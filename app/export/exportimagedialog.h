#pragma once

#include "export/imageexporter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Where and how to export a figure: file, format, size (in pixels or
// millimetres), resolution, background and theme, remembered between
// sessions. It only asks; the caller renders. Accepting asks before an
// existing file is replaced, without blocking (the question is a
// window-modal box).
class ExportImageDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Unit
    {
        Pixels,
        Millimetres
    };

    // BASENAME (no extension) is offered in the folder used last.
    explicit ExportImageDialog(const QString &baseName, QWidget *parent = nullptr);

    // Format, size in pixels, dpi, background and notes; the title is the
    // caller's. The resolution relates pixels to millimetres for every
    // format: 3000 pixels at 300 dpi is 254 mm wide in a PNG, an SVG or a PDF
    // alike, as on the command line.
    ImageExportSettings settings() const;
    QString path() const;
    bool darkTheme() const;

    ImageExportSettings::Format format() const;
    Unit unit() const;
    int dpi() const; // the chosen preset, also while a vector format hides it
    bool transparentBackground() const;

    void setPath(const QString &path);
    // Also gives the file name that format's extension.
    void setFormat(ImageExportSettings::Format format);
    // Converts the size shown to the new unit.
    void setUnit(Unit unit);
    // In the current unit.
    void setSize(double width, double height);
    QSizeF sizeInUnit() const;
    // One of dpiPresets().
    void setDpi(int dpi);
    void setTransparentBackground(bool transparent);
    void setDarkTheme(bool dark);
    // The coverage and source lines offered under the figure, editable; on
    // unless the user turns them off for this export.
    void setNotes(const FigureNotes &notes);
    FigureNotes notes() const;
    QCheckBox *notesCheck() const { return m_printNotes; }
    QLineEdit *coverageEdit() const { return m_coverage; }
    QLineEdit *sourceEdit() const { return m_source; }

    // Where the file is offered at first: the folder used last, else the
    // pictures folder (created if missing), else the home folder.
    static QString startFolder();

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatCombo() const { return m_format; }
    QLabel *sizeHintLabel() const { return m_sizeHint; }

    // Writes an image at the chosen path, size and theme.
    using ExportFunction =
        std::function<ExportResult(const QString &path, const ImageExportSettings &, bool dark)>;
    // Opens the dialog (window-modal, not blocking); on OK runs exportImage,
    // then reports success through exported or failure in a message box.
    // NOTES are the standard coverage and source lines for the figure.
    static void exportInteractively(QWidget *parent, const QString &baseName,
                                    const FigureNotes &notes, ExportFunction exportImage,
                                    std::function<void(const QString &path)> exported);

    static QList<int> dpiPresets();
    static QString overwriteQuestion(const QString &path);

    void accept() override;

private:
    void browse();
    void applyFormat();
    void applyUnit();
    void updateSizeLimits();
    void updateSizeHint();
    void updateBackgroundTexts();
    void syncFormatFromPath();
    void loadSettings();
    void saveSettings() const;
    void finishAccept();
    int effectiveDpi() const;

    QLineEdit *m_path;
    QPushButton *m_browse;
    QComboBox *m_format;
    QDoubleSpinBox *m_width;
    QDoubleSpinBox *m_height;
    QComboBox *m_unit;
    QLabel *m_sizeHint;
    QComboBox *m_dpi;
    QComboBox *m_background;
    QComboBox *m_theme;
    QCheckBox *m_printNotes;
    QLineEdit *m_coverage;
    QLineEdit *m_source;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    Unit m_shownUnit = Unit::Millimetres;
};
