import { compileTool } from './compile';
import { excelRules } from './rules/excel';
import type { ContextExamples, ToolBase, ToolDef } from './types';

/** Where Excel's content script runs; its places are the rule set in `rules/excel.ts`. */
export const excelBase: ToolBase = {
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
};

/** Excel for the web with its built-in rules. */
export const excel: ToolDef = /* @__PURE__ */ compileTool(excelBase, excelRules);

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
    { url: 'https://excel.officeapps.live.com/x/_layouts/xlviewerinternal.aspx?ui=en-US&rs=en-US', fixture: 'excel/workbook-formula-bar-real-en', also: ['excel.workbook'] },
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
    // SharePoint creates the workbook frame empty and points it at Excel later.
    { url: 'https://contoso.sharepoint.com/sites/Finance/SitePages/Budget.aspx', fixture: 'excel/host-sharepoint-empty-frame-real' },
  ],
  'excel.start': [
    { url: 'https://www.office.com/launch/excel?auth=2' },
    { url: 'https://excel.cloud.microsoft/' },
  ],
  'excel.home': [
    { url: frameUrl, fixture: 'excel/workbook-home-en', also: ['excel.workbook'] },
    // A sheet named "Daten" is selected and the ribbon's Start tab (with a U+200E mark): Home, never Data.
    { url: frameUrl, fixture: 'excel/workbook-sheet-daten-real-de', also: ['excel.workbook'] },
  ],
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
