import type { ContextExamples, DomSignal, ToolDef } from './types';

const publicHost = /^public\.tableau\.com$/;
/** Tableau Cloud pods (10ax, prod-uk-a, …) and, later, self-hosted Tableau Server hosts. */
const serverHost = /^(?!public\.tableau\.com$).+$/;

/** Tableau Cloud routes inside the hash (`#/site/<site>/…`); the default site has no `site/`. */
const cloudRoute = (route: string) => new RegExp(`^/?(\\?[^#]*)?#/(site/[^/]+/)?${route}`);

/** Web authoring's calculation editor: a dialog that reports whether the formula is valid. */
const calculationEditor: DomSignal[] = [
  {
    selector: '[role="dialog"]',
    text: /(The calculation is valid|The calculation contains errors|Die Berechnung ist gültig|Die Berechnung enthält Fehler)/i,
  },
  { selector: '[data-tb-test-id="calculation-editor-dialog"]' },
];

/** A dashboard: authoring shows a "Dashboard" side-pane tab; the rendered viz has a dashboard zone. */
const dashboardSignals: DomSignal[] = [
  { selector: '[role="tablist"] [role="tab"]', name: /^Dashboard$/i },
  { selector: '#dashboard-spacer, [data-tb-test-id="dashboard-zone"]' },
];

