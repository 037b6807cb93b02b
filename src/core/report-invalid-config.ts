import { emit } from './events.js';

/**
 * Emits `pay-error` `invalid_config` from `element` once per distinct `mistake` (a key naming
 * what is wrong; "" when nothing is): re-rendering, or setting the same wrong value again, says
 * nothing new. `reported` is the element's own record of what it has said; `message` is only
 * worded when it is emitted.
 */
export function reportInvalidConfig(element: EventTarget, reported: Set<string>, mistake: string, message: () => string): void {
  if (!mistake || reported.has(mistake)) return;
  reported.add(mistake);
  emit(element, 'pay-error', { code: 'invalid_config', message: message() });
}
