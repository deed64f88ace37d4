<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartCommand</name>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown image format; use a .png, .svg or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number of entries to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;top:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cities or parks the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoroplethScene</name>
    <message>
        <source>%1 parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All parks</source>
        <translation type="unfinished">全部园区</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parks</source>
        <translation type="unfinished">园区数</translation>
    </message>
    <message>
        <source>Leadership unknown</source>
        <translation type="unfinished">主导方未知</translation>
    </message>
    <message>
        <source>South China Sea Islands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parks match the filter</source>
        <translation type="unfinished">没有符合筛选条件的园区</translation>
    </message>
    <message>
        <source>%1: not known for any of its parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message>
        <source>(known for %1 of %2 parks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parks: %1 · government-led: %2 · enterprise-led: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the parks that match the filter</source>
        <translation type="unfinished"></translation>
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
        <source>Write every park of FILE (default: the embedded dataset) to the CSV file OUT (UTF-8 with BOM, headers in the interface language).</source>
        <translation>将 FILE（默认为内置数据集）中的所有园区写入 CSV 文件 OUT（UTF-8 带 BOM，表头使用界面语言）。</translation>
    </message>
    <message>
        <source>give at most one FILE</source>
        <translation>最多只能指定一个 FILE</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the last undone change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Park…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a park with an empty form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Park…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the current park in a form (also Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected parks under new ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Value for Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one field of all selected parks at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Park %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n park(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the park “%1”? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)? You can undo this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n park(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid value for %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %1 of %n park(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Set Value for Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty makes the value unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen (%1 dpi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels, %3 × %4 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (vector: sharp at any zoom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureReader</name>
    <message>
        <source>feature #%1</source>
        <translation>要素 #%1</translation>
    </message>
    <message>
        <source>feature #%1 (%2)</source>
        <translation>要素 #%1（%2）</translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;, found %1</source>
        <translation>应为 &quot;Feature&quot;，实际为 %1</translation>
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
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>应为 true 或 false，实际为 %1</translation>
    </message>
    <message>
        <source>expected a GB/T 2260 code, found %1</source>
        <translation>应为 GB/T 2260 行政区划代码，实际为 %1</translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation>%1 不是省级行政区的代码</translation>
    </message>
    <message>
        <source>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, found %1</source>
        <translation>应为 &quot;Polygon&quot; 或 &quot;MultiPolygon&quot;，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation>没有多边形</translation>
    </message>
    <message>
        <source>polygon #%1</source>
        <translation>多边形 #%1</translation>
    </message>
    <message>
        <source>expected an array of rings, found %1</source>
        <translation>应为由环组成的数组，实际为 %1</translation>
    </message>
    <message>
        <source>no rings</source>
        <translation>没有环</translation>
    </message>
    <message>
        <source>ring #%1</source>
        <translation>环 #%1</translation>
    </message>
    <message>
        <source>expected an array of positions, found %1</source>
        <translation>应为由坐标点组成的数组，实际为 %1</translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation>环至少需要 4 个坐标点，实际只有 %1 个</translation>
    </message>
    <message>
        <source>position #%1</source>
        <translation>坐标点 #%1</translation>
    </message>
    <message>
        <source>not closed: the last position differs from the first</source>
        <translation>未闭合：最后一个坐标点与第一个不同</translation>
    </message>
    <message>
        <source>no polygon encloses an area</source>
        <translation>没有任何多边形围成有效面积</translation>
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
        <source>Area (km²)</source>
        <translation>规划面积（km²）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>入驻企业（家）</translation>
    </message>
    <message>
        <source>Fund (亿元)</source>
        <translation>扶持基金（亿元）</translation>
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
        <source>Area %1</source>
        <translation>规划面积 %1</translation>
    </message>
    <message>
        <source>Enterprises %1</source>
        <translation>入驻企业 %1</translation>
    </message>
    <message>
        <source>Fund %1</source>
        <translation>扶持基金 %1</translation>
    </message>
    <message>
        <source>Only records with problems</source>
        <translation>仅显示存在问题的记录</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Table</source>
        <translation>表格(&amp;T)</translation>
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
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Park Explorer</source>
        <translation>退出 Park Explorer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
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
        <source>About Park Explorer</source>
        <translation>关于 Park Explorer</translation>
    </message>
    <message>
        <source>Park Explorer %1</source>
        <translation>Park Explorer %1</translation>
    </message>
    <message>
        <source>Explore China&apos;s blockchain industrial parks.

Data: a researched reconstruction of the parks counted by 01区块链, &quot;区块链:政府主导的区块链产业园区普查报告(2020)&quot;. The report counts 44 parks; the embedded dataset holds the parks that public sources name, each with its sources.

Province outlines: derived from Apache ECharts 4.9.0, © 2017-2020 The Apache Software Foundation, Apache License 2.0.

Built with Qt %1 (LGPLv3).</source>
        <translation>探索中国区块链产业园区。

数据：根据 01区块链《区块链:政府主导的区块链产业园区普查报告(2020)》所统计的园区，经资料研究重建而成。该报告共统计 44 个园区；内置数据集收录了公开资料中有名可查的园区，每个园区均注明来源。

省级行政区轮廓：源自 Apache ECharts 4.9.0，© 2017-2020 The Apache Software Foundation，Apache License 2.0。

基于 Qt %1（LGPLv3）构建。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with problems in %n record(s). They are marked in the table; nothing was dropped or changed.</source>
        <translation>
            <numerusform>已打开 %1，其中 %n 条记录存在问题。问题已在表格中标出；未删除或修改任何数据。</numerusform>
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
        <source>Export Table as &amp;CSV…</source>
        <translation>将表格导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Write the parks shown, in the order and columns shown, to a CSV file</source>
        <translation>按当前显示的顺序和列，将显示的园区写入 CSV 文件</translation>
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
        <source>Show or hide this panel</source>
        <translation>显示或隐藏此面板</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Show Details)</source>
        <translation>
            <numerusform>…另有 %n 条（见“显示详情”）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parks have changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop all unsaved changes and reload %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program. Reload it? (No keeps your version; saving will then ask before overwriting the other change.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading drops your unsaved changes. Reload %1 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the recovery file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedded dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park Explorer did not close normally. Restore the unsaved changes to %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Recovered Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes; save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the unsaved changes and reload the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened. Overwrite that change with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parks were not saved; your changes are still open and nothing on disk was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message>
        <source>Number of parks</source>
        <translation type="unfinished">园区数量</translation>
    </message>
    <message>
        <source>Government-led parks</source>
        <translation type="unfinished">政府主导的园区</translation>
    </message>
    <message>
        <source>Enterprise-led parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation type="unfinished">规划面积（km²）</translation>
    </message>
    <message>
        <source>Support fund (CNY 100 million)</source>
        <translation type="unfinished">扶持基金（亿元）</translation>
    </message>
    <message>
        <source>Blockchain industrial parks by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government-led parks by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-led parks by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises settled in parks by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned area of parks by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support funds of parks by province</source>
        <translation type="unfinished"></translation>
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
        <source>Cumulative total</source>
        <translation>累计总数</translation>
    </message>
    <message>
        <source>Founded by the end of the year</source>
        <translation>截至年末累计成立</translation>
    </message>
    <message>
        <source>(cumulative %1)</source>
        <translation>（累计 %1）</translation>
    </message>
    <message>
        <source>Cumulative number of parks</source>
        <translation>累计园区数量</translation>
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
    <message>
        <source>Enterprises settled</source>
        <translation>入驻企业数</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown number of enterprises not shown</source>
        <translation>
            <numerusform>%n 个入驻企业数未知的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Support fund (CNY 100 million)</source>
        <translation>扶持基金（亿元）</translation>
    </message>
    <message numerus="yes">
        <source>%n park(s) with unknown support fund not shown</source>
        <translation>
            <numerusform>%n 个扶持基金未知的园区未显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation>规划面积（km²）</translation>
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
        <source>Public pages other than the report state this park.</source>
        <translation>报告以外的公开网页载明了该园区。</translation>
    </message>
    <message>
        <source>The park is real, but its place among the report&apos;s 44 parks or some of its fields are inferred.</source>
        <translation>该园区真实存在，但其是否属于报告统计的 44 个园区或其部分字段系推断得出。</translation>
    </message>
    <message>
        <source>How this record is known has not been recorded.</source>
        <translation>未记录此记录的信息依据。</translation>
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
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
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
</context>
<context>
    <name>ParkEditDialog</name>
    <message>
        <source>New Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Park — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished">中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished">英文名称</translation>
    </message>
    <message>
        <source>(choose a province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished">省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished">区县</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How precisely the sources give the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished">成立时间</translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished">主导方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished">载体类型</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished">可信度</translation>
    </message>
    <message>
        <source>Named in report</source>
        <translation type="unfinished">报告提及</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished">是</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished">否</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned area (km²)</source>
        <translation type="unfinished">规划面积（km²）</translation>
    </message>
    <message>
        <source>Area as the source words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises as the source words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support fund (亿元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund as the source words it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished">扶持政策</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished">产业方向</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished">运营方</translation>
    </message>
    <message>
        <source>Location and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished">纬度</translation>
    </message>
    <message>
        <source>e.g. 30.27 (unknown if empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished">经度</translation>
    </message>
    <message>
        <source>e.g. 120.15 (unknown if empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site, district or city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished">来源</translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">备注</translation>
    </message>
    <message>
        <source>%1 (not valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another park already uses the id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point %1, %2 lies outside %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before the park can be saved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkRecord</name>
    <message>
        <source>true/false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation>数值不是有限值</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>以下值之一（%1）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; 不是以下值之一：%2</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>a date string</source>
        <translation>日期字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值（true 或 false）</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>第 %1 项：%2</translation>
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
        <source>the file is %1 MiB, more than the %2 MiB a park store may have</source>
        <translation>文件大小为 %1 MiB，超过了园区数据文件 %2 MiB 的上限</translation>
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
        <source>&quot;version&quot; must be a whole number from 1 (found %1)</source>
        <translation>&quot;version&quot; 必须是不小于 1 的整数（实际为 %1）</translation>
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
</context>
<context>
    <name>ParkTableModel</name>
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
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
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
        <source>ID</source>
        <translation>ID</translation>
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
        <source>Type</source>
        <translation>载体类型</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>规划面积（km²）</translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation>入驻企业（家）</translation>
    </message>
    <message>
        <source>Fund (亿元)</source>
        <translation>扶持基金（亿元）</translation>
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
        <source>Longitude</source>
        <translation>经度</translation>
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
        <source>record is not a JSON object</source>
        <translation>记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>缺少必填字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lower-case ASCII letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation>&quot;%1&quot; 不是有效的 ID（只能使用小写 ASCII 字母、数字、&apos;-&apos;、&apos;.&apos; 和 &apos;_&apos;，且须以字母或数字开头）</translation>
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
        <source>%1 is not a GB/T 2260 province code</source>
        <translation>%1 不是 GB/T 2260 省级行政区划代码</translation>
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
        <source>empty source</source>
        <translation>来源为空</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: park #%2 has the same id as park #%3</source>
        <translation>ID &quot;%1&quot; 重复：园区 #%2 与园区 #%3 的 ID 相同</translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
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
        <translation>入驻企业</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2)</source>
        <translation>未知语言 &quot;%1&quot;（请使用 %2）</translation>
    </message>
</context>
</TS>
