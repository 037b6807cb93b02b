/**
 * Keyboard-only driving for the end-to-end keyboard tests: real key events (`sendKeys`), and
 * checks that the focused element — looked up through shadow roots — is one a sighted keyboard
 * user can see: a non-empty box, `:focus-visible`, and a drawn focus indicator (an outline or a
 * box-shadow in its computed style).
 */
import { sendKeys } from '@web/test-runner-commands';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The focused element, looking into shadow roots (an iframe when focus is inside its page). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short readable name for an element in failure messages: `button[part=button]` "Pay". */
export function describe(element: Element | null): string {
  if (!element) return 'nothing';
  const part = element.getAttribute('part');
  const id = element.id ? `#${element.id}` : '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${element.localName}${id}${part ? `[part=${part}]` : ''}${text ? ` "${text}"` : ''}`;
}

/** Why `element` does not show a visible focus indicator, or null when it does. */
export function focusIndicatorProblem(element: Element | null): string | null {
  if (!element || element === document.body || element === document.documentElement) return `focus is lost (on ${describe(element)})`;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return `${describe(element)} has an empty box (${box.width}×${box.height})`;
  // Focus inside a frame's page: the frame is the active element but matches no :focus selector
  // (Chromium); its page draws its own ring, and ours must draw one round the frame.
  if (element.localName !== 'iframe' && !element.matches(':focus-visible')) return `${describe(element)} does not match :focus-visible`;
  // A frame may be ringed by the box that holds it (a checkout area) rather than by itself.
  const ringed = element.localName === 'iframe' ? [element, element.parentElement] : [element];
  if (!ringed.some((each) => each && drawsRing(each))) return `${describe(element)} is focused but draws no outline or box-shadow`;
  return null;
}

function drawsRing(element: Element): boolean {
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !isTransparent(style.outlineColor);
  return outline || (style.boxShadow !== 'none' && style.boxShadow !== '');
}

function isTransparent(color: string): boolean {
  return color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
}

/** Asserts (by throwing, with a plain message) that focus is on something visible with a ring. */
export function assertFocusVisible(step: string): Element {
  const active = deepActiveElement();
  const problem = focusIndicatorProblem(active);
  if (problem) throw new Error(`${step}: ${problem}`);
  return active!;
}

/** Presses one key (`Tab`, `Shift+Tab`, `Enter`, `Space`, `Escape`, `ArrowDown`…). */
export async function press(key: string): Promise<void> {
  if (key.startsWith('Shift+')) {
    // `press` takes one key: hold Shift round it.
    await sendKeys({ down: 'Shift' });
    try {
      await sendKeys({ press: key.slice('Shift+'.length) });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    return;
  }
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** Types text key by key into whatever has focus. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** Presses `key`, waits a frame for the page to react, and asserts visible focus afterwards. */
export async function step(key: string, what = key): Promise<Element> {
  await press(key);
  await nextFrame();
  return assertFocusVisible(`after ${what}`);
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * Presses `key` (Tab by default) until `isTarget(focused)` holds, asserting a visible focus ring
 * at every stop on the way; fails after `max` presses. Returns the target.
 */
export async function moveFocusTo(isTarget: (focused: Element) => boolean, what: string, key = 'Tab', max = 15): Promise<Element> {
  const seen: string[] = [];
  for (let presses = 0; presses < max; presses += 1) {
    const focused = await step(key, `${key} towards ${what}`);
    if (isTarget(focused)) return focused;
    seen.push(describe(focused));
  }
  throw new Error(`${what} not reached with ${max} × ${key} (passed ${seen.join(' → ')})`);
}

/** Polls `probe` until it returns something truthy; fails after `ms` with `what`. */
export async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/**
 * Waits until focus rests on a visible, ringed element (after a state change the element moves
 * focus in its `updated()`), and returns it; fails with the last problem seen.
 */
export async function focusSettles(what: string, isTarget: (focused: Element) => boolean = () => true, ms = 5000): Promise<Element> {
  const deadline = Date.now() + ms;
  for (;;) {
    const active = deepActiveElement();
    const problem = focusIndicatorProblem(active) ?? (isTarget(active!) ? null : `focus is on ${describe(active)}`);
    if (!problem) return active!;
    if (Date.now() > deadline) throw new Error(`${what}: ${problem}`);
    await sleep(25);
  }
}

/** Starts keyboard use from the top of the page: nothing focused, so the next Tab goes to the first stop. */
export function startFromTop(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

/**
 * Asserts that `focused` is `expected`, comparing plain strings: a chai assertion that prints
 * elements (of a frame that may be gone) can hang the test runner.
 */
export function expectFocusOn(focused: Element | null, expected: Element | null, what: string): void {
  if (focused !== expected) throw new Error(`${what}: focus is on ${describe(focused)}, expected ${describe(expected)}`);
}

/**
 * Watches, every 10 ms, whether focus has fallen to the page (`document.body`) — as it does when a
 * focused control is disabled or removed by a state change. `stop()` returns what it saw. A pass
 * through the page on the way into a frame is not a loss: Chromium hands focus to an
 * out-of-process frame asynchronously, and the page holds it for a few milliseconds meanwhile.
 */
export function watchFocusLoss(): { stop(): string[] } {
  const losses: string[] = [];
  const onPage = (element: Element | null) => element === null || element === document.body;
  let last: Element | null = deepActiveElement();
  let pending: string | null = null; // a fall seen, judged by where focus goes next
  const sample = () => {
    const now = deepActiveElement();
    if (onPage(now)) {
      if (!onPage(last)) pending = `focus fell to the page from ${describe(last)}`;
    } else {
      if (pending && now!.localName !== 'iframe') losses.push(`${pending}, then went to ${describe(now)}`);
      pending = null;
    }
    last = now;
  };
  const timer = setInterval(sample, 10);
  return {
    stop() {
      clearInterval(timer);
      sample(); // where focus is now settles a fall seen last
      if (pending) losses.push(`${pending}, and stayed there`);
      return losses;
    },
  };
}
