import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporaryPassword } from '../services/secrets.js';

/**
 * The demo accounts' password: XINFANG_DEMO_PASSWORD when set; otherwise generated at first start and
 * kept (mode 0600) in the data folder so that later starts can say where it is.
 */
export function demoPassword(dataDir: string, fromEnv: string | undefined): { password: string; generated: boolean; file?: string } {
  if (fromEnv) return { password: fromEnv, generated: false };
  const file = join(dataDir, 'demo-password.txt');
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), generated: false, file };
  mkdirSync(dataDir, { recursive: true });
  const password = temporaryPassword();
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, generated: true, file };
}
