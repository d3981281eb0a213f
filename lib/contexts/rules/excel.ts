import type { ConditionData, ContextRuleData, RuleSet, SignalData } from '../rule-format';

// Excel for the web's places as data. The workbook UI renders in an iframe on
// *.officeapps.live.com (OneDrive, SharePoint and office.com host it) or on excel.cloud.microsoft.
const workbookHost = String.raw`(^|\.)officeapps\.live\.com$|^excel\.cloud\.microsoft$`;
/** The same frame page, also served by a self-hosted Office Online Server. */
const workbookFramePath = String.raw`^/x/_layouts/xlviewerinternal\.aspx`;

const inWorkbook = (...any: SignalData[]): ConditionData[] => [
  { host: workbookHost, any },
  { path: workbookFramePath, any },
];

/**
 * A selected ribbon tab. Sheet tabs are `role="tab"` too and carry the bare sheet name ("Daten"),
 * so tabs in the sheet tab bar (or holding a sheet title) never count.
 */
const ribbonTab =
  '[role="tab"][aria-selected="true"]:not([role="tablist"][aria-label*="sheet" i] *):not([role="tablist"][aria-label*="blatt" i] *):not([id*="sheetTab" i] *):not(:has([sheet-title]))';

const ribbon = (slug: string, name: string): ContextRuleData => ({
  id: `excel.${slug}`,
  specificity: 2,
  when: inWorkbook({ selector: ribbonTab, name }),
});

/** Host pages embed the workbook frame; SharePoint starts it empty and sets its src later. */
const embedsWorkbook: SignalData = {
  selector: 'iframe#WacFrame_Excel_0, iframe[name="WacFrame_Excel_0"], iframe[src*="officeapps.live.com/x/_layouts/xlviewerinternal.aspx"]',
};

const xlsxFile = String.raw`file=[^&]+\.xls[xmb]?(&|$)`;

export const excelRules: RuleSet = {
  format: 'tandem-tips/rules',
  formatVersion: 1,
  tool: 'excel',
  version: 2,
  regions: ['[role="tablist"]', '[role="dialog"]', '[role="region"]', '[role="complementary"]'],
  contexts: [
    {
      id: 'excel.formula-bar',
      specificity: 4,
      when: inWorkbook(
        { selector: '#formulaBarTextDivId_textElement, #formulaBarTextDivId', focused: true },
        { selector: '[role="textbox"][aria-label], [role="combobox"][aria-label]', name: '^(Formula bar|Bearbeitungsleiste)$', focused: true },
      ),
    },
    {
      id: 'excel.pivottable',
      specificity: 3,
      when: inWorkbook(
        { selector: ribbonTab, name: '^(PivotTable|PivotTable Analyze|PivotTable-Analyse)$' },
        { selector: '[role="region"][aria-label], [role="complementary"][aria-label], [role="dialog"][aria-label]', name: '^(PivotTable Fields|PivotTable-Felder)$' },
      ),
    },
    { id: 'excel.chart', specificity: 3, when: inWorkbook({ selector: ribbonTab, name: '^(Chart|Chart Design|Diagramm|Diagrammentwurf)$' }) },
    { id: 'excel.table', specificity: 3, when: inWorkbook({ selector: ribbonTab, name: '^(Table Design|Table|Tabellenentwurf|Tabelle)$' }) },
    ribbon('home', '^(Home|Start)$'),
    ribbon('insert', '^(Insert|Einfügen)$'),
    ribbon('draw', '^(Draw|Zeichnen)$'),
    ribbon('page-layout', '^(Page Layout|Seitenlayout)$'),
    ribbon('formulas', '^(Formulas|Formeln)$'),
    ribbon('data', '^(Data|Daten)$'),
    ribbon('review', '^(Review|Überprüfen)$'),
    ribbon('view', '^(View|Ansicht)$'),
    ribbon('automate', '^(Automate|Automatisieren)$'),
    {
      id: 'excel.workbook',
      specificity: 1,
      when: [
        { path: workbookFramePath },
        { host: String.raw`^excel\.cloud\.microsoft$`, path: '^/(open|x)/' },
        { host: String.raw`^onedrive\.live\.com$`, path: String.raw`^/(edit(\.aspx)?|view\.aspx)\?(.*&)?(ithint=file%2cxlsx|app=Excel)` },
        // Migrated OneDrive accounts open files under /personal/<cid>/_layouts/15/Doc.aspx.
        { host: String.raw`^onedrive\.live\.com$`, path: String.raw`^/personal/[^/]+/_layouts/15/doc2?\.aspx\?(.*&)?(${xlsxFile}|app=Excel)` },
        { host: String.raw`\.sharepoint\.com$`, path: '^/:x:/' },
        { host: String.raw`\.sharepoint\.com$`, path: String.raw`/_layouts/15/doc2?\.aspx\?(.*&)?${xlsxFile}` },
        { any: [embedsWorkbook] },
      ],
    },
    {
      id: 'excel.start',
      specificity: 1,
      when: [
        { host: String.raw`^(www\.office\.com|www\.microsoft365\.com)$`, path: '^/launch/excel', none: [embedsWorkbook] },
        { host: String.raw`^excel\.cloud\.microsoft$`, path: '^/([a-z]{2}(-[a-z]{2})?/?)?([?#].*)?$' },
      ],
    },
  ],
};
