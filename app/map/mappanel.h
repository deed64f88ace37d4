#pragma once

#include "figurenotes.h"

#include <functional>

#include "choroplethmetric.h"
#include "classification.h"
#include "export/imageexporter.h"

#include <QWidget>

class ParkFilterProxy;
class ProvinceChoroplethView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

// The Map tab: what to colour by and how to class it, above the province
// map, and which map is shown: China, or a province's cities, with a
// breadcrumb and a way back. The choices of colour and classes are
// remembered between sessions.
class MapPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapPanel(ParkFilterProxy *proxy, QWidget *parent = nullptr);
    ~MapPanel() override;

    ProvinceChoroplethView *view() const { return m_view; }
    QComboBox *metricCombo() const { return m_metricCombo; }
    QComboBox *methodCombo() const { return m_methodCombo; }
    QSpinBox *classesSpinBox() const { return m_classesSpin; }
    QCheckBox *markersCheckBox() const { return m_markersCheck; }
    QCheckBox *qualifiedCheckBox() const { return m_qualifiedCheck; }
    QToolButton *fitButton() const { return m_fitButton; }
    QCheckBox *cityCirclesCheckBox() const { return m_circlesCheck; }
    // "All of China" and the provinces with a city map, by full name.
    QComboBox *provinceCombo() const { return m_provinceCombo; }
    QToolButton *backButton() const { return m_backButton; }
    // "China › Zhejiang" on a city map, "China" on the map of China.
    QLabel *breadcrumb() const { return m_breadcrumb; }

    MapMetric metric() const;
    void setMetric(MapMetric metric);
    Classification::Method method() const;
    void setMethod(Classification::Method method);
    int classCount() const;
    void setClassCount(int classes);
    bool parkMarkersVisible() const;
    void setParkMarkersVisible(bool visible);
    // Whether the sums take in the values the sources qualify.
    bool includesQualifiedValues() const;
    void setIncludeQualifiedValues(bool include);

    // Opens the export dialog (window-modal, without blocking) and writes
    // the map with the chosen settings, reporting failures in a message box.
    void exportWithDialog();
    // The coverage and source lines offered under exported figures and
    // copies (the window knows the document); none until set.
    void setFigureNotes(std::function<FigureNotes()> notes) { m_figureNotes = std::move(notes); }
    FigureNotes figureNotes() const { return m_figureNotes ? m_figureNotes() : FigureNotes(); }
    // Exports the map as it is now, laid out afresh at the settings' size
    // and in the given theme.
    ExportResult exportTo(const QString &path, const ImageExportSettings &settings, bool dark);
    // A PNG of the map as laid out on screen, at twice the resolution.
    void copyToClipboard();

    void retranslate();

signals:
    // A file was written by exportWithDialog().
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void fillProvinceCombo();
    // Follows the view into a province's map and back.
    void showDrillDown(const QString &provinceFullName);
    void saveSettings() const;
    bool darkPalette() const;

    ProvinceChoroplethView *m_view;
    QLabel *m_metricLabel;
    QComboBox *m_metricCombo;
    QLabel *m_methodLabel;
    QComboBox *m_methodCombo;
    QLabel *m_classesLabel;
    QSpinBox *m_classesSpin;
    QCheckBox *m_markersCheck;
    QCheckBox *m_qualifiedCheck;
    QCheckBox *m_circlesCheck;
    QLabel *m_provinceLabel;
    QComboBox *m_provinceCombo;
    QToolButton *m_backButton;
    QLabel *m_breadcrumb;
    QToolButton *m_fitButton;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    std::function<FigureNotes()> m_figureNotes;
    bool m_provincesListed = false;
};
