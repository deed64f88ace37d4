#pragma once

#include "parkstore.h"

#include <QtGlobal>

// Synthetic park stores for benchmarks and stress tests: the same seed and
// count always give the same records, byte for byte, so that figures from
// different runs and machines compare like with like.
//
// The records are shaped like real research data rather than uniform noise,
// because the costs being measured depend on that shape: every province
// occurs but a few dominate, cities repeat within their province, founding
// dates cluster around 2018 to 2020 with mixed precision, about a third of
// the numbers are unknown, names run long in both languages and every
// record cites several sources. All records pass validation.
namespace SyntheticStore {

ParkDocument generate(int count, quint64 seed);

} // namespace SyntheticStore
