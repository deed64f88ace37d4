#pragma once

#include "documentcontroller.h"
#include "stablecsv.h"

#include <QCoreApplication>
#include <QStringList>

class DocumentSession;
class QUndoStack;

// File > Import CSV: reads a CSV in the stable form (every field under its
// JSON key, as File > Export Table as CSV writes it with "all fields"),
// reports what it would do (parks added, updated by id, refused with
// reasons), asks, and applies it as one step on the undo stack. Only the
// cells that differ from the parks change; fields the file lacks, and
// fields the app does not know, are kept.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    struct Outcome
    {
        bool applied = false;
        // For the status bar when something was applied or nothing was to do.
        QString message;
        // Set when the file was refused as a whole: nothing changed.
        QString errorText;
        QStringList errorDetails;
    };

    // Reads PATH, plans against the session's parks, asks CONFIRM (unset:
    // nothing is imported) and pushes the changes onto STACK.
    static Outcome run(const QString &path, DocumentSession *session, QUndoStack *stack,
                       const DocumentPrompts &prompts);

    // "parks.csv: 2 parks updated, 1 added, 25 unchanged, 1 row refused."
    static QString summary(const StableCsv::Plan &plan, const QString &fileName);
    // One line per change and per refusal, for the report's details.
    static QStringList details(const StableCsv::Plan &plan, const QList<ParkRecord> &existing);

    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileSize = qint64(256) * 1024 * 1024;
};
