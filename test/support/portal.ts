import { createHash } from 'node:crypto';
import { leadingZeroBits } from '../../src/domain/portal/index.js';
import type { TestApp } from './harness.js';

/** Solves the portal's proof of work as the browser does. */
export async function solvedChallenge(t: TestApp) {
  const c = (await t.app.inject({ method: 'GET', url: '/api/v1/portal/challenge' })).json();
  for (let n = 0; ; n++) {
    if (leadingZeroBits(createHash('sha256').update(`${c.salt}${n}`).digest()) >= c.difficulty) return { ...c, nonce: String(n) };
  }
}

export const portalReport = (overrides: Record<string, unknown> = {}) => ({
  pipeline: 'discipline',
  nature: 'accusation',
  anonymous: true,
  accused: [{ name: '李明', unit: '德庆县新圩镇人民政府', position: '副镇长', rank: 'section' }],
  matterRegionCode: '441226101',
  categoryCode: '012302',
  title: '举报新圩镇副镇长收受礼金',
  content: '新圩镇副镇长李明今年春节期间收受辖区企业送的礼金，数额较大，请组织调查。',
  ...overrides,
});
