import type { ContextExamples, DomSignal, ToolDef } from './types';

const www = /^(www\.)?linkedin\.com$/;

/** Controls only the owner of a profile sees ("Edit intro", "Add profile section"). */
const ownProfileSignals: DomSignal[] = [
  { selector: 'a[href*="/edit/intro/"], a[href*="/edit/forms/"]' },
  {
    selector: 'button[aria-label], a[aria-label]',
    name: /^(Edit intro|Intro bearbeiten|Add profile section|Profilbereich hinzufügen)$/i,
  },
];

/** LinkedIn's post composer: a modal dialog holding the share box's text editor. */
const composerSignals: DomSignal[] = [
  {
    selector: '[role="dialog"] [role="textbox"][aria-label]',
    name: /^(Text editor for creating content|Texteditor zum Erstellen von Inhalten)$/i,
  },
  { selector: '[role="dialog"][aria-label], [role="dialog"][aria-labelledby]', name: /^(Create a post|Beitrag erstellen)$/i },
];

/** The modal forms that edit a profile section ("Edit intro", "Berufserfahrung hinzufügen"). */
const profileFormSignals: DomSignal[] = [
  {
    selector: '[role="dialog"][aria-labelledby], [role="dialog"][aria-label]',
    name: /^((Edit|Add) (intro|about|experience|position|education|skills?|licen[cs]es?( & certifications)?|certifications?|contact info|languages?|featured|volunteer experience|profile section)|(Intro|Info|Berufserfahrung|Position|Ausbildung|Kenntnisse?|Bescheinigungen?( und Zertifikate)?|Kontaktinfo|Sprachen?|Im Fokus|Ehrenamt|Profilbereich) (bearbeiten|hinzufügen))$/i,
  },
];

