#include "nonparkentrydialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

QString indentedJson(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return NonParkEntryDialog::tr("a piece of text");
    case QJsonValue::Double:
        return NonParkEntryDialog::tr("a number");
    case QJsonValue::Bool:
        return NonParkEntryDialog::tr("a yes/no value");
    case QJsonValue::Array:
        return NonParkEntryDialog::tr("a list");
    case QJsonValue::Null:
        return NonParkEntryDialog::tr("an empty value (null)");
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return NonParkEntryDialog::tr("something else");
}

} // namespace

NonParkEntryDialog::NonParkEntryDialog(const QJsonValue &entry, int number, bool editable,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Entry #%1 Is Not a Park").arg(number));

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    auto *text = new QLabel(
        tr("Entry #%1 in the file is not a park record: a park is a set of named fields "
           "(a JSON object), but this entry is %2. It cannot be edited as a park. It is kept in "
           "the file as it is until you delete it or replace it with a new park.")
            .arg(number)
            .arg(kindOf(entry)),
        this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);

    auto *caption = new QLabel(tr("The entry as the file has it:"), this);
    caption->setTextFormat(Qt::PlainText);
    m_json = new QPlainTextEdit(this);
    m_json->setReadOnly(true);
    m_json->setPlainText(indentedJson(entry));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setAccessibleName(tr("Entry as JSON"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_delete = buttons->addButton(tr("Delete Entry"), QDialogButtonBox::DestructiveRole);
    m_delete->setToolTip(tr("Remove the entry from the parks (you can undo this)"));
    m_replace = buttons->addButton(tr("Replace with a New Park…"), QDialogButtonBox::ActionRole);
    m_replace->setToolTip(tr("Fill in a new park that takes the entry's place"));
    m_delete->setVisible(editable);
    m_replace->setVisible(editable);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, [this] { done(DeleteEntry); });
    connect(m_replace, &QPushButton::clicked, this, [this] { done(ReplaceEntry); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(caption);
    layout->addWidget(m_json, 1);
    layout->addWidget(buttons);
    resize(480, 320);
}
