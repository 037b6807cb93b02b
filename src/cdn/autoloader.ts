/**
 * Defines the lazily loaded `pay-*` elements as they appear: the main file watches the document,
 * and `observe(root)` watches any other root (a shadow root of the merchant's own component).
 * An element whose file cannot be loaded gets a `pay-error` (it never renders, so it would
 * otherwise fail silently).
 */
import { emit } from '../core/events.js';
import { lazyFiles } from './manifest.js';
import { LazyLoadError, loadLazyFile } from './load-lazy-file.js';

const lazyTags = Object.keys(lazyFiles);
const undefinedLazyElements = lazyTags.map((tag) => `${tag}:not(:defined)`).join(',');

/**
 * The class of the element `tag`, loading its file first when it is not in the main file.
 * Rejects (`LazyLoadError`) when the file cannot be loaded or `tag` is no pay-elements element.
 */
export async function load(tag: string): Promise<CustomElementConstructor> {
  const name = tag.toLowerCase();
  const defined = customElements.get(name); // the main file's elements, or a file loaded already
  if (defined) return defined;
  await loadLazyFile(name); // rejects for a tag that is no pay-elements element
  return customElements.whenDefined(name); // the file has defined it (or another copy had)
}

function request(element: Element): void {
  const tag = element.localName;
  if (!(tag in lazyFiles) || customElements.get(tag)) return;
  loadLazyFile(tag).catch((error: unknown) => {
    const { code, message } = error instanceof LazyLoadError ? error : new LazyLoadError('sdk_load_failed', String(error));
    emit(element, 'pay-error', { code, message });
  });
}

function requestWithin(root: ParentNode): void {
  if (undefinedLazyElements) root.querySelectorAll(undefinedLazyElements).forEach(request);
}

/**
 * Defines every lazily loaded pay-elements element under `root` (a document, a shadow root or
 * an element), now and whenever one is added later. Returns a function that stops watching.
 */
export function observe(root: Document | DocumentFragment | Element): () => void {
  requestWithin(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        request(node as Element);
        if ((node as Element).firstElementChild) requestWithin(node as Element);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
