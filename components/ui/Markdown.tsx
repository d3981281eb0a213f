import ReactMarkdown, { type Components } from 'react-markdown';
import { safeLinkUrl } from '@/lib/markdown/safe-url';

/**
 * Markdown from tips and notes, rendered to React elements (never HTML strings): raw HTML is
 * dropped, images are not rendered (no remote requests), links only https:/mailto:.
 */
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
