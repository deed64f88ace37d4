#pragma once

#include <QList>
#include <QString>

// The 34 provincial-level divisions of China with their GB/T 2260 codes.
// Park records name their province by its full Chinese name (浙江省); the
// other spellings are accepted on look-up so that hand-edited files and
// command-line arguments can use what is natural to the writer.
struct ProvinceInfo
{
    int code = 0;          // GB/T 2260, e.g. 330000
    QString fullName;      // 浙江省
    QString shortName;     // 浙江
    QString englishName;   // Zhejiang
    QString englishAbbrev; // ZJ; used for compact labels
};

namespace Provinces {

const QList<ProvinceInfo> &all();

// Finds a province by full or short Chinese name, English name (any case) or
// GB/T 2260 code written as digits. Returns nullptr if nothing matches.
const ProvinceInfo *find(const QString &nameOrCode);
const ProvinceInfo *byCode(int code);

// The name to show in the given language: the full Chinese name or the
// English name.
QString displayName(const ProvinceInfo &province, bool english);
QString displayName(const QString &fullName, bool english);

} // namespace Provinces
