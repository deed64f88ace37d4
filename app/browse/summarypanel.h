#pragma once

#include <QWidget>

class DocumentSession;
class ParkFilterProxy;
class QCheckBox;
class QPushButton;
class QTextBrowser;
class QTimer;

// The headline figures of what the table shows, recomputed as filters and
// records change. With no filter it sets the dataset's figures beside the
// figures the report states, so that nobody takes 28 parks for the 44.
class SummaryPanel : public QWidget
{
    Q_OBJECT

public:
    SummaryPanel(DocumentSession *session, ParkFilterProxy *proxy, QWidget *parent = nullptr);

    // The summary as text; if changes came while the panel was hidden, it
    // is made again first.
    QString plainText();
    QTextBrowser *browser() const { return m_browser; }
    // Whether qualified values ("more than 100", a host zone's area, an
    // investment plan) count in the largest figures; off by default.
    QCheckBox *includeQualifiedBox() const { return m_includeQualified; }
    void copyToClipboard();
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QString buildHtml() const;

    DocumentSession *m_session;
    ParkFilterProxy *m_proxy;
    QTextBrowser *m_browser;
    QPushButton *m_copy;
    QCheckBox *m_includeQualified;
    QTimer *m_refresh;
    // Changes came while the panel was hidden (a tab behind Details, say):
    // it is made again when shown, not for every keystroke nobody reads.
    bool m_stale = false;
};
