import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { TextRun } from '../page/highlight';

// The same rule as the panel's Markdown: what looks like HTML is text.
const htmlAsText = { disable: { null: ['htmlFlow', 'htmlText'] } };

/**
 * A step's Markdown as the page callout shows it: plain, bold and code runs (links keep their
 * text, other emphasis is plain), so "Click **Post**" stays bold beside the element and
 * "press <Ctrl>" stays as typed — and nothing in it can become markup on the page.
 */
export function stepRuns(markdown: string): TextRun[] {
  const runs: TextRun[] = [];
  const push = (run: TextRun) => {
    const last = runs.at(-1);
    if (last && !last.code && !run.code && Boolean(last.strong) === Boolean(run.strong)) last.text += run.text;
    else runs.push(run);
  };
  const walk = (node: Nodes, strong: boolean) => {
    if (node.type === 'text') push(strong ? { text: node.value, strong } : { text: node.value });
    else if (node.type === 'inlineCode' || node.type === 'code') push({ text: node.value, code: true });
    else if (node.type === 'break') push({ text: ' ' });
    else if ('children' in node) {
      node.children.forEach((child, i) => {
        // Blocks (paragraphs, list items) follow each other with a space between them.
        if (i > 0 && (node.type === 'root' || node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')) push({ text: ' ' });
        walk(child, strong || node.type === 'strong');
      });
    }
  };
  walk(fromMarkdown(markdown, { extensions: [htmlAsText] }), false);
  const first = runs[0];
  const last = runs.at(-1);
  if (first && !first.code) first.text = first.text.trimStart();
  if (last && !last.code) last.text = last.text.trimEnd();
  return runs.filter((r) => r.text !== '');
}
