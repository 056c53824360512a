const UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A header value as the text its sender meant. Node and fetch hand header bytes over one
 * character per byte (Latin-1), but proxies send UTF-8: oauth2-proxy passes a preferred username
 * of 张三 through as its UTF-8 bytes, which read as "å¼ ä¸". A value whose bytes are valid UTF-8
 * is read as UTF-8; any other value (plain ASCII, or Latin-1 that is not UTF-8) is left as it is.
 * Pure; works in the browser and the edge runtime too (no Buffer).
 */
export function headerText(value: string): string {
  // Only bytes 0x80–0xFF can start a multi-byte sequence; a character above 0xFF was not a byte.
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  try {
    return UTF8.decode(Uint8Array.from(value, (c) => c.charCodeAt(0)));
  } catch {
    // Not UTF-8: the sender meant Latin-1 (or sent noise); keep the characters as received.
    return value;
  }
}
