import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every configuration variable, validated once at start-up; all problems are reported together.
 * README.md lists them in a table: keep the two in step.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  XINFANG_DATA_DIR: z.string().default('./data'),
  XINFANG_FILES_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(20),
  XINFANG_DEMO: bool.optional(),
  XINFANG_DEMO_PASSWORD: z.string().min(10, 'XINFANG_DEMO_PASSWORD 至少 10 位').optional(),
  XINFANG_COOKIE_SECURE: bool.default(false),
  XINFANG_TRUST_PROXY: bool.default(false),
  XINFANG_BODY_LIMIT: z.coerce.number().int().min(1024).default(1_048_576),
  XINFANG_PORTAL_HOURLY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(500),
  XINFANG_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(100000).default(10),
  XINFANG_ENCRYPTION_KEYS: z.string().optional(),
  XINFANG_HMAC_KEY: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where attachments are stored (default `<dataDir>/files`); never inside a served folder. */
  filesDir: string;
  databaseUrl: string | undefined;
  poolSize: number;
  /** Seed the demo units and accounts on first start (default: on for the embedded database). */
  demo: boolean;
  demoPassword: string | undefined;
  cookieSecure: boolean;
  trustProxy: boolean;
  bodyLimit: number;
  /** Sign-in attempts per minute for one address and user name. */
  loginRateLimit: number;
  /** Online reports accepted per hour from everyone together (a flood guard on top of the per-address limits). */
  portalHourlyLimit: number;
  logLevel: string;
  /** `id:base64,…` keys for petitioners' identities (first = current); unset → generated into the data folder. */
  encryptionKeys: string | undefined;
  hmacKey: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置有误：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.XINFANG_DATA_DIR),
    filesDir: resolve(e.XINFANG_FILES_DIR ?? join(e.XINFANG_DATA_DIR, 'files')),
    databaseUrl: e.DATABASE_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    demo: e.XINFANG_DEMO ?? !e.DATABASE_URL,
    demoPassword: e.XINFANG_DEMO_PASSWORD,
    cookieSecure: e.XINFANG_COOKIE_SECURE,
    trustProxy: e.XINFANG_TRUST_PROXY,
    bodyLimit: e.XINFANG_BODY_LIMIT,
    loginRateLimit: e.XINFANG_LOGIN_RATE_LIMIT,
    portalHourlyLimit: e.XINFANG_PORTAL_HOURLY_LIMIT,
    logLevel: e.LOG_LEVEL,
    encryptionKeys: e.XINFANG_ENCRYPTION_KEYS,
    hmacKey: e.XINFANG_HMAC_KEY,
  };
}
