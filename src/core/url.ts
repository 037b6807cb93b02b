/** `url` resolved against `base`, or null when it is no URL (instead of throwing). */
export function parseUrl(url: string, base?: string | URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
