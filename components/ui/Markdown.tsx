import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import { safeLinkUrl } from '@/lib/markdown/safe-url';

/**
 * Markdown from tips and notes, rendered to React elements (never HTML strings): what looks like
 * HTML is shown as the text typed, images are not rendered (no remote requests), links only
 * https:/mailto:.
 */

/**
 * Parses `<div>`, `<Enter>` or `<script>` as plain text instead of as HTML: dropping HTML lost
 * "press <Ctrl> and <Enter>" words, and a paragraph starting with `<script>` lost all of it.
 */
const htmlAsText: NonNullable<Options['remarkPlugins']>[number] = function () {
  const data = this.data() as { micromarkExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlFlow', 'htmlText'] } });
};
const remarkPlugins = [htmlAsText];

const ALLOWED = ['p', 'strong', 'em', 'code', 'ul', 'ol', 'li', 'a', 'br', 'blockquote', 'pre', 'del', 'hr'];

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
};

const inlineComponents: Components = { ...components, p: ({ children }) => <>{children}</> };

export function Markdown({ text, inline = false }: { text: string; inline?: boolean }) {
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      // Nothing parses as HTML any more; should anything still, it is dropped, never rendered.
      skipHtml
      allowedElements={ALLOWED}
      unwrapDisallowed
      urlTransform={(url) => safeLinkUrl(url) ?? ''}
      components={inline ? inlineComponents : components}
    >
      {text}
    </ReactMarkdown>
  );
}
