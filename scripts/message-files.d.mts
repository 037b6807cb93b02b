export function messageFiles(srcDir: string): string[];
