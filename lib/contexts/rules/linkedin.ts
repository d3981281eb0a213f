import type { ContextRuleData, RuleSet, SignalData } from '../rule-format';

// LinkedIn's places as data. Markers come from captures of the 2026 site (see the fixtures'
// headers in test/fixtures/linkedin/): hashed class names are never used.
const www = String.raw`^(www\.)?linkedin\.com$`;

/** Controls only the owner of a profile sees; "Add profile section" has no aria-label, so its text counts. */
const ownProfile: SignalData[] = [
  { selector: 'a[href*="/edit/intro/"], a[href*="/edit/forms/"], a[href*="/opportunities/job-opportunities/edit"]' },
  {
    selector: 'button, a[aria-label], [role="button"]',
    name: String.raw`^(Edit intro|Intro bearbeiten|Add profile section|Profilbereich hinzufügen|Edit Open to work|„Open to Work“ bearbeiten)$`,
  },
];

/** The post composer: the SDUI share screen (TipTap editor) or the older shadow-root share box (Quill). */
const composer: SignalData[] = [
  { selector: '[componentkey="ShareBox_textEditor"], [data-sdui-screen*="sharing.ShareCompose"], [data-test-modal-id="sharebox"]' },
  {
    // Inside a dialog: comment boxes in the feed once carried the same label.
    selector: '[role="dialog"] [role="textbox"][aria-label], dialog[open] [role="textbox"][aria-label], [data-test-ql-editor-contenteditable]',
    name: String.raw`^(Text editor for creating content|Texteditor zum Erstellen von Inhalten)$`,
  },
];

/** The modal forms that edit a profile section: ARIA dialogs and the SDUI's native <dialog open>. */
const profileForm: SignalData[] = [
  {
    selector: '[role="dialog"][aria-labelledby], [role="dialog"][aria-label], dialog[open][aria-labelledby], dialog[open][aria-label]',
    name: String.raw`^((Edit|Add) (intro|about|experience|position|education|skills?|licen[cs]es?( & certifications)?|certifications?|contact info|languages?|featured|volunteer experience|profile section|job preferences)|(Intro|Info|Berufserfahrung|Position|Ausbildung|Kenntnisse?|Bescheinigungen?( und Zertifikate)?|Kontaktinfo|Sprachen?|Im Fokus|Ehrenamt|Profilbereich|Jobpräferenzen) (bearbeiten|hinzufügen))$`,
  },
];

const on = (path: string): ContextRuleData['when'][number] => ({ host: www, path });

export const linkedinRules: RuleSet = {
  format: 'tandem-tips/rules',
  formatVersion: 1,
  tool: 'linkedin',
  version: 2,
  // The composer, messaging overlays and Easy Apply render in this open shadow root.
  shadowHosts: ['#interop-outlet', '[data-testid="interop-shadowdom"]'],
  regions: ['#interop-outlet', 'dialog', '[role="dialog"]'],
  contexts: [
    {
      id: 'linkedin.post.composer',
      specificity: 4,
      when: [
        { host: www, any: composer },
        on(String.raw`^/(feed/)?\?(.*&)?shareActive=true`),
        on(String.raw`^/(sharing/compose|preload/sharebox)(/|$|\?)`),
        // A company page's admin opens its composer with ?share=true.
        on(String.raw`^/company/[^/]+/admin/page-posts/published/?\?(.*&)?share=true`),
      ],
    },
    {
      id: 'linkedin.profile.edit',
      specificity: 3,
      when: [
        on(String.raw`^/in/[^/]+/(edit|add-edit)/`),
        on(String.raw`^/in/[^/]+/details/[^/]+/edit/`),
        on(String.raw`^/in/[^/]+/opportunities/job-opportunities/edit`),
        { host: www, path: String.raw`^/in/[^/]+/`, any: profileForm },
      ],
    },
    { id: 'linkedin.profile.own', specificity: 2, when: [{ host: www, path: String.raw`^/in/[^/]+/`, any: ownProfile }] },
    {
      id: 'linkedin.profile.other',
      specificity: 2,
      when: [
        {
          host: www,
          path: String.raw`^/in/[^/?#]+/?((overlay/contact-info|details/[^/?#]+)/?)?([?#].*)?$`,
          none: [...ownProfile, ...profileForm],
        },
      ],
    },
    { id: 'linkedin.article.editor', specificity: 3, when: [on(String.raw`^/(article/(new|edit)|pulse/edit|newsletters/create)`)] },
    { id: 'linkedin.messaging', specificity: 2, when: [on('^/messaging/')] },
    { id: 'linkedin.jobs', specificity: 2, when: [on('^/jobs/')] },
    { id: 'linkedin.search', specificity: 2, when: [on('^/search/results/')] },
    { id: 'linkedin.company', specificity: 2, when: [on('^/(company|showcase|school)/[^/]+')] },
    { id: 'linkedin.mynetwork', specificity: 2, when: [on('^/mynetwork/')] },
    { id: 'linkedin.notifications', specificity: 2, when: [on('^/notifications/')] },
    { id: 'linkedin.learning', specificity: 2, when: [on(String.raw`^/learning(/|$|\?)`)] },
    { id: 'linkedin.settings', specificity: 2, when: [on('^/(mypreferences|psettings)/')] },
    { id: 'linkedin.feed', specificity: 1, when: [on(String.raw`^/(feed/?)?([?#].*)?$`), on('^/feed/')] },
  ],
};
