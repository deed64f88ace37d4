#include "provinces.h"

#include <QHash>

namespace Provinces {

namespace {

QList<ProvinceInfo> makeProvinces()
{
    struct Row
    {
        int code;
        const char *full;
        const char *shortName;
        const char *english;
        const char *abbrev;
    };
    static const Row rows[] = {
        {110000, "北京市", "北京", "Beijing", "BJ"},
        {120000, "天津市", "天津", "Tianjin", "TJ"},
        {130000, "河北省", "河北", "Hebei", "HE"},
        {140000, "山西省", "山西", "Shanxi", "SX"},
        {150000, "内蒙古自治区", "内蒙古", "Inner Mongolia", "NM"},
        {210000, "辽宁省", "辽宁", "Liaoning", "LN"},
        {220000, "吉林省", "吉林", "Jilin", "JL"},
        {230000, "黑龙江省", "黑龙江", "Heilongjiang", "HL"},
        {310000, "上海市", "上海", "Shanghai", "SH"},
        {320000, "江苏省", "江苏", "Jiangsu", "JS"},
        {330000, "浙江省", "浙江", "Zhejiang", "ZJ"},
        {340000, "安徽省", "安徽", "Anhui", "AH"},
        {350000, "福建省", "福建", "Fujian", "FJ"},
        {360000, "江西省", "江西", "Jiangxi", "JX"},
        {370000, "山东省", "山东", "Shandong", "SD"},
        {410000, "河南省", "河南", "Henan", "HA"},
        {420000, "湖北省", "湖北", "Hubei", "HB"},
        {430000, "湖南省", "湖南", "Hunan", "HN"},
        {440000, "广东省", "广东", "Guangdong", "GD"},
        {450000, "广西壮族自治区", "广西", "Guangxi", "GX"},
        {460000, "海南省", "海南", "Hainan", "HI"},
        {500000, "重庆市", "重庆", "Chongqing", "CQ"},
        {510000, "四川省", "四川", "Sichuan", "SC"},
        {520000, "贵州省", "贵州", "Guizhou", "GZ"},
        {530000, "云南省", "云南", "Yunnan", "YN"},
        {540000, "西藏自治区", "西藏", "Tibet", "XZ"},
        {610000, "陕西省", "陕西", "Shaanxi", "SN"},
        {620000, "甘肃省", "甘肃", "Gansu", "GS"},
        {630000, "青海省", "青海", "Qinghai", "QH"},
        {640000, "宁夏回族自治区", "宁夏", "Ningxia", "NX"},
        {650000, "新疆维吾尔自治区", "新疆", "Xinjiang", "XJ"},
        {710000, "台湾省", "台湾", "Taiwan", "TW"},
        {810000, "香港特别行政区", "香港", "Hong Kong", "HK"},
        {820000, "澳门特别行政区", "澳门", "Macao", "MO"},
    };
    QList<ProvinceInfo> list;
    list.reserve(int(std::size(rows)));
    for (const Row &r : rows) {
        list.append({r.code, QString::fromUtf8(r.full), QString::fromUtf8(r.shortName),
                     QString::fromUtf8(r.english), QString::fromUtf8(r.abbrev)});
    }
    return list;
}

// Every accepted spelling, folded to lower case, mapped to its index in all().
QHash<QString, int> makeIndex()
{
    QHash<QString, int> index;
    const QList<ProvinceInfo> &list = all();
    for (int i = 0; i < list.size(); ++i) {
        const ProvinceInfo &p = list.at(i);
        index.insert(p.fullName, i);
        index.insert(p.shortName, i);
        index.insert(p.englishName.toLower(), i);
        index.insert(QString::number(p.code), i);
    }
    // Common alternative English spellings.
    index.insert(QStringLiteral("macau"), index.value(QStringLiteral("macao")));
    index.insert(QStringLiteral("xizang"), index.value(QStringLiteral("tibet")));
    index.insert(QStringLiteral("nei mongol"), index.value(QStringLiteral("inner mongolia")));
    return index;
}

} // namespace

const QList<ProvinceInfo> &all()
{
    static const QList<ProvinceInfo> provinces = makeProvinces();
    return provinces;
}

const ProvinceInfo *find(const QString &nameOrCode)
{
    static const QHash<QString, int> index = makeIndex();
    // Records spell the full name exactly; that look-up needs no copy.
    if (const auto exact = index.constFind(nameOrCode); exact != index.constEnd())
        return &all().at(*exact);
    const auto it = index.constFind(nameOrCode.trimmed().toLower());
    return it == index.constEnd() ? nullptr : &all().at(*it);
}

const ProvinceInfo *byCode(int code)
{
    for (const ProvinceInfo &p : all()) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

QString displayName(const ProvinceInfo &province, bool english)
{
    return english ? province.englishName : province.fullName;
}

QString displayName(const QString &fullName, bool english)
{
    const ProvinceInfo *p = find(fullName);
    return p ? displayName(*p, english) : fullName;
}

} // namespace Provinces
