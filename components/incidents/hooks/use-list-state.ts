"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useTransition } from "react";
import { listStateToSearch, type ListState } from "../lib/list-state";
import { parseListState } from "../lib/parse-list-state";

/**
 * The incident list's state, read from and written to the URL (replace: filtering is not navigation).
 * A change is a server navigation that brings the new page of rows; `pending` is true until it lands,
 * so the table can say it is updating while the previous rows stay.
 */
export function useListState(): [ListState, (next: ListState) => void, boolean] {
  const searchParams = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const state = useMemo(() => parseListState(new URLSearchParams(searchParams.toString())), [searchParams]);
  const setState = useCallback(
    (next: ListState) => {
      const search = listStateToSearch(next);
      startTransition(() => router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }));
    },
    [router, pathname],
  );
  return [state, setState, pending];
}
