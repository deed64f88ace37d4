#pragma once

#include <QWidget>

class DocumentSession;
class ParkFilterProxy;
class QCheckBox;
class QPushButton;
class QTextBrowser;
class DeferredRefresh;

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

private:
    QString buildHtml() const;

    DocumentSession *m_session;
    ParkFilterProxy *m_proxy;
    QTextBrowser *m_browser;
    QPushButton *m_copy;
    QCheckBox *m_includeQualified;
    // Made once per burst of changes; while hidden (a tab behind Details,
    // say) only when shown or read, not for every keystroke nobody reads.
    DeferredRefresh *m_refresh;
};
