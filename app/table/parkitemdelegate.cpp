#include "parkitemdelegate.h"

#include "editing/parkcommands.h"
#include "parktablemodel.h"
#include "provinces.h"
#include "translations.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMetaProperty>
#include <QStyle>

namespace {

// Items (text, stored value) for the columns edited from a list.
QList<QPair<QString, QVariant>> choices(int column)
{
    const QString unknown = ParkTableModel::unknownText();
    switch (column) {
    case ParkTableModel::ProvinceColumn: {
        QList<QPair<QString, QVariant>> list;
        for (const ProvinceInfo &p : Provinces::all())
            list.append({Provinces::displayName(p, Translations::isEnglish()), p.fullName});
        return list;
    }
    case ParkTableModel::LeadershipColumn:
        return {
            {unknown, QVariant()},
            {ParkTableModel::leadershipText(Leadership::Government), QStringLiteral("government")},
            {ParkTableModel::leadershipText(Leadership::Enterprise), QStringLiteral("enterprise")}};
    case ParkTableModel::CarrierTypeColumn:
        return {
            {unknown, QVariant()},
            {ParkTableModel::carrierTypeText(CarrierType::Park), QStringLiteral("park")},
            {ParkTableModel::carrierTypeText(CarrierType::Base), QStringLiteral("base")},
            {ParkTableModel::carrierTypeText(CarrierType::Incubator), QStringLiteral("incubator")}};
    case ParkTableModel::ConfidenceColumn:
        return {{unknown, QVariant()},
                {ParkTableModel::confidenceText(Confidence::StatedInReport),
                 QStringLiteral("stated-in-report")},
                {ParkTableModel::confidenceText(Confidence::Sourced), QStringLiteral("sourced")},
                {ParkTableModel::confidenceText(Confidence::Inferred), QStringLiteral("inferred")}};
    case ParkTableModel::NamedInReportColumn:
        return {{unknown, QVariant()},
                {QCoreApplication::translate("ParkTableModel", "Yes"), true},
                {QCoreApplication::translate("ParkTableModel", "No"), false}};
    default:
        break;
    }
    return {};
}

} // namespace

ParkItemDelegate::ParkItemDelegate(QUndoStack *stack, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_stack(stack)
{
    Q_ASSERT(stack);
}

void ParkItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if ((index.column() == ParkTableModel::IdColumn || index.column() == m_markedColumn) &&
        index.data(ParkTableModel::HasProblemsRole).toBool()) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->decorationSize = QSize(16, 16);
    }
}

QWidget *ParkItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const auto list = choices(index.column());
    if (list.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *box = new QComboBox(parent);
    for (const auto &[text, value] : list)
        box->addItem(text, value);
    return box;
}

void ParkItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const int found = box->findData(value);
        box->setCurrentIndex(found >= 0 ? found : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
    // Unknown is edited as an empty field, never as the dash.
    if (auto *line = qobject_cast<QLineEdit *>(editor); line && !index.data(Qt::EditRole).isValid())
        line->clear();
}

void ParkItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    QVariant value;
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        value = box->currentData();
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        value = line->text();
    } else {
        // Any other editor from the default factory: read its value the way
        // QStyledItemDelegate does, but never write the model directly.
        Q_UNUSED(model)
        const QMetaProperty property = editor->metaObject()->userProperty();
        if (!property.isValid())
            return;
        value = property.read(editor);
    }
    if (m_commit) {
        m_commit(index, value);
        return;
    }
    // The view's index, down through its proxies to the park table.
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    auto *parks = qobject_cast<ParkTableModel *>(const_cast<QAbstractItemModel *>(source.model()));
    Q_ASSERT_X(parks, "ParkItemDelegate", "the table must show a ParkTableModel");
    if (parks && source.isValid())
        pushCellEdit(m_stack, parks, source.row(), source.column(), value);
}
