#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// The small print an exported chart or map carries under it: what it covers
// ("12 parks shown · the dataset holds 28 of the 44 parks the report
// counts") and where its data come from. A figure cut out of a report keeps
// both, so that a partial dataset never passes for the whole census.
struct FigureNotes
{
    Q_DECLARE_TR_FUNCTIONS(FigureNotes)

public:
    QString coverage;
    QString source;

    bool isEmpty() const { return coverage.isEmpty() && source.isEmpty(); }
    bool operator==(const FigureNotes &o) const
    {
        return coverage == o.coverage && source == o.source;
    }

    // What the standard notes are made from.
    struct Data
    {
        int shown = 0;     // parks the figure draws (after the filter)
        int inDataset = 0; // parks in the open store
        // The report's count of all parks, if the store states it.
        std::optional<double> reportTotal;
        // The filter in words (FilterDescription::summary); empty: none.
        QString filter;
        // The store's "about" block: the report's publisher and title, and
        // when the dataset was compiled.
        QJsonObject about;
        // A map also credits the province outlines.
        bool map = false;
    };
    // The coverage and source lines in the UI language.
    static FigureNotes standard(const Data &data);
};
