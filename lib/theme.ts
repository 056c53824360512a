/** Theme choice shared by the pre-paint script and the toggle. */
export const THEME_STORAGE_KEY = "triage-theme";
export type ThemeChoice = "light" | "dark" | "system";

/**
 * Runs in <head> before the first paint so the page never flashes the wrong
 * theme: an explicit choice wins, otherwise the system preference.
 */
export const themeInitScript = `(function(){try{var c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=c==="dark"||((c===null||c==="system")&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;
