#include "storedrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QWidget>

StoreDrop::StoreDrop(QWidget *target)
    : QObject(target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

QString StoreDrop::storePath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return QString();
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() ||
        !url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return QString();
    return url.toLocalFile();
}

bool StoreDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!storePath(enter->mimeData()).isEmpty())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString path = storePath(drop->mimeData());
        if (!path.isEmpty()) {
            drop->acceptProposedAction();
            QTimer::singleShot(0, this, [this, path] { emit dropped(path); });
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}
