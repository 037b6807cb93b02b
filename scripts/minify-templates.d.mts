import type { Plugin } from 'vite';
export function minifyTemplates(code: string, fileName?: string): string;
export function viteMinifyTemplates(): Plugin;
export function esbuildMinifyTemplates(): { name: string; setup(build: unknown): void };
