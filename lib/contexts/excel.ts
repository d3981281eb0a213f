import type { Condition, ContextExamples, ContextId, ContextRule, DomSignal, ToolDef } from './types';

/**
 * The workbook itself runs in an iframe on *.officeapps.live.com (OneDrive, SharePoint and
 * office.com host it) or directly on excel.cloud.microsoft. The ribbon is read from ARIA.
 */
const workbookFrame: Condition = { path: /^\/x\/_layouts\/xlviewerinternal\.aspx/i };

/**
 * Where the workbook UI (ribbon, formula bar) itself renders — Microsoft's frame host, the new
 * excel.cloud.microsoft, or the same frame page on a self-hosted Office Online Server. Host
 * pages only embed it.
 */
const workbookUi: Condition[] = [{ host: /(^|\.)officeapps\.live\.com$|^excel\.cloud\.microsoft$/ }, workbookFrame];

/** The workbook UI showing any of these signals. */
const inWorkbook = (...any: DomSignal[]): Condition[] => workbookUi.map((c) => ({ ...c, any }));

/** Ribbon tabs only: sheet tabs are `role="tab"` too and may be named "Daten". */
const ribbonTab = '[role="tablist"]:not([aria-label*="Sheet" i]):not([aria-label*="Blatt" i]) [role="tab"][aria-selected="true"]';

const selectedRibbonTab = (name: RegExp): DomSignal => ({ selector: ribbonTab, name });

const ribbonContext = (slug: string, name: RegExp): ContextRule => ({
  id: `excel.${slug}` as ContextId,
  specificity: 2,
  when: inWorkbook(selectedRibbonTab(name)),
});

