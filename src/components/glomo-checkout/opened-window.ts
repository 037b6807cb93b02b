/**
 * The window a provider SDK opens. The sandbox's `open()` returns it, Glomo's real SDK documents
 * no return value: so for the length of that one synchronous call `window.open` is wrapped to
 * see what it gave the SDK. That tells a blocked popup (null) from one that opened, either way.
 */

export interface OpenedWindow {
  /** What `open()` itself returned. */
  returned: unknown;
  /** The popup to follow: a window, null when the browser blocked it, undefined when the SDK opened no window (an overlay). */
  popup: Window | null | undefined;
}

/** A `WindowProxy` (also a cross-origin one, whose `closed` stays readable). */
export function isWindowProxy(value: unknown): value is Window {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return typeof (value as Window).closed === 'boolean' && typeof (value as Window).close === 'function';
  } catch {
    return false;
  }
}

/** Runs `open` (which may throw: the caller handles it) and reports the window it opened. */
export function captureOpenedWindow(view: Window, open: () => unknown): OpenedWindow {
  const original = view.open;
  let opened: Window | null | undefined;
  const wrapped = function (this: unknown, ...args: Parameters<Window['open']>): Window | null {
    let popup: Window | null;
    try {
      popup = original.apply(view, args);
    } catch (error) {
      opened = null; // some embedded contexts throw instead of returning null
      throw error;
    }
    opened = popup ?? null;
    return popup;
  };
  view.open = wrapped;
  let returned: unknown;
  try {
    returned = open();
  } finally {
    // Put back the original unless the SDK replaced it meanwhile (then leave its choice alone).
    if (view.open === wrapped) view.open = original;
  }
  return { returned, popup: isWindowProxy(returned) ? returned : opened };
}
