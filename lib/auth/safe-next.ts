/**
 * Where to go after signing in (pure; the sign-in page and its client both use it): only a
 * path on this site, so a crafted `?next=` cannot send someone elsewhere. Read with the URL
 * parser browsers use, not by its first characters: `/\evil.example` and `/<tab>/evil.example`
 * start with one slash, yet a browser opens them as `//evil.example`, another site.
 */
const HERE = "http://triage.invalid";

export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return "/";
  }
  return url.origin === HERE ? `${url.pathname}${url.search}${url.hash}` : "/";
}
