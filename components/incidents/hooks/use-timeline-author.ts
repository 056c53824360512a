"use client";

import { useViewer } from "@/components/shell/viewer-context";
import { timelineAuthor } from "../lib/author";
import { useRememberedName } from "./use-remembered-name";

/** What to send as `author` with a change from this browser: nothing once the viewer is known. */
export function useTimelineAuthor(): { author?: string } {
  const anonymous = useViewer().kind === "anonymous";
  const [name] = useRememberedName();
  return timelineAuthor(anonymous, name);
}
