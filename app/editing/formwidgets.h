#pragma once

#include <QLabel>
#include <QPainter>
#include <QSpinBox>

#include <algorithm>

// Small widgets of the park form.

// A spin box for a part of a date: the arrows stay within the plausible
// range, while typing may go beyond it, so that a typed month 13 is kept
// and reported rather than silently refused.
class DatePartBox : public QSpinBox
{
public:
    DatePartBox(int plausibleMin, int plausibleMax, int typedMax, QWidget *parent)
        : QSpinBox(parent)
        , m_min(plausibleMin)
        , m_max(plausibleMax)
    {
        setRange(0, typedMax);
        setValue(plausibleMin);
    }
    void stepBy(int steps) override { setValue(std::clamp(value() + steps, m_min, m_max)); }

protected:
    StepEnabled stepEnabled() const override
    {
        StepEnabled enabled = StepNone;
        if (isReadOnly() || !isEnabled())
            return enabled;
        if (value() < m_max)
            enabled |= StepUpEnabled;
        if (value() > m_min)
            enabled |= StepDownEnabled;
        return enabled;
    }

private:
    int m_min;
    int m_max;
};

// One line, always there, for the problems of a field: a problem that
// appears or goes moves nothing in the form. A text longer than the line is
// cut short with "…"; the whole of it is in the tooltip and in the summary.
class ProblemLabel : public QLabel
{
public:
    ProblemLabel(const QColor &color, QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        QPalette p = palette();
        p.setColor(QPalette::WindowText, color);
        setPalette(p);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        setFixedHeight(fontMetrics().lineSpacing() + 2);
    }
    void setProblem(const QString &text)
    {
        setText(text);
        setToolTip(text);
        update();
    }
    QSize sizeHint() const override { return {0, height()}; }
    QSize minimumSizeHint() const override { return {0, height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        const QString line = text().replace(QLatin1Char('\n'), QStringLiteral("; "));
        const QRect r = contentsRect();
        painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(line, Qt::ElideRight, r.width()));
    }
};
