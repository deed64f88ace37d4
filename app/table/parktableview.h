#pragma once

#include <QTableView>

// The park table: sortable, row-selecting, with widths that fit the data.
class ParkTableView : public QTableView
{
    Q_OBJECT

public:
    explicit ParkTableView(QWidget *parent = nullptr);

    // Source-model rows of the selected rows, in view order.
    QList<int> selectedSourceRows() const;
};
