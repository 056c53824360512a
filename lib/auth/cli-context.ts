import { userInfo } from "node:os";
import type { RequestContext } from "./actor";
import { ROLE_PERMISSIONS } from "./roles";

/**
 * The one request context of a `triage` command-line run. Whoever can run
 * commands in the checkout can already read and write its database, so the
 * run is a trusted local actor with the responder (editor) role — authorized
 * through authorize() like every other actor — named after the OS user, and
 * its timeline events say `via cli`.
 */
export function cliContext(user = osUser()): RequestContext {
  const name = `${user} (command line)`;
  return { actor: { kind: "user", id: `cli:${user}`, name, email: null, role: "responder", permissions: ROLE_PERMISSIONS.responder, source: "cli" }, channel: "cli" };
}

function osUser(): string {
  try {
    return userInfo().username || "unknown";
  } catch {
    return process.env.USER || "unknown";
  }
}
