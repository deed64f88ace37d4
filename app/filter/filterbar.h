#pragma once

#include "parkfilter.h"

#include <QWidget>

class CheckListButton;
class ParkFilterProxy;
class QCheckBox;
class QComboBox;
class FlowLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

// The row of filter controls above the table, and below it a line that
// reads the active filter back ("Province: 浙江省 · Government-led") with a
// button to clear each part and one to clear all. It edits the proxy's
// filter and follows it when something else (the province tree, a chart)
// changes it.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(ParkFilterProxy *proxy, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    CheckListButton *provinceButton() const { return m_provinces; }
    CheckListButton *cityButton() const { return m_cities; }
    QComboBox *leadershipCombo() const { return m_leadership; }
    QWidget *activeFilterLine() const { return m_activeLine; }

    void focusSearch();
    // The last control in tab order, to chain the window's tab order to.
    QWidget *lastControl() const;
    void retranslate();

    // How long typing waits before filtering.
    static constexpr int SearchDelayMs = 200;

    QSpinBox *yearFromBox() const { return m_yearFrom; }
    QSpinBox *yearToBox() const { return m_yearTo; }

signals:
    // Something the user should know about what the filter did with their
    // input (a reversed year range swapped), for the status bar.
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMoreMenu(QToolButton *button);
    void showFilter(const ParkFilter &filter);
    void refreshChoices();
    void applyFromWidgets();
    void rebuildActiveLine(const ParkFilter &filter);

    ParkFilterProxy *m_proxy;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    CheckListButton *m_provinces;
    CheckListButton *m_cities;
    QComboBox *m_leadership;
    QComboBox *m_type;
    QLabel *m_foundedLabel;
    QSpinBox *m_yearFrom;
    QSpinBox *m_yearTo;
    QCheckBox *m_unknownYear;
    QToolButton *m_more;
    // One row per field the registry offers for range filtering.
    struct RangeRow
    {
        ParkField field;
        QLabel *label;
        QLineEdit *min;
        QLineEdit *max;
        QCheckBox *unknown;
    };
    QList<RangeRow> m_ranges;
    QCheckBox *m_onlyProblems;
    QComboBox *m_missingField;
    QWidget *m_activeLine;
    FlowLayout *m_chips;
    QTimer *m_choicesRefresh;
    // The provinces whose cities the city list shows.
    QSet<QString> m_choicesProvinces;
    bool m_syncing = false;
};
