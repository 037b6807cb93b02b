import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A visible countdown to a deadline (the MB WAY request's expiry): whole seconds left,
 * re-rendering the host once a second, calling `onThreshold` when a moment worth announcing
 * passes and `onEnd` once at zero. Measured against the clock, not by counting ticks, so a
 * throttled background tab still ends on time. Stops when the host disconnects.
 */
export class Countdown implements ReactiveController {
  /** Whole seconds left (0 when stopped or ended). */
  remaining = 0;
  /** The length of the running countdown, in seconds. */
  total = 0;
  private deadline = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private handlers: { onThreshold(seconds: number): void; onEnd(): void } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while counting down. */
  get running(): boolean {
    return this.handlers !== null;
  }

  /** Starts (or restarts) a countdown of `seconds`. */
  start(seconds: number, handlers: { onThreshold(seconds: number): void; onEnd(): void }): void {
    this.stop();
    this.total = Math.max(0, Math.round(seconds));
    this.remaining = this.total;
    this.deadline = Date.now() + this.total * 1000;
    this.handlers = handlers;
    this.host.requestUpdate();
    this.schedule();
  }

  /** Stops without calling `onEnd`. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.handlers = null;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private schedule(): void {
    const left = this.deadline - Date.now();
    // Wake just after the next whole second, so the display never shows a second twice.
    const next = left <= 0 ? 0 : left % 1000 || 1000;
    this.timer = setTimeout(() => this.tick(), next + 5);
  }

  private tick(): void {
    const handlers = this.handlers;
    if (!handlers) return;
    const before = this.remaining;
    this.remaining = Math.max(0, Math.ceil((this.deadline - Date.now()) / 1000));
    this.host.requestUpdate();
    // Every threshold crossed since the last tick, but only the latest is worth saying.
    const crossed = announcementThresholds(this.total).filter((at) => at < before && at >= this.remaining && at > 0);
    if (crossed.length) handlers.onThreshold(crossed[crossed.length - 1]!);
    if (this.remaining === 0) {
      this.stop();
      handlers.onEnd();
      return;
    }
    this.schedule();
  }
}

/**
 * The moments a screen reader hears how long is left: each whole minute, then 30 and 10
 * seconds — never every second, which would drown everything else out. The start is
 * announced on its own, so `total` itself is not one of them.
 */
export function announcementThresholds(total: number): number[] {
  const moments = new Set<number>([10, 30]);
  for (let minute = 60; minute < total; minute += 60) moments.add(minute);
  return [...moments].filter((at) => at < total).sort((a, b) => b - a);
}

/** `239` → `3:59`: minutes and two-digit seconds, in the locale's digits. */
export function formatClock(seconds: number, locale: string): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  return `${new Intl.NumberFormat(locale, { useGrouping: false }).format(minutes)}:${two.format(rest)}`;
}

/** An ISO 8601 duration for `<time datetime>`: `239` → `PT3M59S`. */
export function isoDuration(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `PT${Math.floor(whole / 60)}M${whole % 60}S`;
}
