<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%1: %n park(s), no problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Park Explorer: browse, edit, chart and map China&apos;s blockchain industrial parks.
Without FILE, opens the last saved dataset or the embedded one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FILE and print every problem, one per line. Exit code 0: valid, 1: problems found, 2: unreadable or not a park store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the headline figures of FILE (default: the embedded dataset) as JSON, with the report&apos;s stated figures beside the dataset&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A park store (.json) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--summary takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureReader</name>
    <message>
        <source>feature #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature #%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Feature&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a GB/T 2260 code, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the code of a provincial-level division</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;Polygon&quot; or &quot;MultiPolygon&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygon #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of rings, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ring #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of positions, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ring needs at least 4 positions, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not closed: the last position differs from the first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureScope</name>
    <message>
        <source>government-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>founded in months %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundingDate</name>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExporter</name>
    <message>
        <source>the file format is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large: at most %3 pixels a side can be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too small: at least %3 pixels a side are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi is not a usable resolution: choose between %2 and %3 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is not enough memory for a %2 × %3 pixel image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 document could not be produced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Park Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park stores (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a park store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the parks to the current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the parks to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Park Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Park Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, data sources and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parks were not saved; your data is still open and nothing on disk was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of the embedded dataset to %1; Park Explorer opens it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Park Store As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park stores (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded dataset (saving writes to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n park(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n park(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the report counts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About Park Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park Explorer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore China&apos;s blockchain industrial parks.

Data: a researched reconstruction of the parks counted by 01区块链, &quot;区块链:政府主导的区块链产业园区普查报告(2020)&quot;. The report counts 44 parks; the embedded dataset holds the parks that public sources name, each with its sources.

Province outlines: derived from Apache ECharts 4.9.0, © 2017-2020 The Apache Software Foundation, Apache License 2.0.

Built with Qt %1 (LGPLv3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was opened with problems in %n record(s). They are marked in the table; nothing was dropped or changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParkRecord</name>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkStore</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MiB, more than the %2 MiB a park store may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a park store: the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a park store: &quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a park store: no &quot;parks&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1 (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Park Explorer (format version %2; this version reads version %3): it is opened read-only so that nothing this version does not understand is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the embedded dataset cannot be overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot keep the previous version as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkTableModel</name>
    <message>
        <source>Government-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise-led</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund (亿元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkTableView</name>
    <message>
        <source>Park table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkValidator</name>
    <message>
        <source>must not be negative (found %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is implausibly large (at most %3 %2 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lower-case ASCII letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;, starting with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown province &quot;%1&quot; (expected one of the 34 provincial-level divisions, e.g. 浙江省)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the full name &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GB/T 2260 province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the code of %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1 is implausible (expected %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude and longitude must be given together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: park #%2 has the same id as park #%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceGeometry</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFigure</name>
    <message>
        <source>Parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial-level divisions with parks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest planned area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most enterprises settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest support fund (亿元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parks that published their fund size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown language &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
