/**
 * `npm run --silent auth:hash-password`: reads a password on stdin (typed, or
 * piped) and prints its argon2id hash for TRIAGE_ADMIN_PASSWORD_HASH. The
 * password never appears on the command line or in shell history.
 */
import { hashPassword } from "@/lib/auth/password-hash";

const chunks: Buffer[] = [];
if (process.stdin.isTTY) process.stderr.write("Password (then Enter, Ctrl-D): ");
for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
const password = Buffer.concat(chunks).toString("utf8").replace(/\r?\n$/, "");
if (password.length < 12) {
  console.error("auth:hash-password: use at least 12 characters for the break-glass password.");
  process.exit(1);
}
console.log(await hashPassword(password));
