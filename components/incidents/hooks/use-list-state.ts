"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { listStateToSearch, type ListState } from "../lib/list-state";
import { parseListState } from "../lib/parse-list-state";

/** The incident list's state, read from and written to the URL (replace: filtering is not navigation). */
export function useListState(): [ListState, (next: ListState) => void] {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const state = useMemo(() => parseListState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const setState = useCallback(
    (next: ListState) => {
      const search = listStateToSearch(next);
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [router, pathname],
  );
  return [state, setState];
}
