#include "charttooltips.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QToolTip>
#include <QVariant>

namespace ChartToolTips {

namespace {

void show(const QString &plainText)
{
    if (plainText.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), Qt::convertFromPlainText(plainText, Qt::WhiteSpaceNormal));
}

} // namespace

void setTexts(QObject *item, const QStringList &texts)
{
    item->setProperty(Property, texts);
}

QString text(const QObject *item, int index)
{
    const QStringList texts = item->property(Property).toStringList();
    return index >= 0 && index < texts.size() ? texts.at(index) : QString();
}

void attach(QChart *chart)
{
    const QList<QAbstractSeries *> seriesList = chart->series();
    for (QAbstractSeries *series : seriesList) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets) {
                QObject::connect(set, &QBarSet::hovered, chart, [set](bool status, int index) {
                    if (status)
                        show(text(set, index));
                    else
                        QToolTip::hideText();
                });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QObject::connect(line, &QLineSeries::hovered, chart,
                             [line](const QPointF &point, bool state) {
                                 if (state)
                                     show(text(line, qRound(point.x())));
                                 else
                                     QToolTip::hideText();
                             });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (QPieSlice *slice : slices) {
                QObject::connect(slice, &QPieSlice::hovered, chart, [slice](bool state) {
                    slice->setExploded(state);
                    if (state)
                        show(text(slice, 0));
                    else
                        QToolTip::hideText();
                });
            }
        }
    }
}

} // namespace ChartToolTips
