#pragma once

#include "appsettings.h"

#include <QPalette>

// The application's look: the system style, or Fusion with a light or dark
// palette. Charts and the map follow the palette (QEvent::PaletteChange).
namespace AppTheme {

void apply(AppSettings::Theme theme);
QPalette darkPalette();

} // namespace AppTheme
