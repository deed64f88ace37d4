#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <atomic>

// A 128-bit fingerprint of a file's bytes, to notice that another program
// changed a file since it was read or written. It is not cryptographic: it
// guards against accidents, not forgery, and it is never stored. It is the
// same in every process and on every run (Qt's qHashBits is seeded per
// process), and it hashes at several GB/s: BLAKE2b took a whole core for
// 200 ms while a 100,000-park store was read, the core the reading itself
// now uses.
namespace ContentHash {

// Sixteen bytes; equal bytes give equal fingerprints. HASHED, when given,
// follows how many bytes have been hashed (a megabyte at a time), for a
// reader that gives back the pages behind it.
QByteArray of(QByteArrayView bytes, std::atomic<qsizetype> *hashed = nullptr);

} // namespace ContentHash
