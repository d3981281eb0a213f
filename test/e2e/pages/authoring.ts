import type { BrowserContext, CDPSession, Locator } from '@playwright/test';
import { SidePanel } from './side-panel';

/** The side panel's authoring views: settings, the tip editor, my tips. */
export class AuthoringPanel extends SidePanel {
  static override async open(context: BrowserContext, extensionId: string): Promise<AuthoringPanel> {
    const panel = await SidePanel.open(context, extensionId);
    return new AuthoringPanel(panel.page);
  }

  nav(name: string | RegExp): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: typeof name === 'string' });
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

/** Finds the Tandem Tips overlay in a page's closed shadow root through the DevTools protocol. */
export async function overlayBox(cdp: CDPSession): Promise<{ x: number; y: number; width: number; height: number; popoverOpen: boolean } | null> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  type Node = { nodeName: string; nodeId: number; backendNodeId: number; attributes?: string[]; children?: Node[]; shadowRoots?: (Node & { shadowRootType?: string })[] };
  const find = (node: Node, pred: (n: Node) => boolean): Node | null => {
    if (pred(node)) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const hit = find(child, pred);
      if (hit) return hit;
    }
    return null;
  };
  const host = find(root as Node, (n) => n.nodeName === 'TANDEM-TIPS-LAYER');
  if (!host) return null;
  const shadow = host.shadowRoots?.[0] as (Node & { shadowRootType?: string }) | undefined;
  if (!shadow || shadow.shadowRootType !== 'closed') throw new Error('overlay is not in a closed shadow root');
  const classIs = (name: string) => (n: Node) => {
    const attrs = n.attributes ?? [];
    const i = attrs.indexOf('class');
    return i >= 0 && (attrs[i + 1] ?? '').split(' ').includes(name);
  };
  const box = find(shadow, classIs('box'));
  const layer = find(shadow, classIs('layer'));
  if (!box || !layer) return null;
  const model = await cdp.send('DOM.getBoxModel', { backendNodeId: box.backendNodeId });
  const [x1, y1, x2, , , y3] = model.model.border;
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId });
  const open = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.matches(":popover-open"); }', returnByValue: true });
  return { x: x1!, y: y1!, width: x2! - x1!, height: y3! - y1!, popoverOpen: open.result.value === true };
}

