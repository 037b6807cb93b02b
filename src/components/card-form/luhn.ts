/**
 * Luhn (mod 10) checksum over a digit string. Catches every single-digit typo and
 * most adjacent transpositions, which is why every card scheme uses it.
 * Non-digit input and the empty string are never valid.
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  // Walk from the right: every second digit (starting with the one left of the
  // check digit) is doubled, and 10–18 fold back to 1–9 by subtracting 9.
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `payload + digit` pass Luhn (handy for test data). */
export function luhnCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) {
    if (luhnValid(payload + d)) return String(d);
  }
  throw new RangeError('payload must be digits');
}