const authoringPath = /^(\/t\/[^/]+)?\/authoring\/[^/]+\/[^/]+/;
const viewPath = /^(\/t\/[^/]+)?\/views\/[^/]+\/[^/?#]+/;

export const tableau: ToolDef = {
  id: 'tableau',
  matches: ['https://public.tableau.com/*', 'https://*.online.tableau.com/*'],
  allFrames: true,
  requiresContext: false,
  contexts: [
    {
      id: 'tableau.authoring.calculated-field',
      specificity: 4,
      when: [{ host: serverHost, path: authoringPath, any: calculationEditor }],
    },
    {
      // A dashboard open in web authoring: the author arranges sheets, filters and objects.
      id: 'tableau.dashboard.edit',
      specificity: 3,
      when: [{ host: serverHost, path: authoringPath, any: dashboardSignals }],
    },
    {
      // A published dashboard being looked at: viewers filter, revert and save custom views,
      // but cannot edit it.
      id: 'tableau.dashboard.view',
      specificity: 3,
      when: [
        { host: serverHost, path: viewPath, any: dashboardSignals },
        { host: serverHost, path: cloudRoute('views/'), any: dashboardSignals },
      ],
    },
    {
      id: 'tableau.authoring',
      specificity: 2,
      when: [{ host: serverHost, path: authoringPath }],
    },
    {
      id: 'tableau.pulse',
      specificity: 2,
      when: [
        { host: serverHost, path: /^\/pulse\// },
        { host: serverHost, path: cloudRoute('pulse') },
      ],
    },
    {
      id: 'tableau.view',
      specificity: 2,
      when: [
        { host: serverHost, path: cloudRoute('views/') },
        { host: serverHost, path: viewPath },
      ],
    },
    {
      id: 'tableau.explore',
      specificity: 2,
      when: [{ host: serverHost, path: cloudRoute('(explore|projects|workbooks|datasources|collections|favorites|recents)') }],
    },
    {
      id: 'tableau.home',
      specificity: 1,
      when: [{ host: serverHost, path: cloudRoute('home') }],
    },
    {
      id: 'tableau.public.viz',
      specificity: 2,
      when: [
        { host: publicHost, path: /^\/app\/profile\/[^/]+\/viz\/[^/]+\/[^/?#]+/ },
        { host: publicHost, path: /^\/(shared|views)\/[^/]+/ },
      ],
    },
    {
      id: 'tableau.public.profile',
      specificity: 2,
      when: [{ host: publicHost, path: /^\/app\/profile\/[^/?#]+\/?(vizzes|favorites|followers|following)?\/?([?#].*)?$/ }],
    },
    {
      id: 'tableau.public.discover',
      specificity: 1,
      when: [{ host: publicHost, path: /^\/app\/(discover|search)(\/|$|\?)/ }, { host: publicHost, path: /^\/?([?#].*)?$/ }],
    },
  ],
};

/**
 * Example pages for every rule; the context table test proves each resolves to its own context
 * and no other. Kept beside the rules but apart from them so page code does not ship them.
 */
export const tableauExamples: ContextExamples = {
  'tableau.authoring.calculated-field': [
    {
      url: 'https://10ax.online.tableau.com/t/vertrieb/authoring/Umsatzbericht/Umsatz%20nach%20Region',
      fixture: 'tableau/authoring-calc-de',
      also: ['tableau.authoring'],
    },
    {
      url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Sales',
      fixture: 'tableau/authoring-calc-en',
      also: ['tableau.authoring'],
    },
  ],
  'tableau.dashboard.edit': [
    {
      url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Overview',
      fixture: 'tableau/authoring-dashboard-en',
      also: ['tableau.authoring'],
    },
  ],
  'tableau.dashboard.view': [
    {
      url: 'https://10ax.online.tableau.com/#/site/vertrieb/views/Umsatzbericht/Dashboard1?:iid=1',
      fixture: 'tableau/cloud-view-dashboard-de',
      also: ['tableau.view'],
    },
  ],
  'tableau.authoring': [
    { url: 'https://10ax.online.tableau.com/t/vertrieb/authoring/Umsatzbericht/Umsatz%20nach%20Region' },
    { url: 'https://prod-useast-b.online.tableau.com/t/acme/authoring/Superstore/Sales#1' },
    { url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Sales', fixture: 'tableau/authoring-sheet-en' },
  ],
  'tableau.pulse': [
    { url: 'https://10ax.online.tableau.com/pulse/site/vertrieb/metrics/3f9a0d2c-8b1e-4f6a-9c2d-7e5b4a3c2d1e' },
    { url: 'https://10ax.online.tableau.com/pulse/site/vertrieb/' },
  ],
  'tableau.view': [
    { url: 'https://10ax.online.tableau.com/#/site/vertrieb/views/Umsatzbericht/UmsatznachRegion?:iid=1' },
    { url: 'https://10ax.online.tableau.com/t/vertrieb/views/Umsatzbericht/UmsatznachRegion?:embed=y&:showVizHome=n&:toolbar=top' },
    { url: 'https://prod-uk-a.online.tableau.com/#/site/acme/views/Superstore/Sales', fixture: 'tableau/cloud-view-en' },
  ],
  'tableau.explore': [
    { url: 'https://10ax.online.tableau.com/#/site/vertrieb/explore' },
    { url: 'https://10ax.online.tableau.com/#/site/vertrieb/projects/412' },
    { url: 'https://10ax.online.tableau.com/#/site/vertrieb/workbooks/1203/views' },
  ],
  'tableau.home': [
    { url: 'https://10ax.online.tableau.com/#/site/vertrieb/home' },
    { url: 'https://prod-uk-a.online.tableau.com/#/home' },
  ],
  'tableau.public.viz': [
    { url: 'https://public.tableau.com/app/profile/lena.schmidt/viz/Bevoelkerung2025/Dashboard1' },
    { url: 'https://public.tableau.com/views/Superstore_24/Overview?:showVizHome=no&:embed=true' },
  ],
  'tableau.public.profile': [
    { url: 'https://public.tableau.com/app/profile/lena.schmidt' },
    { url: 'https://public.tableau.com/app/profile/lena.schmidt/vizzes' },
  ],
  'tableau.public.discover': [
    { url: 'https://public.tableau.com/app/discover' },
    { url: 'https://public.tableau.com/app/discover/viz-of-the-day' },
    { url: 'https://public.tableau.com/app/search/vizzes/Bev%C3%B6lkerung' },
  ],
};