const workbookHosts: Condition[] = [
  workbookFrame,
  // The new Microsoft 365 URLs open the workbook on excel.cloud.microsoft.
  { host: /^excel\.cloud\.microsoft$/, path: /^\/(open|x)\// },
  // OneDrive (personal) editor page that hosts the officeapps frame.
  { host: /^onedrive\.live\.com$/, path: /^\/(edit(\.aspx)?|view\.aspx)\?(.*&)?(ithint=file%2cxlsx|app=Excel)/i },
  // SharePoint / OneDrive for work: Doc.aspx for an .xlsx, or a /:x:/ sharing link.
  { host: /\.sharepoint\.com$/, path: /^\/:x:\// },
  { host: /\.sharepoint\.com$/, path: /\/_layouts\/15\/Doc\.aspx\?(.*&)?file=[^&]+\.xls[xmb]?(&|$)/i },
  // Any host page embedding the Excel frame (office.com, microsoft365.com, SharePoint).
  { any: [{ selector: 'iframe[src*="officeapps.live.com/x/_layouts/xlviewerinternal.aspx"]' }] },
];

export const excel: ToolDef = {
  id: 'excel',
  matches: [
    'https://*.officeapps.live.com/*',
    'https://excel.cloud.microsoft/*',
    'https://onedrive.live.com/*',
    'https://*.sharepoint.com/*',
    'https://www.office.com/*',
    'https://www.microsoft365.com/*',
  ],
  allFrames: true,
  requiresContext: true,
  contexts: [
    {
      id: 'excel.formula-bar',
      specificity: 4,
      when: inWorkbook(
        { selector: '[role="textbox"][aria-label], [role="combobox"][aria-label]', name: /^(Formula bar|Bearbeitungsleiste)$/i, focused: true },
        { selector: '#formulaBarTextDivId', focused: true },
      ),
    },
    {
      id: 'excel.pivottable',
      specificity: 3,
      when: inWorkbook(
        selectedRibbonTab(/^(PivotTable|PivotTable Analyze|PivotTable-Analyse)$/i),
        { selector: '[role="region"][aria-label], [role="complementary"][aria-label], [role="dialog"][aria-label]', name: /^(PivotTable Fields|PivotTable-Felder)$/i },
      ),
    },
    {
      id: 'excel.chart',
      specificity: 3,
      when: inWorkbook(selectedRibbonTab(/^(Chart|Chart Design|Diagramm|Diagrammentwurf)$/i)),
    },
    {
      id: 'excel.table',
      specificity: 3,
      when: inWorkbook(selectedRibbonTab(/^(Table Design|Table|Tabellenentwurf|Tabelle)$/i)),
    },
    ribbonContext('home', /^(Home|Start)$/i),
    ribbonContext('insert', /^(Insert|Einfügen)$/i),
    ribbonContext('draw', /^(Draw|Zeichnen)$/i),
    ribbonContext('page-layout', /^(Page Layout|Seitenlayout)$/i),
    ribbonContext('formulas', /^(Formulas|Formeln)$/i),
    ribbonContext('data', /^(Data|Daten)$/i),
    ribbonContext('review', /^(Review|Überprüfen)$/i),
    ribbonContext('view', /^(View|Ansicht)$/i),
    ribbonContext('automate', /^(Automate|Automatisieren)$/i),
    {
      id: 'excel.workbook',
      specificity: 1,
      when: workbookHosts,
    },
    {
      id: 'excel.start',
      specificity: 1,
      when: [
        { host: /^(www\.office\.com|www\.microsoft365\.com)$/, path: /^\/launch\/excel/i, none: [{ selector: 'iframe[src*="officeapps.live.com/x/"]' }] },
        { host: /^excel\.cloud\.microsoft$/, path: /^\/?([?#].*)?$/ },
      ],
    },
  ],
};

const frameUrl = 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE&rs=de-DE&wdenableroaming=1&wdo=2&fi=SDBB82C69F4EA73B0F!s5a1b&ak=t%3d0';

/**
 * Example pages for every rule; the context table test proves each resolves to its own context
 * and no other. Kept beside the rules but apart from them so page code does not ship them.
 */
export const excelExamples: ContextExamples = {
  'excel.formula-bar': [
    {
      url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=en-US&rs=en-US&wdenableroaming=1&wdo=2',
      fixture: 'excel/workbook-formula-bar-en',
      also: ['excel.home', 'excel.workbook'],
    },
  ],
  'excel.pivottable': [
    {
      url: 'https://euc-excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE&rs=de-DE&wopisrc=https%3A%2F%2Fcontoso.sharepoint.com%2Fsites%2FFinance%2F_vti_bin%2Fwopi.ashx%2Ffiles%2F8d7',
      fixture: 'excel/workbook-pivot-de',
      also: ['excel.workbook'],
    },
  ],
  'excel.chart': [
    {
      url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=en-US&rs=en-US&wdo=2',
      fixture: 'excel/workbook-chart-en',
      also: ['excel.workbook'],
    },
  ],
  'excel.table': [
    {
      url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE&rs=de-DE&wdo=2',
      fixture: 'excel/workbook-table-de',
      also: ['excel.workbook'],
    },
  ],
  'excel.workbook': [
    { url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=de-DE&rs=de-DE&wdenableroaming=1' },
    { url: 'https://excel.cloud.microsoft/open/onedrive/?docId=5A0F1E2D3C4B5A69%21s1b2c&driveId=5A0F1E2D3C4B5A69' },
    { url: 'https://onedrive.live.com/edit?id=5A0F1E2D3C4B5A69!115&resid=5A0F1E2D3C4B5A69!115&ithint=file%2cxlsx&wdo=2&cid=5a0f1e2d3c4b5a69' },
    { url: 'https://contoso.sharepoint.com/:x:/r/sites/Finance/Shared%20Documents/Budget%202027.xlsx?d=w8d7c&csf=1&web=1' },
    {
      url: 'https://contoso-my.sharepoint.com/personal/peter_contoso_com/_layouts/15/Doc.aspx?sourcedoc=%7B8D7C6B5A-1234-4321-ABCD-0123456789AB%7D&file=Reisekosten.xlsx&action=default&mobileredirect=true',
    },
    { url: 'https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a', fixture: 'excel/host-office-com' },
  ],
  'excel.start': [
    { url: 'https://www.office.com/launch/excel?auth=2' },
    { url: 'https://excel.cloud.microsoft/' },
  ],
  'excel.home': [{ url: frameUrl, fixture: 'excel/workbook-home-en', also: ['excel.workbook'] }],
  'excel.insert': [{ url: frameUrl, fixture: 'excel/workbook-insert-de', also: ['excel.workbook'] }],
  'excel.draw': [{ url: frameUrl, fixture: 'excel/workbook-draw-en', also: ['excel.workbook'] }],
  'excel.page-layout': [{ url: frameUrl, fixture: 'excel/workbook-page-layout-de', also: ['excel.workbook'] }],
  'excel.formulas': [
    { url: frameUrl, fixture: 'excel/workbook-formulas-de', also: ['excel.workbook'] },
    // The same frame served by a self-hosted Office Online Server (added in the options page).
    { url: 'https://oos.example.org/x/_layouts/xlviewerinternal.aspx?ui=de-DE&WOPISrc=https%3A%2F%2Fsp.example.org', fixture: 'excel/workbook-formulas-de', also: ['excel.workbook'] },
  ],
  'excel.data': [{ url: frameUrl, fixture: 'excel/workbook-data-en', also: ['excel.workbook'] }],
  'excel.review': [{ url: frameUrl, fixture: 'excel/workbook-review-de', also: ['excel.workbook'] }],
  'excel.view': [{ url: frameUrl, fixture: 'excel/workbook-view-en', also: ['excel.workbook'] }],
  'excel.automate': [{ url: frameUrl, fixture: 'excel/workbook-automate-de', also: ['excel.workbook'] }],
};
