import type { ConditionData, RuleSet, SignalData } from '../rule-format';

// ChatGPT's places as data. URLs and markers come from public automation code and notes that
// drive the 2026 site (see the fixtures' headers in test/fixtures/chatgpt/ and the real-URL table):
// the URL says most (`/c/<id>`, `/g/g-p-…/project`, `#settings/DataControls`), the composer's
// `data-system-hint-type` pills say which tool is switched on. Class names are never used.
const host = String.raw`^(chatgpt\.com|chat\.openai\.com)$`;

const at = (path: string): ConditionData => ({ host, path });
const showing = (...any: SignalData[]): ConditionData => ({ host, any });

/** A composer pill ("Web search", "Deep research", "Create image") is switched on. */
const pill = (hint: string): SignalData => ({ selector: `[data-system-hint-type${hint}]` });

export const chatgptRules: RuleSet = {
  format: 'tandem-tips/rules',
  formatVersion: 1,
  tool: 'chatgpt',
  version: 1,
  // The composer (its pills and attachments), the settings dialog and the temporary-chat switch (its
  // label flips between on and off); the conversation's own churn is not watched.
  regions: ['form', '[role="dialog"]', '[data-composer-attachments]', 'button[aria-label*="tempor" i]'],
  contexts: [
    {
      id: 'chatgpt.settings.data-controls',
      specificity: 4,
      when: [at('#settings/DataControls($|[/?&])'), showing({ selector: '[data-testid="improve-model-open-modal-button"], [data-testid="improve-model-toggle"]' })],
    },
    {
      id: 'chatgpt.settings.personalization',
      specificity: 4,
      when: [at('#settings/Personalization($|[/?&])'), showing({ selector: '[role="tab"][data-testid="personalization-tab"][aria-selected="true"]' })],
    },
    { id: 'chatgpt.deep-research', specificity: 4, when: [showing(pill('*="deep_research"'))] },
    { id: 'chatgpt.search', specificity: 4, when: [at(String.raw`[?&]hints=search(&|#|$)`), showing(pill('="search"'))] },
    { id: 'chatgpt.file-upload', specificity: 4, when: [showing({ selector: '[data-composer-attachments] :is(button, [role="button"])' })] },
    { id: 'chatgpt.images', specificity: 3, when: [at('^/images(/|$|[?#])'), showing(pill('="picture_v2"'))] },
    {
      id: 'chatgpt.temporary',
      specificity: 3,
      when: [
        at(String.raw`[?&]temporary-chat=true(&|#|$)`),
        // Shown only while a temporary chat is on (the off state says "Turn on temporary chat").
        showing({ selector: 'button[aria-label]', name: '^(Turn off temporary chat|Temporären Chat ausschalten)$' }),
      ],
    },
    {
      id: 'chatgpt.settings',
      specificity: 3,
      when: [at('#settings($|/)'), showing({ selector: '[role="tab"][data-testid="personalization-tab"]' })],
    },
    { id: 'chatgpt.project', specificity: 3, when: [at('^/g/g-p-[^/?#]+/(project|c/)')] },
    // A custom GPT; `g-p-…` are projects.
    { id: 'chatgpt.gpt', specificity: 3, when: [at('^/g/g-(?!p-)[^/?#]+')] },
    { id: 'chatgpt.gpts', specificity: 2, when: [at('^/gpts(/|$|[?#])')] },
    { id: 'chatgpt.conversation', specificity: 2, when: [at('^/(g/[^/?#]+/)?c/[^/?#]+')] },
    { id: 'chatgpt.new-chat', specificity: 1, when: [at('^/([?#].*)?$')] },
  ],
};
