#pragma once

// How long a message stays in the status bar.
namespace StatusMessages {

// Results worth reading: saved, exported, restored, failures.
constexpr int TimeoutMs = 8000;
// Confirmations of a quick action (copied to the clipboard).
constexpr int ShortTimeoutMs = 5000;

} // namespace StatusMessages
