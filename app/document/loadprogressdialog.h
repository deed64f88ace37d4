#pragma once

#include <QProgressDialog>

class DocumentSession;

// Shown while the session loads a large store in the background: which
// file, how far, and Cancel (the open document then stays). Window-modal,
// so the window keeps painting and can be moved or resized, but nothing in
// it can change the document the load is about to replace.
class LoadProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    LoadProgressDialog(DocumentSession *session, QWidget *parent);

private:
    void start(const QString &path);
};
