#pragma once

#include <QObject>

class QMimeData;
class QWidget;

// Lets a window open a park store dropped on it: watches the window's drag
// and drop events and reports the dropped file.
class StoreDrop : public QObject
{
    Q_OBJECT

public:
    // Accepts drops on target from now on.
    explicit StoreDrop(QWidget *target);

    // The park store a drag carries (one local .json file), or empty.
    static QString storePath(const QMimeData *mime);

signals:
    // Sent after the drop returns, so that questions about unsaved changes
    // do not run inside the drag-and-drop event loop of the source
    // application.
    void dropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
