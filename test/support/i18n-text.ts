/**
 * What a shopper sees or hears of an element: the text of its shadow tree (nested shadow trees
 * included), leaving out what is not rendered (display:none, `hidden`, a closed `<details>`),
 * plus the attributes that are read or shown instead of text.
 */

/** Attributes whose value is shown (placeholder, title, alt) or spoken (aria-*). */
export const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'placeholder', 'title', 'alt'] as const;

export interface VisibleText {
  text: string;
  /** Where it is: `pay-card-form > label[for=number]`, `… button [aria-label]`. */
  where: string;
}

const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const part = !id && element.getAttribute('part') ? `[part="${element.getAttribute('part')}"]` : '';
  const forId = element.getAttribute('for') ? `[for=${element.getAttribute('for')}]` : '';
  return `${element.localName}${id}${part}${forId}`;
}

function attributeTexts(element: Element, path: string, into: VisibleText[]): void {
  for (const name of TEXT_ATTRIBUTES) {
    const value = element.getAttribute(name)?.trim();
    if (value) into.push({ text: value, where: `${path} [${name}]` });
  }
  // A button drawn from an <input> shows its value.
  if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type) && element.value.trim()) {
    into.push({ text: element.value.trim(), where: `${path} [value]` });
  }
}

function walk(root: ShadowRoot, path: string, into: VisibleText[]): void {
  for (const node of root.querySelectorAll('*')) {
    if (SKIPPED.has(node.tagName) || !node.checkVisibility()) continue;
    const here = `${path} > ${describe(node)}`;
    attributeTexts(node, here, into);
    for (const child of node.childNodes) {
      const text = child.nodeType === Node.TEXT_NODE ? child.textContent!.replace(/\s+/g, ' ').trim() : '';
      if (text) into.push({ text, where: here });
    }
    if (node.shadowRoot) walk(node.shadowRoot, here, into);
  }
  // Text nodes straight under the shadow root.
  for (const child of root.childNodes) {
    const text = child.nodeType === Node.TEXT_NODE ? child.textContent!.replace(/\s+/g, ' ').trim() : '';
    if (text) into.push({ text, where: path });
  }
}

/** Every visible text of `host`'s shadow tree, and the text attributes of the host itself (an element may label its host). */
export function visibleTexts(host: Element): VisibleText[] {
  const into: VisibleText[] = [];
  attributeTexts(host, host.localName, into);
  if (host.shadowRoot) walk(host.shadowRoot, host.localName, into);
  return into;
}

/** Every shadow root at or under `host`'s. */
function shadowRoots(host: Element): ShadowRoot[] {
  if (!host.shadowRoot) return [];
  const roots = [host.shadowRoot];
  for (const element of host.shadowRoot.querySelectorAll('*')) roots.push(...shadowRoots(element));
  return roots;
}

/**
 * Resolves once no live region of `host` (nested ones included) is `aria-busy`: an announcer
 * writes its message a moment after the change, and that message is text to check too.
 */
export async function announcersQuiet(host: Element, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const busy = () => shadowRoots(host).some((root) => root.querySelector('[aria-live][aria-busy="true"], [role="status"][aria-busy="true"], #announcer[aria-busy="true"]'));
  while (busy()) {
    if (Date.now() > deadline) throw new Error(`<${host.localName}>'s announcer still busy after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
