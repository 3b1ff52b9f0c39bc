import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Keyring } from './field-crypto.js';

export interface KeySource {
  /** `id:base64key,id:base64key`: the first is current, the others still decrypt. */
  encryptionKeys?: string | undefined;
  /** base64 of 32 bytes. */
  hmacKey?: string | undefined;
  dataDir: string;
}

const decodeKey = (b64: string, what: string) => {
  const key = Buffer.from(b64, 'base64');
  if (key.length !== 32) throw new Error(`${what} 必须是 32 字节密钥的 base64 编码`);
  return key;
};

/**
 * The keyring from configuration; without configuration, from `<dataDir>/keys.json`, generated (mode 0600)
 * on the first start. Returns where the keys came from, so start-up can warn when a shared database is
 * used with keys that live only on this machine.
 */
export function loadKeyring(src: KeySource): { ring: Keyring; source: 'config' | 'file' | 'generated'; file?: string } {
  if (src.encryptionKeys && src.hmacKey) {
    const keys = new Map<string, Buffer>();
    for (const part of src.encryptionKeys.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [id, b64] = part.split(':');
      if (!id || !b64 || !/^[A-Za-z0-9]{1,16}$/.test(id)) throw new Error('XINFANG_ENCRYPTION_KEYS 的格式应为 编号:base64密钥[,编号:base64密钥…]');
      keys.set(id, decodeKey(b64, `XINFANG_ENCRYPTION_KEYS 中的 ${id}`));
    }
    const currentId = [...keys.keys()][0];
    if (!currentId) throw new Error('XINFANG_ENCRYPTION_KEYS 为空');
    return { ring: { currentId, keys, macKey: decodeKey(src.hmacKey, 'XINFANG_HMAC_KEY') }, source: 'config' };
  }
  if (src.encryptionKeys || src.hmacKey) throw new Error('XINFANG_ENCRYPTION_KEYS 与 XINFANG_HMAC_KEY 须同时设置');
  const file = join(src.dataDir, 'keys.json');
  let generated = false;
  if (!existsSync(file)) {
    mkdirSync(src.dataDir, { recursive: true });
    const content = { encryptionKeys: [{ id: 'k1', key: randomBytes(32).toString('base64') }], hmacKey: randomBytes(32).toString('base64') };
    writeFileSync(file, JSON.stringify(content, null, 2), { mode: 0o600 });
    chmodSync(file, 0o600);
    generated = true;
  }
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { encryptionKeys: { id: string; key: string }[]; hmacKey: string };
  const keys = new Map(parsed.encryptionKeys.map((k) => [k.id, decodeKey(k.key, `${file} 中的 ${k.id}`)] as const));
  return {
    ring: { currentId: parsed.encryptionKeys[0]!.id, keys, macKey: decodeKey(parsed.hmacKey, `${file} 中的 hmacKey`) },
    source: generated ? 'generated' : 'file',
    file,
  };
}
