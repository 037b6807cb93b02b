/** payglocal helpers for the merchant's server (filled in by the payglocal work). */
export {};
