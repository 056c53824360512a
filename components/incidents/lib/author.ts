/** Who the timeline names for actions from this browser: the remembered reporter name, else a marker that it came from the web UI. */
export function timelineAuthor(rememberedName: string): string {
  return rememberedName.trim() || "web";
}
