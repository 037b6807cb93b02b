/**
 * URL path decoding for CSP path matching, as Chromium does it (`DecodeURLEscapeSequences` in
 * UTF-8-or-isomorphic mode): valid `%XX` escapes become bytes, a stray `%` stays as it is, and
 * the bytes are read as UTF-8 when they are valid UTF-8, else one character per byte (Latin-1).
 * So `%E9` and `%C3%A9` both read `é`, and `%ZZ` never throws (unlike `decodeURIComponent`).
 */
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** The decoded form of a path, never throwing. */
export function decodeUrlPath(path: string): string {
  if (!path.includes('%')) return path;
  const bytes: number[] = [];
  for (let i = 0; i < path.length; i++) {
    const hex = path.slice(i + 1, i + 3);
    if (path[i] === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      const codePoint = path.codePointAt(i)!;
      const char = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  const array = Uint8Array.from(bytes);
  try {
    return utf8.decode(array);
  } catch {
    return String.fromCharCode(...array);
  }
}
