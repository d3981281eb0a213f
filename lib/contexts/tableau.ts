import { compileTool } from './compile';
import { tableauRules } from './rules/tableau';
import type { ContextExamples, ToolBase, ToolDef } from './types';

/** Where Tableau's content script runs; its places are the rule set in `rules/tableau.ts`. */
export const tableauBase: ToolBase = {
  id: 'tableau',
  matches: ['https://public.tableau.com/*', 'https://*.online.tableau.com/*'],
  allFrames: true,
  requiresContext: false,
};

/** Tableau with its built-in rules. */
export const tableau: ToolDef = /* @__PURE__ */ compileTool(tableauBase, tableauRules);

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
    // The same dashboard in web authoring: the URL makes the author an author.
    { url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Overview', fixture: 'tableau/viz-dashboard-real-en', also: ['tableau.authoring'] },
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
    // Tableau Cloud's viz iframe (path /t/<site>/views/…) holds #tab-dashboard-region; the top page does not.
    { url: 'https://prod-uk-a.online.tableau.com/t/acme/views/Superstore/Overview?:embed=y&:showVizHome=n', fixture: 'tableau/viz-dashboard-real-en', also: ['tableau.view'] },
    { url: 'https://bi.wisconsin.gov/t/DHS/views/VaccinesAdministeredtoWIResidents/VaccinatedWisconsin-County', fixture: 'tableau/viz-dashboard-real-en', also: ['tableau.view'] },
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
    { url: 'https://prod-uk-a.online.tableau.com/#/site/acme/views/Superstore/Overview', fixture: 'tableau/cloud-top-real-en' },
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
