import type { Keyring } from './crypto/field-crypto.js';

/**
 * Process-wide services that are configured once at start-up (the CLI, or the test harness) and read by the use
 * cases: the keyring protecting petitioners' identities.
 */
let ring: Keyring | null = null;

export function useKeyring(k: Keyring) {
  ring = k;
}

export function keyring(): Keyring {
  if (!ring) throw new Error('keyring not configured (loadKeyring at start-up)');
  return ring;
}
