import { compileTool } from './compile';
import { linkedinRules } from './rules/linkedin';
import type { ContextExamples, ToolBase, ToolDef } from './types';

/** Where LinkedIn's content script runs; its places are the rule set in `rules/linkedin.ts`. */
export const linkedinBase: ToolBase = {
  id: 'linkedin',
  matches: ['https://www.linkedin.com/*', 'https://linkedin.com/*'],
  allFrames: false,
  requiresContext: false,
};

/** LinkedIn with its built-in rules. */
export const linkedin: ToolDef = /* @__PURE__ */ compileTool(linkedinBase, linkedinRules);

/**
 * Example pages for every rule; the context table test proves each resolves to its own context
 * and no other. Kept beside the rules but apart from them so page code does not ship them.
 */
export const linkedinExamples: ContextExamples = {
  'linkedin.post.composer': [
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-composer-en', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-composer-de', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/feed/?shareActive=true', also: ['linkedin.feed'] },
    // The composer in #interop-outlet's open shadow root, and the SDUI composer in a native <dialog open>.
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/composer-shadow-real-en', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/composer-sdui-real-de', also: ['linkedin.feed'] },
    { url: 'https://www.linkedin.com/sharing/compose', fixture: 'linkedin/composer-sdui-real-de' },
    { url: 'https://www.linkedin.com/preload/sharebox/' },
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
    // Hidden video-player dialogs and an empty shadow outlet are on every feed: still just the feed.
    { url: 'https://www.linkedin.com/feed/', fixture: 'linkedin/feed-sdui-real-en' },
  ],
};
