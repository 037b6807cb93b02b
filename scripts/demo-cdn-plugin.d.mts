import type { Plugin } from 'vite';

/** `npm start` only: serves the script-tag files (dist/cdn/), built in memory, under /__pages/cdn/. */
export function demoCdnPlugin(): Plugin;
