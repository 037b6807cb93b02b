/** PayGlocal adapter: wire-format schemas and the status map. No DOM. */
export * from './payglocal-schemas.js';
export * from './payglocal-status.js';
