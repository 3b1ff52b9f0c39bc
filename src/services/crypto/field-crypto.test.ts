import { randomBytes } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decrypt, encrypt, keyedHash, type Keyring } from './field-crypto.js';
import { loadKeyring } from './keys.js';

const ring = (id = 'k1', key = randomBytes(32)): Keyring => ({ currentId: id, keys: new Map([[id, key]]), macKey: randomBytes(32) });

describe('field encryption', () => {
  it('round-trips Chinese text and never stores the plaintext', () => {
    const r = ring();
    const stored = encrypt(r, '张三 广东省肇庆市德庆县德城街道');
    expect(stored).toMatch(/^v1\.k1\./);
    expect(stored).not.toContain('张三');
    expect(decrypt(r, stored)).toBe('张三 广东省肇庆市德庆县德城街道');
    expect(encrypt(r, '张三')).not.toBe(encrypt(r, '张三')); // a fresh IV every time
  });

  it('refuses a tampered value', () => {
    const r = ring();
    const stored = encrypt(r, '13812345678');
    const bad = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => decrypt(r, bad)).toThrow();
  });

  it('still decrypts values written under a rotated-out key', () => {
    const oldKey = randomBytes(32);
    const before = ring('k1', oldKey);
    const stored = encrypt(before, '11010519491231002X');
    const after: Keyring = { currentId: 'k2', keys: new Map([['k2', randomBytes(32)], ['k1', oldKey]]), macKey: before.macKey };
    expect(decrypt(after, stored)).toBe('11010519491231002X');
    expect(encrypt(after, 'x')).toMatch(/^v1\.k2\./);
  });

  it('hashes equal values equally under one key, differently under another', () => {
    const r = ring();
    expect(keyedHash(r, '13812345678')).toBe(keyedHash(r, '13812345678'));
    expect(keyedHash(r, '13812345678')).not.toBe(keyedHash(ring(), '13812345678'));
  });

  it('generates a key file with mode 0600 on first use and reads it back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-keys-'));
    const first = loadKeyring({ dataDir: dir });
    expect(first.source).toBe('generated');
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    const second = loadKeyring({ dataDir: dir });
    expect(second.source).toBe('file');
    expect(decrypt(second.ring, encrypt(first.ring, '李四'))).toBe('李四');
  });

  it('reads keys from configuration and refuses malformed ones in Chinese', () => {
    const k = randomBytes(32).toString('base64');
    const cfg = loadKeyring({ dataDir: '/nonexistent', encryptionKeys: `k2:${k},k1:${k}`, hmacKey: k });
    expect(cfg.ring.currentId).toBe('k2');
    expect(() => loadKeyring({ dataDir: '/x', encryptionKeys: 'k1:short', hmacKey: k })).toThrow('32 字节');
    expect(() => loadKeyring({ dataDir: '/x', encryptionKeys: `k1:${k}` })).toThrow('同时设置');
  });
});
