/**
 * A duration as words in the shopper's language — "4 minutes", "30 seconds", "1 minute
 * 30 seconds" — through `Intl` (no catalog needed: `Intl.NumberFormat`'s units know each
 * language's plurals).
 */
export function spokenDuration(seconds: number, locale: string): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const unit = (value: number, name: 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (minutes === 0) return unit(rest, 'second');
  if (rest === 0) return unit(minutes, 'minute');
  return new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' }).format([unit(minutes, 'minute'), unit(rest, 'second')]);
}
