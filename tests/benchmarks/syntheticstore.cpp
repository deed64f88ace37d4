#include "syntheticstore.h"

#include "provinces.h"

#include <QJsonObject>

#include <cmath>

namespace SyntheticStore {

namespace {

// SplitMix64 with hand-written distributions: std::*_distribution differ
// between standard libraries, which would make "the same seed" give other
// stores on other toolchains.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int below(int n) { return int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log stays finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * 3.14159265358979323846 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    template <typename T, int N> const T &pick(const T (&items)[N]) { return items[below(N)]; }
    // An index drawn in proportion to the weights.
    int weighted(const double *weights, int n)
    {
        double total = 0;
        for (int i = 0; i < n; ++i)
            total += weights[i];
        double x = uniform() * total;
        for (int i = 0; i < n; ++i) {
            x -= weights[i];
            if (x < 0)
                return i;
        }
        return n - 1;
    }
    template <int N> int weighted(const double (&weights)[N]) { return weighted(weights, N); }

private:
    quint64 m_state;
};

struct City
{
    const char *zh;
    const char *en;
};

// Weights follow the rough shape of the 2020 census: the coastal provinces
// and the big municipalities hold most parks, the west very few.
struct ProvinceRow
{
    int code;
    double weight;
    double lat;
    double lon;
    City cities[8];
};

// Municipalities and the special regions have themselves as their only city.
const ProvinceRow provinceRows[] = {
    {110000, 9, 39.90, 116.40, {{"北京市", "Beijing"}}},
    {120000, 3, 39.13, 117.20, {{"天津市", "Tianjin"}}},
    {130000,
     3,
     38.04,
     114.51,
     {{"石家庄市", "Shijiazhuang"},
      {"保定市", "Baoding"},
      {"唐山市", "Tangshan"},
      {"廊坊市", "Langfang"},
      {"邯郸市", "Handan"},
      {"秦皇岛市", "Qinhuangdao"}}},
    {140000,
     1,
     37.87,
     112.55,
     {{"太原市", "Taiyuan"}, {"大同市", "Datong"}, {"晋中市", "Jinzhong"}, {"长治市", "Changzhi"}}},
    {150000,
     1,
     40.84,
     111.75,
     {{"呼和浩特市", "Hohhot"},
      {"包头市", "Baotou"},
      {"鄂尔多斯市", "Ordos"},
      {"乌兰察布市", "Ulanqab"}}},
    {210000,
     2,
     41.80,
     123.43,
     {{"沈阳市", "Shenyang"}, {"大连市", "Dalian"}, {"鞍山市", "Anshan"}, {"锦州市", "Jinzhou"}}},
    {220000,
     1,
     43.88,
     125.32,
     {{"长春市", "Changchun"}, {"吉林市", "Jilin"}, {"延边朝鲜族自治州", "Yanbian"}}},
    {230000,
     1,
     45.80,
     126.53,
     {{"哈尔滨市", "Harbin"}, {"大庆市", "Daqing"}, {"齐齐哈尔市", "Qiqihar"}}},
    {310000, 8, 31.23, 121.47, {{"上海市", "Shanghai"}}},
    {320000,
     8,
     32.06,
     118.80,
     {{"南京市", "Nanjing"},
      {"苏州市", "Suzhou"},
      {"无锡市", "Wuxi"},
      {"常州市", "Changzhou"},
      {"南通市", "Nantong"},
      {"徐州市", "Xuzhou"},
      {"扬州市", "Yangzhou"}}},
    {330000,
     10,
     30.27,
     120.15,
     {{"杭州市", "Hangzhou"},
      {"宁波市", "Ningbo"},
      {"温州市", "Wenzhou"},
      {"嘉兴市", "Jiaxing"},
      {"湖州市", "Huzhou"},
      {"绍兴市", "Shaoxing"},
      {"金华市", "Jinhua"},
      {"台州市", "Taizhou"}}},
    {340000,
     2,
     31.82,
     117.23,
     {{"合肥市", "Hefei"}, {"芜湖市", "Wuhu"}, {"蚌埠市", "Bengbu"}, {"马鞍山市", "Ma'anshan"}}},
    {350000,
     3,
     26.07,
     119.30,
     {{"福州市", "Fuzhou"},
      {"厦门市", "Xiamen"},
      {"泉州市", "Quanzhou"},
      {"漳州市", "Zhangzhou"},
      {"莆田市", "Putian"}}},
    {360000,
     2,
     28.68,
     115.86,
     {{"南昌市", "Nanchang"},
      {"赣州市", "Ganzhou"},
      {"上饶市", "Shangrao"},
      {"九江市", "Jiujiang"}}},
    {370000,
     6,
     36.65,
     117.12,
     {{"济南市", "Jinan"},
      {"青岛市", "Qingdao"},
      {"烟台市", "Yantai"},
      {"潍坊市", "Weifang"},
      {"临沂市", "Linyi"},
      {"淄博市", "Zibo"}}},
    {410000,
     3,
     34.75,
     113.62,
     {{"郑州市", "Zhengzhou"},
      {"洛阳市", "Luoyang"},
      {"许昌市", "Xuchang"},
      {"新乡市", "Xinxiang"}}},
    {420000,
     3,
     30.59,
     114.31,
     {{"武汉市", "Wuhan"}, {"宜昌市", "Yichang"}, {"襄阳市", "Xiangyang"}}},
    {430000,
     4,
     28.23,
     112.94,
     {{"长沙市", "Changsha"}, {"株洲市", "Zhuzhou"}, {"湘潭市", "Xiangtan"}, {"娄底市", "Loudi"}}},
    {440000,
     12,
     23.13,
     113.26,
     {{"广州市", "Guangzhou"},
      {"深圳市", "Shenzhen"},
      {"佛山市", "Foshan"},
      {"东莞市", "Dongguan"},
      {"珠海市", "Zhuhai"},
      {"惠州市", "Huizhou"},
      {"中山市", "Zhongshan"},
      {"汕头市", "Shantou"}}},
    {450000,
     2,
     22.82,
     108.32,
     {{"南宁市", "Nanning"}, {"柳州市", "Liuzhou"}, {"桂林市", "Guilin"}, {"北海市", "Beihai"}}},
    {460000, 3, 20.04, 110.20, {{"海口市", "Haikou"}, {"三亚市", "Sanya"}, {"儋州市", "Danzhou"}}},
    {500000, 4, 29.56, 106.55, {{"重庆市", "Chongqing"}}},
    {510000,
     5,
     30.57,
     104.07,
     {{"成都市", "Chengdu"},
      {"绵阳市", "Mianyang"},
      {"德阳市", "Deyang"},
      {"宜宾市", "Yibin"},
      {"泸州市", "Luzhou"}}},
    {520000, 4, 26.65, 106.63, {{"贵阳市", "Guiyang"}, {"遵义市", "Zunyi"}, {"安顺市", "Anshun"}}},
    {530000,
     1,
     25.04,
     102.71,
     {{"昆明市", "Kunming"}, {"曲靖市", "Qujing"}, {"玉溪市", "Yuxi"}, {"大理白族自治州", "Dali"}}},
    {540000, 0.3, 29.65, 91.14, {{"拉萨市", "Lhasa"}, {"日喀则市", "Shigatse"}}},
    {610000, 2, 34.34, 108.94, {{"西安市", "Xi'an"}, {"咸阳市", "Xianyang"}, {"宝鸡市", "Baoji"}}},
    {620000,
     1,
     36.06,
     103.83,
     {{"兰州市", "Lanzhou"}, {"天水市", "Tianshui"}, {"酒泉市", "Jiuquan"}}},
    {630000, 0.3, 36.62, 101.78, {{"西宁市", "Xining"}, {"海东市", "Haidong"}}},
    {640000, 0.5, 38.47, 106.27, {{"银川市", "Yinchuan"}, {"石嘴山市", "Shizuishan"}}},
    {650000,
     0.5,
     43.83,
     87.62,
     {{"乌鲁木齐市", "Ürümqi"}, {"克拉玛依市", "Karamay"}, {"喀什地区", "Kashgar"}}},
    {710000,
     0.2,
     25.03,
     121.56,
     {{"台北市", "Taipei"},
      {"新北市", "New Taipei"},
      {"台中市", "Taichung"},
      {"高雄市", "Kaohsiung"}}},
    {810000, 0.8, 22.32, 114.17, {{"香港", "Hong Kong"}}},
    {820000, 0.3, 22.20, 113.54, {{"澳门", "Macao"}}},
};

int cityCount(const ProvinceRow &row)
{
    int n = 0;
    while (n < 8 && row.cities[n].zh)
        ++n;
    return n;
}

const char *const districts[] = {"高新区", "经开区", "新区",   "滨江区", "城南区", "城北区",
                                 "东湖区", "西湖区", "中心区", "临港区", "湖滨区", "江北区"};

struct Word
{
    const char *zh;
    const char *en;
};

const Word brands[] = {
    {"西溪谷", "Xixigu"},
    {"星火", "Spark"},
    {"未来科技城", "Future Sci-Tech City"},
    {"智谷", "Smart Valley"},
    {"数字港", "Digital Port"},
    {"链谷", "Chain Valley"},
    {"云谷", "Cloud Valley"},
    {"创新港", "Innovation Harbour"},
    {"金融港", "Finance Harbour"},
    {"软件园", "Software Park"},
    {"互联网小镇", "Internet Town"},
    {"湾区", "Bay Area"},
    {"天府", "Tianfu"},
    {"中关村", "Zhongguancun"},
    {"前海", "Qianhai"},
    {"临港", "Lingang"},
    {"两江", "Liangjiang"},
};

const Word qualifiers[] = {
    {"国际", "International"},
    {"国家级", "National"},
    {"数字经济", "Digital Economy"},
    {"金融科技", "Fintech"},
    {"产业创新", "Industrial Innovation"},
    {"新一代信息技术", "Next-Generation IT"},
    {"可信", "Trusted"},
    {"跨境", "Cross-Border"},
};

const Word carriers[] = {
    {"产业园", "Industrial Park"},
    {"产业基地", "Industry Base"},
    {"创新中心", "Innovation Centre"},
    {"孵化器", "Incubator"},
    {"技术应用示范基地", "Technology Application Demonstration Base"},
    {"产业创新园", "Industrial Innovation Park"},
    {"众创空间", "Maker Space"},
    {"创新应用先导区", "Innovative Application Pilot Zone"},
};

const Word phases[] = {
    {"(一期)", " (Phase I)"}, {"(二期)", " (Phase II)"}, {"(三期)", " (Phase III)"}};

const char *const focusAreas[] = {"金融科技", "供应链金融", "政务数据", "数字身份",
                                  "司法存证", "跨境贸易",   "商品溯源", "能源交易",
                                  "医疗健康", "智慧城市",   "数字版权", "物联网"};

const char *const policies[] = {
    "入驻企业前三年租金全免,第四、五年减半",
    "对落户企业给予最高%1万元的一次性奖励",
    "设立%1亿元区块链产业引导基金",
    "人才公寓优先配租,高层次人才最高补贴%1万元",
    "研发投入按%1%比例给予补助",
};

const char *const operatorSuffixes[] = {"投资发展有限公司", "科技股份有限公司",
                                        "产业园运营管理有限公司", "数字科技有限公司",
                                        "城市建设投资集团有限公司"};

const char *const sourceHosts[] = {
    "www.gov.cn",    "www.people.com.cn",   "www.xinhuanet.com", "www.chinadaily.com.cn",
    "www.8btc.com",  "www.jinse.com",       "www.caixin.com",    "www.thepaper.cn",
    "www.yicai.com", "finance.sina.com.cn", "www.21jingji.com",  "www.cnstock.com",
};

const char *const notesPool[] = {
    "园区由原科技孵化器改造而成,区块链企业与其他信息技术企业共用楼宇。",
    "Figures are from the operator's own announcements and have not been checked against "
    "government statistics; the enterprise count includes firms that signed letters of intent.",
    "该园区在2020年报告中以别名出现,两处名称指同一载体。",
    "Area refers to the host development zone, not the blockchain park inside it, as the report "
    "itself does.",
    "成立日期取自揭牌仪式报道;部分资料给出的是签约日期。",
    "Relocated once; coordinates give the current site.",
};

QString pinyinPrefix(const QString &cityZh)
{
    // The short city name, as brands prefix it: 杭州市 -> 杭州.
    if (cityZh.endsWith(QStringLiteral("市")) && cityZh.size() > 2)
        return cityZh.chopped(1);
    return cityZh;
}

QString fromUtf8(const char *s)
{
    return QString::fromUtf8(s);
}

ParkRecord makeRecord(Random &rnd, int index)
{
    static const double yearWeights[] = {2, 4, 8, 14, 18, 16, 12, 9, 7, 5, 3}; // 2015..2025
    static const QList<double> provinceWeights = [] {
        QList<double> weights;
        for (const ProvinceRow &row : provinceRows)
            weights << row.weight;
        return weights;
    }();
    const ProvinceRow &prov =
        provinceRows[rnd.weighted(provinceWeights.constData(), int(provinceWeights.size()))];
    const ProvinceInfo *info = Provinces::byCode(prov.code);
    const City &city = prov.cities[rnd.below(cityCount(prov))];

    ParkRecord r;
    r.id = QStringLiteral("%1-%2")
               .arg(info->englishAbbrev.toLower())
               .arg(index, 6, 10, QLatin1Char('0'));
    r.province = info->fullName;
    r.provinceCode = rnd.chance(0.9) ? std::optional<int>(prov.code) : std::nullopt;
    r.city = rnd.chance(0.96) ? fromUtf8(city.zh) : QString();
    if (rnd.chance(0.65))
        r.district = fromUtf8(rnd.pick(districts));

    // Names: city, brand, qualifier, "blockchain", carrier kind, phase;
    // one in twenty is a double name ("A暨B") as merged parks carry.
    const Word &brand = rnd.pick(brands);
    const Word &carrier = rnd.pick(carriers);
    QString zh = pinyinPrefix(fromUtf8(city.zh)) + fromUtf8(brand.zh);
    QString en = fromUtf8(city.en) + QLatin1Char(' ') + fromUtf8(brand.en);
    if (rnd.chance(0.6)) {
        const Word &q = rnd.pick(qualifiers);
        zh += fromUtf8(q.zh);
        en += QLatin1Char(' ') + fromUtf8(q.en);
    }
    zh += QStringLiteral("区块链") + fromUtf8(carrier.zh);
    en += QStringLiteral(" Blockchain ") + fromUtf8(carrier.en);
    if (rnd.chance(0.2)) {
        const Word &phase = rnd.pick(phases);
        zh += fromUtf8(phase.zh);
        en += fromUtf8(phase.en);
    }
    if (rnd.chance(0.05)) {
        const Word &other = rnd.pick(carriers);
        zh += QStringLiteral("暨") + fromUtf8(rnd.pick(qualifiers).zh) + QStringLiteral("区块链") +
              fromUtf8(other.zh);
        en += QStringLiteral(" and Blockchain ") + fromUtf8(other.en);
    }
    r.nameZh = zh;
    if (rnd.chance(0.85))
        r.nameEn = en;

    if (rnd.chance(0.92)) {
        const int year = 2015 + rnd.weighted(yearWeights);
        const double precision = rnd.uniform();
        if (precision < 0.42) {
            const int month = 1 + rnd.below(12);
            r.established =
                FoundingDate(year, month, 1 + rnd.below(QDate(year, month, 1).daysInMonth()));
        } else if (precision < 0.75) {
            r.established = FoundingDate(year, 1 + rnd.below(12));
        } else {
            r.established = FoundingDate(year);
        }
    }

    const double lead = rnd.uniform();
    r.leadership = lead < 0.55  ? Leadership::Government
                   : lead < 0.9 ? Leadership::Enterprise
                                : Leadership::Unknown;
    static const double carrierWeights[] = {8, 50, 30, 12};
    r.carrierType = CarrierType(rnd.weighted(carrierWeights));

    if (rnd.chance(0.6)) {
        r.areaKm2 = std::round(std::min(rnd.logNormal(1.5, 1.3), 4000.0) * 100.0) / 100.0;
        if (*r.areaKm2 <= 0)
            r.areaKm2 = 0.01;
        if (rnd.chance(0.3))
            r.areaNote = QStringLiteral("规划面积约%1亩").arg(std::round(*r.areaKm2 * 1500.0));
    }
    if (rnd.chance(0.7)) {
        r.enterprises = qint64(std::clamp(std::round(rnd.logNormal(40, 1.1)), 1.0, 100000.0));
        if (rnd.chance(0.3))
            r.enterprisesNote = QStringLiteral("已入驻区块链企业%1家").arg(*r.enterprises);
    }
    if (rnd.chance(0.45)) {
        r.fundCny100m = std::max(0.1, std::round(rnd.logNormal(5, 1.2) * 10.0) / 10.0);
        if (rnd.chance(0.3))
            r.fundNote = QStringLiteral("产业基金规模%1亿元").arg(*r.fundCny100m);
    }
    if (rnd.chance(0.6)) {
        r.policy = fromUtf8(rnd.pick(policies));
        const int amount = 1 + rnd.below(500);
        if (r.policy.contains(QLatin1String("%1")))
            r.policy = r.policy.arg(amount);
    }
    if (rnd.chance(0.8)) {
        QStringList focus;
        const int n = 1 + rnd.below(3);
        for (int i = 0; i < n; ++i) {
            const QString f = fromUtf8(rnd.pick(focusAreas));
            if (!focus.contains(f))
                focus << f;
        }
        r.focus = focus.join(QStringLiteral("、"));
    }
    if (rnd.chance(0.7))
        r.operatorName = pinyinPrefix(fromUtf8(city.zh)) + fromUtf8(brand.zh) +
                         fromUtf8(rnd.pick(operatorSuffixes));

    if (rnd.chance(0.9)) {
        // Rounded as sources and geocoders give them.
        r.lat = std::round((prov.lat + rnd.normal() * 0.6) * 1e5) / 1e5;
        r.lon = std::round((prov.lon + rnd.normal() * 0.6) * 1e5) / 1e5;
        static const char *const precisions[] = {"site", "district", "city"};
        r.coordPrecision = fromUtf8(rnd.pick(precisions));
        if (rnd.chance(0.1))
            r.coordNote = QStringLiteral("位置取自园区官网地址");
    }
    static const double confidenceWeights[] = {0, 15, 60, 25};
    r.confidence = Confidence(rnd.weighted(confidenceWeights));
    const double named = rnd.uniform();
    if (named < 0.8)
        r.namedInReport = named < 0.2;

    const int sourceCount = 1 + rnd.below(5);
    for (int i = 0; i < sourceCount; ++i) {
        const int year = r.established.isKnown() ? r.established.year() : 2019;
        r.sources << QStringLiteral("https://%1/%2/%3/%4/%5.html")
                         .arg(fromUtf8(rnd.pick(sourceHosts)))
                         .arg(year + rnd.below(3))
                         .arg(1 + rnd.below(12), 2, 10, QLatin1Char('0'))
                         .arg(1 + rnd.below(28), 2, 10, QLatin1Char('0'))
                         .arg(rnd.next() % 100000000);
    }
    if (rnd.chance(0.4))
        r.notes = fromUtf8(rnd.pick(notesPool));
    return r;
}

} // namespace

ParkDocument generate(int count, quint64 seed)
{
    Random rnd(seed);
    ParkDocument doc;
    doc.about = QJsonObject{
        {QStringLiteral("title"), QStringLiteral("Synthetic park store")},
        {QStringLiteral("description"),
         QStringLiteral("Generated by parkgen for benchmarks and stress tests; not real data.")},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("records"), count},
    };
    doc.parks.reserve(count);
    for (int i = 0; i < count; ++i)
        doc.parks.append(makeRecord(rnd, i + 1));
    return doc;
}

} // namespace SyntheticStore
