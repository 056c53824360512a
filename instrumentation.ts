/** Runs once when the Next.js server starts; the Node-only checks live in their own file (Next's documented pattern). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkStartupOrExit } = await import("./lib/startup/check-startup");
    await checkStartupOrExit();
  }
}
