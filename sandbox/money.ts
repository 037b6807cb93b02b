/** Integer minor units → a display string (`1050, 'EUR'` → `€10.50`), with the currency's own decimals. */
export function formatMinorUnits(amount: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** decimals);
  } catch {
    return `${amount} ${currency}`;
  }
}
