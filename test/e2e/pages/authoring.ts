import type { BrowserContext, CDPSession, Locator } from '@playwright/test';
import { SidePanel } from './side-panel';

/** The side panel's authoring views: settings, the tip editor, my tips. */
export class AuthoringPanel extends SidePanel {
  static override async open(context: BrowserContext, extensionId: string): Promise<AuthoringPanel> {
    const panel = await SidePanel.open(context, extensionId);
    return new AuthoringPanel(panel.page);
  }

  /** Sets role and name in #settings. */
  async becomeMentor(name: string): Promise<void> {
    await this.page.goto(this.page.url().replace(/#.*$/, '') + '#settings');
    const mentor = this.page.getByRole('radio', { name: /^Mentor/ });
    await mentor.click();
    await mentor.waitFor({ state: 'attached' });
    await this.page.waitForFunction(() => (document.querySelector('input[type=radio][value=mentor]') as HTMLInputElement | null)?.checked === true);
    await this.page.getByLabel('My name').fill(name);
    await this.page.getByLabel('My name').press('Enter');
    await this.page.getByRole('navigation').getByRole('link', { name: 'Write a tip', exact: true }).waitFor();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }
}

/** A node of the DevTools protocol's DOM tree, pierced through shadow roots. */
type DomNode = { nodeName: string; nodeType: number; nodeValue?: string; backendNodeId: number; attributes?: string[]; children?: DomNode[]; shadowRoots?: (DomNode & { shadowRootType?: string })[] };

const findNode = (node: DomNode, pred: (n: DomNode) => boolean): DomNode | null => {
  if (pred(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const hit = findNode(child, pred);
    if (hit) return hit;
  }
  return null;
};

const attrOf = (n: DomNode, name: string): string | null => {
  const attrs = n.attributes ?? [];
  const i = attrs.indexOf(name);
  return i >= 0 ? (attrs[i + 1] ?? '') : null;
};

/** The Tandem Tips overlay's closed shadow root in a page, and a finder for its parts by class. */
async function overlayShadow(cdp: CDPSession): Promise<{ byClass: (name: string) => DomNode | null } | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const host = findNode(root as DomNode, (n) => n.nodeName === 'TANDEM-TIPS-LAYER');
  if (!host) return null;
  const shadow = host.shadowRoots?.[0];
  if (!shadow || shadow.shadowRootType !== 'closed') throw new Error('overlay is not in a closed shadow root');
  return { byClass: (name) => findNode(shadow, (n) => (attrOf(n, 'class') ?? '').split(' ').includes(name)) };
}

/** Finds the Tandem Tips overlay in a page's closed shadow root through the DevTools protocol. */
export async function overlayBox(cdp: CDPSession): Promise<{ x: number; y: number; width: number; height: number; popoverOpen: boolean } | null> {
  const overlay = await overlayShadow(cdp);
  const box = overlay?.byClass('box');
  const layer = overlay?.byClass('layer');
  if (!box || !layer) return null;
  const model = await cdp.send('DOM.getBoxModel', { backendNodeId: box.backendNodeId });
  const [x1, y1, x2, , , y3] = model.model.border;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId });
  const open = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.matches(":popover-open"); }', returnByValue: true });
  return { x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1!, popoverOpen: open.result.value === true };
}

/** What the Tandem Tips callout on the page says, read through the DevTools protocol (its shadow root is closed). */
export async function overlayCallout(cdp: CDPSession): Promise<{ counter: string; title: string; body: string; next: { text: string; hidden: boolean; x: number; y: number } } | null> {
  const overlay = await overlayShadow(cdp);
  const text = (n: DomNode | null | undefined): string => (n ? (n.nodeType === 3 ? (n.nodeValue ?? '') : (n.children ?? []).map(text).join('')) : '');
  const next = overlay?.byClass('next');
  if (!overlay || !next) return null;
  const hidden = attrOf(next, 'hidden') !== null;
  let [x, y] = [0, 0];
  if (!hidden) {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: next.backendNodeId });
    x = (model.border[0]! + model.border[2]!) / 2;
    y = (model.border[1]! + model.border[5]!) / 2;
  }
  return { counter: text(overlay.byClass('counter')), title: text(overlay.byClass('title')), body: text(overlay.byClass('body')), next: { text: text(next), hidden, x, y } };
}