const profilePath = /^\/in\/[^/?#]+\/?([?#].*)?$/;

export const linkedin: ToolDef = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  allFrames: false,
  requiresContext: false,
  contexts: [
    {
      id: 'linkedin.post.composer',
      specificity: 4,
      when: [
        { host: www, any: composerSignals },
        { host: www, path: /^\/(feed\/)?\?(.*&)?shareActive=true/ },
      ],
    },
    {
      id: 'linkedin.profile.edit',
      specificity: 3,
      when: [
        { host: www, path: /^\/in\/[^/]+\/(edit|add-edit)\// },
        { host: www, path: /^\/in\/[^/]+\/details\/[^/]+\/edit\// },
        { host: www, path: /^\/in\/[^/]+\//, any: profileFormSignals },
      ],
    },
    {
      id: 'linkedin.profile.own',
      specificity: 2,
      when: [{ host: www, path: /^\/in\/[^/]+\//, any: ownProfileSignals }],
    },
    {
      id: 'linkedin.profile.other',
      specificity: 2,
      when: [{ host: www, path: profilePath, none: [...ownProfileSignals, ...profileFormSignals] }],
    },
    {
      id: 'linkedin.article.editor',
      specificity: 3,
      when: [{ host: www, path: /^\/(article\/(new|edit)|pulse\/edit|newsletters\/create)/ }],
    },
    {
      id: 'linkedin.messaging',
      specificity: 2,
      when: [{ host: www, path: /^\/messaging\// }],
    },
    {
      id: 'linkedin.jobs',
      specificity: 2,
      when: [{ host: www, path: /^\/jobs\// }],
    },
    {
      id: 'linkedin.search',
      specificity: 2,
      when: [{ host: www, path: /^\/search\/results\// }],
    },
    {
      id: 'linkedin.company',
      specificity: 2,
      when: [{ host: www, path: /^\/(company|showcase|school)\/[^/]+/ }],
    },
    {
      id: 'linkedin.mynetwork',
      specificity: 2,
      when: [{ host: www, path: /^\/mynetwork\// }],
    },
    {
      id: 'linkedin.notifications',
      specificity: 2,
      when: [{ host: www, path: /^\/notifications\// }],
    },
    {
      id: 'linkedin.learning',
      specificity: 2,
      when: [{ host: www, path: /^\/learning(\/|$|\?)/ }],
    },
    {
      id: 'linkedin.settings',
      specificity: 2,
      when: [{ host: www, path: /^\/(mypreferences|psettings)\// }],
    },
    {
      id: 'linkedin.feed',
      specificity: 1,
      when: [{ host: www, path: /^\/(feed\/?)?([?#].*)?$/ }, { host: www, path: /^\/feed\// }],
    },
  ],
};

/**
 * Example pages for every rule; the context table test proves each resolves to its own context
 * and no other. Kept beside the rules but apart from them so page code does not ship them.
 */
export const linkedinExamples: ContextExamples = {
  'linkedin.post.composer': [
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-composer-en', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-composer-de', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/feed/?shareActive=true', also: ['linkedin.feed'] },
  ],
  'linkedin.profile.edit': [
    { url: 'https://www.linkedin.com/in/jana-beispiel-7a1b2c/edit/intro/?profileFormEntryPoint=PROFILE_SECTION' },
    { url: 'https://www.linkedin.com/in/jana-beispiel-7a1b2c/edit/forms/position/new/?profileFormEntryPoint=PROFILE_SECTION' },
    { url: 'https://www.linkedin.com/in/me/add-edit/CERTIFICATION/' },
    { url: 'https://www.linkedin.com/in/jana-beispiel-7a1b2c/details/skills/edit/forms/12/' },
    {
      url: 'https://www.linkedin.com/in/peter-mueller-senior/edit/intro/',
      fixture: 'linkedin/profile-edit-de',
      also: ['linkedin.profile.own'],
    },
    {
      url: 'https://www.linkedin.com/in/peter-miller-senior/edit/intro/',
      fixture: 'linkedin/profile-edit-en',
      also: ['linkedin.profile.own'],
    },
  ],
  'linkedin.profile.own': [
    { url: 'https://www.linkedin.com/in/peter-mueller-senior/', fixture: 'linkedin/profile-own-de' },
    { url: 'https://www.linkedin.com/in/peter-miller-senior/', fixture: 'linkedin/profile-own-en' },
  ],
  'linkedin.profile.other': [
    { url: 'https://www.linkedin.com/in/satyanadella/' },
    { url: 'https://www.linkedin.com/in/jana-beispiel-7a1b2c/?originalSubdomain=de' },
    { url: 'https://www.linkedin.com/in/lena-schmidt-data/', fixture: 'linkedin/profile-other-de' },
  ],
  'linkedin.article.editor': [
    { url: 'https://www.linkedin.com/article/new/' },
    { url: 'https://www.linkedin.com/article/edit/7266144928517267456/' },
  ],
  'linkedin.messaging': [
    { url: 'https://www.linkedin.com/messaging/' },
    { url: 'https://www.linkedin.com/messaging/thread/2-YjE3ZWQ4ZTQtNDk1OS00ZDRk/' },
  ],
  'linkedin.jobs': [
    { url: 'https://www.linkedin.com/jobs/' },
    { url: 'https://www.linkedin.com/jobs/search/?keywords=controlling&location=M%C3%BCnchen' },
    { url: 'https://www.linkedin.com/jobs/view/4052118347/' },
  ],
  'linkedin.search': [
    { url: 'https://www.linkedin.com/search/results/all/?keywords=reverse%20mentoring' },
    { url: 'https://www.linkedin.com/search/results/people/?keywords=excel&origin=SWITCH_SEARCH_VERTICAL' },
  ],
  'linkedin.company': [
    { url: 'https://www.linkedin.com/company/siemens/' },
    { url: 'https://www.linkedin.com/company/microsoft/posts/?feedView=all' },
    { url: 'https://www.linkedin.com/school/tum/' },
  ],
  'linkedin.mynetwork': [
    { url: 'https://www.linkedin.com/mynetwork/' },
    { url: 'https://www.linkedin.com/mynetwork/invitation-manager/received/' },
    { url: 'https://www.linkedin.com/mynetwork/grow/' },
  ],
  'linkedin.notifications': [
    { url: 'https://www.linkedin.com/notifications/' },
    { url: 'https://www.linkedin.com/notifications/?filter=mentions' },
  ],
  'linkedin.learning': [
    { url: 'https://www.linkedin.com/learning/' },
    { url: 'https://www.linkedin.com/learning/excel-essential-training-microsoft-365-17231101' },
  ],
  'linkedin.settings': [
    { url: 'https://www.linkedin.com/mypreferences/d/categories/account' },
    { url: 'https://www.linkedin.com/mypreferences/d/profile-viewing-options' },
  ],
  'linkedin.feed': [
    { url: 'https://www.linkedin.com/feed/' },
    { url: 'https://www.linkedin.com/' },
    { url: 'https://www.linkedin.com/feed/update/urn:li:activity:7265432109876543210/' },
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-en' },
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-de' },
  ],
};
