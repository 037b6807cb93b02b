/** payglobe helpers for the merchant's server (filled in by the payglobe work). */
export {};
