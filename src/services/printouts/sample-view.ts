// A filled-in case sheet for tests and for previewing the layout (the demo data of domain.md).
import type { CaseSheetView } from './case-sheet-view.js';

export const SAMPLE_CASE_SHEET_VIEW: CaseSheetView = {
  unitName: '德庆县纪委监委',
  caseNo: 'DQ441226-2026-000123',
  receivedOn: '2026-03-02',
  registeredAt: '2026-03-02 10:21',
  channel: '来信',
  source: '本机关受理',
  pipeline: '党政信访',
  nature: '申诉求决',
  category: '城乡建设／征地拆迁',
  matterRegion: '广东省肇庆市德庆县德城街道',
  headcount: 3,
  groupVisit: false,
  skipLevel: false,
  realName: true,
  petitioners: [
    {
      name: '李**',
      sex: '男',
      idNumber: '441226********1234',
      phone: '138****5678',
      address: '德城街道朝阳路**号',
    },
    {
      name: '陈**',
      sex: '女',
      idNumber: '441226********2046',
      phone: '139****0021',
      address: '德城街道朝阳路**号',
    },
  ],
  accused: [{ name: '王某某', unit: '德城街道办事处', position: '副主任', rank: '乡科级' }],
  title: '反映朝阳路片区房屋征收补偿标准过低问题',
  summary:
    '来信反映：2025年10月德城街道朝阳路片区房屋征收中，补偿标准低于周边同类地块，评估报告未向被征收户公开。\n多次向街道反映未获答复。',
  demands: '要求公开评估报告，按同类地块标准重新核定补偿。',
  urgency: '紧急',
  secrecy: '内部',
  registrar: '张晓梅',
  printedAt: '2026-03-02 10:30',
  printedBy: '张晓梅',
};
