import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a copy button says "Copied" before it says "Copy" again. */
export const COPIED_MS = 2000;

/**
 * Copies text to the clipboard for an element's copy buttons, says how it went (through the
 * element's announcer), and remembers for a moment which one was copied so its button can say so.
 * Shared by every element that shows something to copy (`<pay-bank-transfer>`'s details, a
 * Multibanco entity and reference):
 *
 * ```ts
 * private readonly clipboard = new ClipboardCopy<'iban'>(this, (message) => this.announcer.announce(message));
 * // in a click handler:
 * void this.clipboard.copy('iban', iban, { done: 'IBAN copied.', failed: 'Couldn’t copy the IBAN.' });
 * // in render(): this.clipboard.copied === 'iban' → the button says "Copied"
 * ```
 */
export class ClipboardCopy<K extends string> implements ReactiveController {
  /** The key copied last, for `COPIED_MS`; null otherwise. */
  copied: K | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost, private readonly say: (message: string) => void) {
    host.addController(this);
  }

  /** Copies `text`, then says `messages.done`, or `messages.failed` when the clipboard refuses. */
  async copy(key: K, text: string, messages: { done: string; failed: string }): Promise<void> {
    try {
      // Absent outside secure contexts; rejects without permission or while the page lacks focus.
      await navigator.clipboard.writeText(text);
    } catch {
      this.say(messages.failed);
      return;
    }
    this.say(messages.done);
    this.copied = key;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.copied = null;
      this.host.requestUpdate();
    }, COPIED_MS);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.copied = null;
  }
}
