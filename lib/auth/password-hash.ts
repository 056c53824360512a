import "server-only";
import { hash, verify } from "@node-rs/argon2";

/**
 * The break-glass admin's password: an argon2id hash in the PHC string format
 * ($argon2id$v=19$m=…,t=…,p=…$salt$hash), which `npm run auth:hash-password`,
 * the `argon2` command-line tool and most libraries produce.
 */
export async function verifyPassword(password: string, phcHash: string): Promise<boolean> {
  try {
    return await verify(phcHash, password);
  } catch {
    return false;
  }
}

/** OWASP's argon2id minimum for interactive logins: 19 MiB, 2 passes. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}
