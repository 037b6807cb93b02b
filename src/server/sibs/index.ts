/** sibs helpers for the merchant's server (filled in by the sibs work). */
export {};
