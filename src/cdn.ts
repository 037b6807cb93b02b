/**
 * The script-tag bundle's entry: defines every element and exposes the library as
 * `window.PayElements` (the IIFE's global name).
 */
export * from './define.js';
