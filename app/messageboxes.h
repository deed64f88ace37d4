#pragma once

#include "documentcontroller.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

// The window's questions and reports as message boxes.
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxes)

public:
    // Asks the document controller's questions in modal boxes over parent.
    static DocumentPrompts documentPrompts(QWidget *parent);
    // A window-modal, non-blocking warning: the window stays usable behind
    // it, and nothing waits on a nested event loop. The first few details
    // are shown at once, all of them under Show Details.
    static void showProblem(QWidget *parent, const QString &title, const QString &text,
                            const QStringList &details = {});
    static constexpr int MaxDetailsShown = 5;
};
