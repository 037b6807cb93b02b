import type { Plugin } from 'vite';
export const MAIN_FILE: string;
export function lazyElements(): { tag: string; file: string; entry: string }[];
export function buildLazyFiles(): Promise<unknown>;
export function cdnLazyElements(): Plugin;
