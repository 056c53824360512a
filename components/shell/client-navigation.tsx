"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { clientNavigationTarget } from "@/lib/client-navigation-target";

/**
 * Turns clicks on the app's own links into client-side navigations (no full
 * reload), for every `<a>` on the page at once: links are plain anchors
 * (components/ui/link.tsx), so none of them costs a hydrated component.
 * Which clicks qualify is decided by clientNavigationTarget (pure, tested).
 */
export function ClientNavigation() {
  const router = useRouter();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a") : null;
      if (!anchor) return;
      const target = clientNavigationTarget(
        { href: anchor.getAttribute("href"), resolved: anchor.href, target: anchor.getAttribute("target"), download: anchor.hasAttribute("download") },
        window.location.href,
      );
      if (target === null) return;
      event.preventDefault();
      router.push(target);
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
