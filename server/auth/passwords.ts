import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's first recommended profile: 19 MiB, 2 passes, 1 lane
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // a malformed stored hash is a failed check, not a crash of the sign-in route
    return false;
  }
}

/** Verified against when the email is unknown, so that timing does not tell which accounts exist. */
export const DECOY_HASH = await hashPassword("decoy-password-never-matches");
