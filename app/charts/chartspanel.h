#pragma once

#include "figurenotes.h"

#include <functional>

#include "charts/parkchartfactory.h"
#include "export/imageexporter.h"
#include "parksnapshot.h"

#include <QWidget>

class ParkFilterProxy;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class DeferredRefresh;
class QToolButton;

// The Charts tab: a choice of chart above a chart of the records the
// filter lets through. It follows the proxy (rebuilding once per burst of
// changes), and a click on a bar narrows the filter to that province, city
// or year, or names the park, for the window to select its row.
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(ParkFilterProxy *proxy, QWidget *parent = nullptr);
    ~ChartsPanel() override;

    ChartKind kind() const { return m_kind; }
    void setKind(ChartKind kind);
    int topN() const { return m_topN; }
    void setTopN(int n);
    // A logarithmic value axis for the top-N charts that can have one.
    bool logScale() const { return m_logScale; }
    void setLogScale(bool on);

    // The chart on screen; replaced at every rebuild, owned by the view.
    // The chart on show; if changes came while the panel was hidden, it is
    // rebuilt first.
    QChart *chart();
    // Rebuilds now if the records or options changed since the last build.
    void flushPendingRebuild();
    // What the chart on screen stands for, built with it.
    // What the chart on show says, brought up to date first like chart().
    const ChartInfo &chartInfo();
    QChartView *chartView() const { return m_view; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QSpinBox *topNSpinBox() const { return m_topNSpin; }
    QCheckBox *logScaleCheckBox() const { return m_logCheck; }

    // Opens the export dialog (window-modal, without blocking) and writes
    // the chart with the chosen settings, reporting failures in a message box.
    void exportWithDialog();
    // The coverage and source lines offered under exported figures and
    // copies (the window knows the document); none until set.
    void setFigureNotes(std::function<FigureNotes()> notes) { m_figureNotes = std::move(notes); }
    FigureNotes figureNotes() const { return m_figureNotes ? m_figureNotes() : FigureNotes(); }
    // The document's report figures (DocumentSession::reportFigures()), read
    // at every rebuild; those the filter covers are drawn on the charts.
    void setReportFigures(std::function<QList<ReportFigure>()> figures)
    {
        m_reportFigures = std::move(figures);
        rebuild();
    }
    // Exports the records shown now as the current kind of chart, laid out
    // afresh at the settings' size and in the given theme.
    ExportResult exportTo(const QString &path, const ImageExportSettings &settings, bool dark);
    // A PNG of the chart as seen, at twice the screen resolution.
    void copyToClipboard();

    void retranslate();

    static constexpr int MinimumTopN = 3;
    static constexpr int MaximumTopN = 50;

signals:
    // The user clicked the bar of one park in a top-N chart.
    void parkActivated(const QString &id);
    // A file was written by exportWithDialog().
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    // The records the chart of KIND is made of: those shown, in the table's
    // order where a ranking keeps it for ties, else in the file's order
    // (counting them so is quicker).
    ParkSnapshot recordsFor(ChartKind kind) const;
    ChartOptions options(bool dark) const;
    bool darkPalette() const;
    void connectClicks(QChart *chart);
    void activateCategory(int index);
    void fillKindCombo();
    void updateTopNVisibility();

    ParkFilterProxy *m_proxy;
    ChartKind m_kind = ChartKind::ByProvince;
    int m_topN = 10;
    QLabel *m_kindLabel;
    QComboBox *m_kindCombo;
    QLabel *m_topNLabel;
    QSpinBox *m_topNSpin;
    QCheckBox *m_logCheck;
    bool m_logScale = false;
    QToolButton *m_copyButton;
    QToolButton *m_exportButton;
    QChartView *m_view;
    ChartInfo m_info;
    // Rebuilt once per burst of changes, and while hidden only when shown
    // or asked, not for every keystroke nobody sees.
    DeferredRefresh *m_refresh;
    std::function<FigureNotes()> m_figureNotes;
    std::function<QList<ReportFigure>()> m_reportFigures;
};
