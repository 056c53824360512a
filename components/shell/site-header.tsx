import { Link } from "@/components/ui/link";
import { AccountMenu, AuthModeBanner, type SignInOptions } from "./account-menu";
import { MainNav } from "./main-nav";
import { SearchSlot } from "./search-slot";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader({ signIn }: { signIn: SignInOptions }) {
  return (
    <header
      data-print="hide"
      className="sticky top-0 z-40 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90"
    >
      <AuthModeBanner />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span aria-hidden className="inline-block h-3 w-3 rounded-full bg-rose-500" />
          Triage
        </Link>
        <MainNav />
        <div className="order-last flex w-full items-center gap-2 sm:order-none sm:ml-auto sm:w-auto">
          <SearchSlot />
          <ThemeToggle />
          <AccountMenu signIn={signIn} />
        </div>
      </div>
    </header>
  );
}
