import type { RuleSet, SignalData } from '../rule-format';

// Tableau's places as data: Tableau Public, Tableau Cloud pods and self-hosted Tableau Server.
const publicHost = String.raw`^public\.tableau\.com$`;
/** Tableau Cloud pods (10ax, prod-uk-a, …) and self-hosted Tableau Server hosts. */
const serverHost = String.raw`^(?!public\.tableau\.com$).+$`;

/** Tableau Cloud routes inside the hash (`#/site/<site>/…`); the default site has no `site/`. */
const cloudRoute = (route: string) => String.raw`^/?(\?[^#]*)?#/(site/[^/]+/)?${route}`;

/** Web authoring: an existing workbook, a new one from a data source, or an empty new one (Cloud, Server and Public). */
const authoringPath = String.raw`^(/t/[^/]+)?/(authoring/[^/]+/[^/]+|authoringNewWorkbook/[^/]+|newWorkbook/[^/]+)`;
/** A published view; on Tableau Cloud this is the path of the viz iframe (title "Data Visualization"). */
const viewPath = String.raw`^(/t/[^/]+)?/views/[^/]+/[^/?#]+`;

/** The calculation editor reports whether the formula is valid (Tableau's own UI text). */
const calculationEditor: SignalData[] = [
  { selector: '[role="dialog"]', text: '(The calculation is valid|The calculation contains errors|Die Berechnung ist gültig|Die Berechnung enthält Fehler)' },
];

/** A rendered dashboard carries #tab-dashboard-region; authoring also shows a "Dashboard" side-pane tab. */
const dashboard: SignalData[] = [{ selector: '#tab-dashboard-region' }, { selector: '[role="tablist"] [role="tab"]', name: '^Dashboard$' }];

export const tableauRules: RuleSet = {
  format: 'tandem-tips/rules',
  formatVersion: 1,
  tool: 'tableau',
  version: 2,
  regions: ['[role="dialog"]', '[role="tablist"]'],
  contexts: [
    { id: 'tableau.authoring.calculated-field', specificity: 4, when: [{ path: authoringPath, any: calculationEditor }] },
    // A dashboard open in web authoring: the author arranges sheets, filters and objects.
    { id: 'tableau.dashboard.edit', specificity: 3, when: [{ path: authoringPath, any: dashboard }] },
    // A published dashboard being looked at: viewers filter, revert and save custom views, but cannot edit it.
    {
      id: 'tableau.dashboard.view',
      specificity: 3,
      when: [
        { host: serverHost, path: viewPath, any: dashboard },
        { host: serverHost, path: cloudRoute('views/'), any: dashboard },
      ],
    },
    { id: 'tableau.authoring', specificity: 2, when: [{ path: authoringPath }] },
    { id: 'tableau.pulse', specificity: 2, when: [{ host: serverHost, path: '^/pulse/' }, { host: serverHost, path: cloudRoute('pulse') }] },
    { id: 'tableau.view', specificity: 2, when: [{ host: serverHost, path: cloudRoute('views/') }, { host: serverHost, path: viewPath }] },
    {
      id: 'tableau.explore',
      specificity: 2,
      when: [{ host: serverHost, path: cloudRoute('(explore|projects|workbooks|datasources|collections|favorites|recents)') }],
    },
    { id: 'tableau.home', specificity: 1, when: [{ host: serverHost, path: cloudRoute('home') }] },
    {
      id: 'tableau.public.viz',
      specificity: 2,
      when: [
        { host: publicHost, path: String.raw`^/app/profile/[^/]+/viz/[^/]+/[^/?#]+` },
        { host: publicHost, path: '^/(shared|views)/[^/]+' },
      ],
    },
    {
      id: 'tableau.public.profile',
      specificity: 2,
      when: [{ host: publicHost, path: String.raw`^/app/profile/[^/?#]+/?(vizzes|favorites|followers|following)?/?([?#].*)?$` }],
    },
    {
      id: 'tableau.public.discover',
      specificity: 1,
      when: [
        { host: publicHost, path: String.raw`^/app/(discover|search)(/|$|\?)` },
        { host: publicHost, path: String.raw`^/?([?#].*)?$` },
      ],
    },
  ],
};
