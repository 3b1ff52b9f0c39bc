import type { RegisterCaseBody } from '../../src/shared/schemas/index.js';

/** A valid registration; override what a test is about (factories, not shared fixtures). */
export function buildRegistration(overrides: Partial<RegisterCaseBody> = {}): RegisterCaseBody {
  return {
    receivedOn: '2026-11-27',
    channel: 'letter',
    source: 'direct',
    pipeline: 'discipline',
    nature: 'accusation',
    categoryCode: '012302',
    matterRegionCode: '441226101',
    anonymous: false,
    petitioners: [{ name: '张伟', sex: 'male', idNumber: '441226198001010010', phones: ['13812345678'], address: '广东省肇庆市德庆县新圩镇新圩村12号' }],
    accused: [{ name: '李明', unit: '德庆县新圩镇人民政府', position: '副镇长', rank: 'section' }],
    title: '反映新圩镇副镇长李明违规收受礼金',
    summary: '2026年春节期间，新圩镇副镇长李明多次收受辖区企业老板送的礼金，合计约两万元。',
    content: '尊敬的领导：我是新圩村村民。2026年春节期间，新圩镇副镇长李明多次收受辖区内砖厂老板送的礼金，合计约两万元，并在工程招标中为其提供方便。请组织调查。',
    demands: '请求调查处理',
    ...overrides,
  };
}
