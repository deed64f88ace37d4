#include "unreadablestoredialog.h"

#include "documentsession.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace {

std::function<void(const QString &)> &folderOpener()
{
    static std::function<void(const QString &)> opener = [](const QString &folder) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    };
    return opener;
}

QLabel *plainLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void UnreadableStoreDialog::setFolderOpener(std::function<void(const QString &)> opener)
{
    folderOpener() = std::move(opener);
}

UnreadableStoreDialog::UnreadableStoreDialog(const UnreadableStore &store, bool atStartup,
                                             QWidget *parent)
    : QDialog(parent)
    , m_choice(atStartup ? UnreadableStoreChoice::StartFromEmbedded
                         : UnreadableStoreChoice::KeepCurrent)
{
    setWindowTitle(tr("Cannot read the park store"));
    // Wide enough for a path and its reason on one line each, as a rule.
    setMinimumWidth(36 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(
        tr("%1 could not be read, so it was not opened. It has not been changed, and Park "
           "Explorer will not write to it, rename it or replace it.")
            .arg(native(store.path))));
    auto *reasons = new QPlainTextEdit(store.reasons.join(QLatin1Char('\n')));
    reasons->setReadOnly(true);
    reasons->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    reasons->setObjectName(QStringLiteral("reasons"));
    layout->addWidget(reasons);

    auto *backup = new QGroupBox(tr("Backup"));
    auto *backupLayout = new QVBoxLayout(backup);
    if (store.backupPath.isEmpty()) {
        backupLayout->addWidget(plainLabel(
            tr("There is no backup (%1).").arg(native(store.path + QStringLiteral(".bak")))));
    } else if (!store.backupReadable) {
        backupLayout->addWidget(plainLabel(
            tr("The backup %1 cannot be read either: %2")
                .arg(native(store.backupPath), store.backupReasons.join(QLatin1Char('\n')))));
    } else {
        backupLayout->addWidget(plainLabel(
            tr("The backup %1, saved %2, holds %n park(s):", "", int(store.backupParkNames.size()))
                .arg(native(store.backupPath),
                     store.backupModified.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
        auto *names = new QListWidget;
        names->setObjectName(QStringLiteral("backupParks"));
        names->addItems(store.backupParkNames);
        names->setMaximumHeight(fontMetrics().lineSpacing() * 8);
        backupLayout->addWidget(names);
        backupLayout->addWidget(
            plainLabel(tr("Restoring copies the backup to %1 and opens that copy.")
                           .arg(native(store.restoreTarget))));
    }
    layout->addWidget(backup);
    if (atStartup) {
        layout->addWidget(
            plainLabel(tr("Starting from the embedded dataset instead saves your work to %1.")
                           .arg(native(DocumentSession::embeddedSaveTarget()))));
    }

    auto *buttons = new QDialogButtonBox;
    m_openFolder = buttons->addButton(tr("Open Folder"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("Restore Backup"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(store.backupReadable);
    m_other =
        buttons->addButton(atStartup ? tr("Start from Embedded Dataset") : tr("Cancel"),
                           atStartup ? QDialogButtonBox::AcceptRole : QDialogButtonBox::RejectRole);
    // Enter keeps to what the app did before the question: nothing is
    // copied or opened unless the user picks it.
    m_openFolder->setAutoDefault(false);
    m_restore->setAutoDefault(false);
    m_other->setDefault(true);
    m_other->setFocus();
    layout->addWidget(buttons);

    const QString folder = QFileInfo(store.path).absolutePath();
    connect(m_openFolder, &QPushButton::clicked, this, [folder] { folderOpener()(folder); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        m_choice = UnreadableStoreChoice::RestoreBackup;
        accept();
    });
    connect(m_other, &QPushButton::clicked, this, [this] { done(QDialog::Rejected); });
}

UnreadableStoreChoice UnreadableStoreDialog::ask(const UnreadableStore &store, bool atStartup,
                                                 QWidget *parent)
{
    UnreadableStoreDialog dialog(store, atStartup, parent);
    dialog.exec();
    return dialog.choice();
}
