/** A grey placeholder block while data loads; still for people who asked for less motion. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <span aria-hidden className={`block animate-pulse rounded bg-zinc-200 motion-reduce:animate-none dark:bg-zinc-800 ${className}`} />;
}
