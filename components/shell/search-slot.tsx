/**
 * The header's search field. Until symptom search lands it filters the runbook
 * list (a plain GET form, so it works without JavaScript).
 */
export function SearchSlot() {
  return (
    <form action="/runbooks" method="get" role="search" className="flex-1 sm:flex-none">
      <label htmlFor="site-search" className="sr-only">
        Search runbooks by symptom
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search by symptom or error…"
        className="w-full rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 sm:w-64 dark:border-zinc-700 dark:bg-zinc-900"
      />
    </form>
  );
}
