"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Permission } from "@/lib/auth/roles";
import type { ViewerDto } from "@/lib/auth/viewer";

const ViewerContext = createContext<ViewerDto | null>(null);

/** Who is using the page, from the server's request context; forms use it to stop asking for a name once someone is known. */
export function ViewerProvider({ viewer, children }: { viewer: ViewerDto; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerDto {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() needs a <ViewerProvider> (app/layout.tsx)");
  return viewer;
}

/** Whether to offer an action; the server decides for real. */
export function useCan(permission: Permission): boolean {
  return useViewer().permissions.includes(permission);
}

/** Renders its children only for viewers who may do it (write buttons are not offered to those the server would refuse). */
export function WhenAllowed({ permission, children, otherwise = null }: { permission: Permission; children: ReactNode; otherwise?: ReactNode }) {
  return useCan(permission) ? children : otherwise;
}
