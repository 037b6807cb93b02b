type Updating = Element & { updateComplete?: Promise<unknown>; isUpdatePending?: boolean };

/** Waits until the element has rendered every update asked for so far. */
async function rendered(element: Updating): Promise<void> {
  do await element.updateComplete;
  while (element.isUpdatePending);
}

/**
 * Waits until an element's announcer (its `#announcer` live region) has said what it was
 * asked to — the region is `aria-busy` while a message waits to be written — and returns
 * what it says. `said: true` also waits for it to say something (an announcement that
 * follows an asynchronous step, such as a clipboard write).
 */
export async function announced(element: Updating, { said = false, timeoutMs = 3000 } = {}): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await rendered(element);
    const region = element.shadowRoot?.querySelector('#announcer');
    if (!region) throw new Error('no announcer');
    const text = region.textContent!.trim();
    if (region.getAttribute('aria-busy') !== 'true' && (!said || text)) return text;
    if (Date.now() > deadline) throw new Error('the announcer is still waiting to speak');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Records each text an element's announcer takes on from now on: what a screen reader hears.
 * Like a screen reader, it sees changes only once the page is done with them (a mutation batch):
 * emptying and rewriting the same text in one go is no announcement.
 */
export function recordAnnouncements(element: Element): string[] {
  const said: string[] = [];
  const announcer = element.shadowRoot?.querySelector('#announcer');
  if (!announcer) throw new Error('no announcer');
  let last = announcer.textContent!.trim();
  new MutationObserver(() => {
    const text = announcer.textContent!.trim();
    if (text && text !== last) said.push(text);
    last = text;
  }).observe(announcer, { childList: true, characterData: true, subtree: true });
  return said;
}
