/**
 * Path words the rules rely on: kept in a diagnostics file. Every other segment (a member's slug,
 * a workbook's or sheet's name, an id) is replaced by `…`, and query and hash values always are.
 */
const STRUCTURAL = new Set(
  (
    'in edit forms intro add-edit details overlay contact-info opportunities job-opportunities feed update sharing compose preload sharebox ' +
    'company admin page-posts published school showcase messaging thread jobs view search results all people content mynetwork grow ' +
    'invitation-manager received sent notifications learning mypreferences psettings d categories article new pulse newsletters create ' +
    'x _layouts 15 xlviewerinternal.aspx doc.aspx doc2.aspx edit.aspx view.aspx open onedrive personal :x: :w: :p: r sites teams launch excel ' +
    't views authoring authoringnewworkbook newworkbook site home explore projects workbooks datasources collections favorites recents ' +
    'metrics app profile viz vizzes discover shared'
  ).split(' '),
);

function redactPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (segment === '' || STRUCTURAL.has(decodeSafe(segment).toLowerCase()) ? segment : '…'))
    .join('/');
}

function redactQuery(query: string): string {
  if (!query) return '';
  const keys = query
    .replace(/^\?/, '')
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const key = decodeSafe(pair.split('=')[0] ?? '');
      return /^[\w:.-]{1,40}$/.test(key) ? `${key}=…` : '…';
    });
  return `?${keys.join('&')}`;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL with names, ids and query values removed: what a diagnostics file may hold. */
export function redactUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '…';
  }
  let hash = '';
  if (url.hash) {
    // Tableau Cloud routes live in the hash (#/site/<site>/views/<workbook>/<view>?:iid=1).
    const [route = '', query = ''] = url.hash.slice(1).split('?');
    hash = `#${redactPath(route)}${query ? redactQuery(query) : ''}`;
  }
  return `${url.protocol}//${url.hostname}${redactPath(url.pathname)}${redactQuery(url.search)}${hash}`;
}
