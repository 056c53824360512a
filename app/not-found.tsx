import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-3 text-zinc-600 dark:text-zinc-400">
        Nothing lives at this address. Try the <Link href="/runbooks" className="text-sky-700 hover:underline dark:text-sky-400">runbooks</Link> or
        the search field above.
      </p>
    </div>
  );
}
