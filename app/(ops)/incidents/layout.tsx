import type { ReactNode } from "react";
import { Toaster } from "@/components/ui/toaster";

/**
 * Toasts must outlive the navigation that follows a save ("Incident logged" then the
 * incident's page), so the toaster lives in this layout, not in a page. If the root
 * layout mounts <Toaster/> one day, delete this file.
 */
export default function IncidentsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <Toaster />
    </>
  );
}
