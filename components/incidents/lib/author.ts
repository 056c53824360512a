/**
 * The `author` a change from this browser sends: nothing when the viewer is
 * known (the server records them), else the remembered (unverified) name,
 * else a marker that it came from the web UI.
 */
export function timelineAuthor(anonymous: boolean, rememberedName: string): { author?: string } {
  if (!anonymous) return {};
  return { author: rememberedName.trim() || "web" };
}
