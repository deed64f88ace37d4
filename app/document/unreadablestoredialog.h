#pragma once

#include "unreadablestore.h"

#include <QDialog>

#include <functional>

class QPushButton;

// Says why a park store could not be read, that it was left as it is, and
// offers what can be done: open its folder, restore its backup under a new
// name (after showing what the backup holds), or start from the embedded
// dataset (at start) or keep the open document.
class UnreadableStoreDialog : public QDialog
{
    Q_OBJECT

public:
    UnreadableStoreDialog(const UnreadableStore &store, bool atStartup, QWidget *parent = nullptr);

    UnreadableStoreChoice choice() const { return m_choice; }

    QPushButton *openFolderButton() const { return m_openFolder; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *otherButton() const { return m_other; }

    // How the folder is shown; the file manager unless replaced (tests).
    static void setFolderOpener(std::function<void(const QString &folder)> opener);

    // Asks over PARENT; the answer for DocumentPrompts::unreadableStore.
    static UnreadableStoreChoice ask(const UnreadableStore &store, bool atStartup, QWidget *parent);

private:
    UnreadableStoreChoice m_choice;
    QPushButton *m_openFolder = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_other = nullptr;
};
