#pragma once

#include <QString>

// Text from a store on its way out: to a terminal, an SVG, PDF or CSV file,
// or a chart label. Control characters (C0, DEL, C1), noncharacters (U+FFFE,
// U+FFFF, U+FDD0-U+FDEF) and unpaired surrogates are never passed on raw:
// they can forge lines on a terminal, drive its escape sequences, or make an
// SVG file invalid XML.
namespace SafeText {

// True when TEXT holds a character that escapedForTerminal() or
// withoutControls() would change, apart from the controls in KEEP.
bool hasUnsafeCharacters(const QString &text, const QString &keep = QString());

// TEXT on one terminal line: \n, \r, \t as such, others as \xHH or \uHHHH
// (ESC as \x1b). Everything else is unchanged.
QString escapedForTerminal(const QString &text);

// TEXT with each unsafe character replaced by U+FFFD; KEEP lists the
// controls to leave alone (CSV keeps line breaks and tabs inside quotes).
QString withoutControls(const QString &text, const QString &keep = QString());

// The most characters a chart or map label shows; longer labels end in "…".
// Qt Charts' elision is quadratic in the label length, so labels are cut
// before they reach it.
constexpr int MaxLabelLength = 200;

// TEXT cut to at most MAXCHARS characters (code points), the last one "…"
// when it was cut; a surrogate pair is never split.
QString elided(const QString &text, int maxChars = MaxLabelLength);

// A label for a chart or map: without controls and elided.
QString label(const QString &text, int maxChars = MaxLabelLength);

} // namespace SafeText
