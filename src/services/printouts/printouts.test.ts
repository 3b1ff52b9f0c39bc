import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { approvalSheet, PRINTOUT_CSP, registrationForm, type CaseSheetView } from './index.js';
import { SAMPLE_CASE_SHEET_VIEW as view } from './sample-view.js';

const hostile: CaseSheetView = {
  ...view,
  title: '<script>alert("x")</script>',
  summary: '第一行<img src=x onerror=alert(1)>\n第二行',
  demands: '"><svg onload=alert(2)>',
  unitName: '德庆县<b>纪委</b>',
  petitioners: [{ name: '<i>李</i>', sex: '男', idNumber: '4412&26', phone: "1'38", address: '`路`' }],
  accused: [{ name: '<u>王</u>', unit: '<em>单位</em>', position: '<s>职务</s>', rank: '乡科级' }],
  proposal: '<a href="javascript:alert(3)">拟办</a>',
  fromUnit: '<marquee>来文</marquee>',
};

describe.each([
  ['registrationForm', registrationForm],
  ['approvalSheet', approvalSheet],
] as const)('%s', (_name, render) => {
  const html = render(view);

  it('is a full print-ready HTML page on A4 with a 打印 button hidden on paper', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('size: A4 portrait');
    expect(html).toMatch(/@media print \{[^@]*\.no-print \{ display: none !important; \}/);
    expect(html).toMatch(
      /<div class="toolbar no-print"><button type="button" id="print-button">打印<\/button>/,
    );
    expect(html).toContain("'WenQuanYi Micro Hei'");
    expect(html).toMatch(/'SimSun', '宋体'/);
  });

  it('shows the case number with its Code128 barcode and a QR code', () => {
    expect(html).toContain(view.caseNo);
    const svgs = html.match(/<svg role="img" aria-label="DQ441226-2026-000123"/g) ?? [];
    expect(svgs.length).toBe(2); // Code128 and QR of the case number
    expect(html).toContain('<div class="barcode"><svg');
    expect(html).toContain('<div class="qr"><svg');
  });

  it('has the boxes for the proposal and the leader', () => {
    expect(html).toMatch(/<th>拟办意见<\/th><td class="value box h32"/);
    expect(html).toMatch(/<th>领导批示<\/th><td class="value box h(45|85)"/);
  });

  it('escapes every piece of user text', () => {
    const out = render(hostile);
    for (const raw of [
      '<script>alert',
      '<img',
      '<svg onload',
      '<b>纪委',
      '<i>李',
      '<u>王',
      '<em>',
      '<a href',
      '<marquee',
    ]) {
      expect(out, raw).not.toContain(raw);
    }
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The only script is the page's own print handler.
    expect(out.match(/<script>/g)).toHaveLength(1);
  });

  it('uses the QR text when given and still prints a case number Code128 cannot encode', () => {
    expect(render({ ...view, qrText: 'https://xf.example.gov.cn/q/8F3K' })).toContain(
      'aria-label="https://xf.example.gov.cn/q/8F3K"',
    );
    const odd = render({ ...view, caseNo: '信访-2026-1' });
    expect(odd).toContain('信访-2026-1');
    expect(odd).not.toContain('class="barcode"');
  });

  it('prints 密级 and 紧急程度 marks only when they are not the plain levels', () => {
    expect(html).toContain('密级：内部');
    expect(html).toContain('紧急程度：紧急');
    const plain = render({ ...view, secrecy: '非密', urgency: '一般' });
    expect(plain).not.toContain('密级：');
    expect(plain).not.toContain('紧急程度：');
  });
});

describe('registrationForm', () => {
  const html = registrationForm(view);

  it('has every registration label and value', () => {
    const labels = [
      '信访登记表',
      '信访日期',
      '登记时间',
      '信访形式',
      '信访来源',
      '业务类型',
      '性质/类别',
      '问题类别',
      '问题属地',
      '集体访',
      '越级访',
      '被反映人',
      '内容摘要',
      '主要诉求',
      '紧急程度',
      '登记单位',
      '身份证号',
      '职级',
    ];
    const plain = html.replace(/&#x3000;|&ensp;/g, ''); // labels are spread to four characters
    for (const label of labels) expect(plain, label).toContain(label);
    for (const value of [
      '2026-03-02 10:21',
      '本机关受理',
      '申诉求决',
      '城乡建设／征地拆迁',
      '广东省肇庆市德庆县德城街道',
      '李**',
      '441226********1234',
      '王某某',
      '德城街道办事处',
      '副主任',
      '乡科级',
      '张晓梅',
      view.title,
    ]) {
      expect(html, value).toContain(value);
    }
  });

  it('prints yes/no flags and keeps the summary line breaks', () => {
    expect(html).toMatch(/<th>集&ensp;体&ensp;访<\/th><td class="value">否<\/td>/);
    expect(html).toMatch(/<th>实&#x3000;&#x3000;名<\/th><td class="value">是<\/td>/);
    expect(html).toContain('公开。<br>多次');
  });

  it('lists at most five petitioners and says how many there are', () => {
    const petitioners = Array.from({ length: 12 }, (_, i) => ({ name: `群众${i + 1}` }));
    const group = registrationForm({ ...view, petitioners, headcount: 12, groupVisit: true });
    expect(group).toContain('群众5');
    expect(group).not.toContain('群众6');
    expect(group).toContain('共 12 人');
  });

  it('says 匿名 for an anonymous letter without petitioners', () => {
    expect(registrationForm({ ...view, petitioners: [], anonymous: true, realName: false })).toContain(
      '>匿名<',
    );
  });
});

describe('approvalSheet', () => {
  it('has the slip labels, the 办理结果 box and the decided proposal in its box', () => {
    const html = approvalSheet({ ...view, proposal: '拟转住建局办理。\n限60日。' });
    for (const label of [
      '呈批件',
      '标&#x3000;&#x3000;题',
      '来文单位',
      '编&#x3000;&#x3000;号',
      '收文日期',
      '内容摘要',
      '办理结果',
    ]) {
      expect(html, label).toContain(label);
    }
    expect(html).toMatch(/<th>办理结果<\/th><td class="value box h40"/);
    expect(html).toContain('<div class="filled">拟转住建局办理。<br>限60日。</div>');
  });

  it('names the sender: the forwarding unit, else up to three petitioners, else 匿名', () => {
    expect(approvalSheet({ ...view, fromUnit: '肇庆市纪委监委' })).toContain('肇庆市纪委监委');
    expect(approvalSheet(view)).toContain('李**、陈**');
    const four = ['甲', '乙', '丙', '丁'].map((name) => ({ name }));
    expect(approvalSheet({ ...view, petitioners: four })).toContain('甲、乙、丙等4人');
    expect(approvalSheet({ ...view, petitioners: [], anonymous: true })).toMatch(
      /<td class="value" colspan="7">匿名</,
    );
  });
});

describe('PRINTOUT_CSP', () => {
  it('allows exactly the inline print script of the page by its hash', () => {
    const html = registrationForm(view);
    const script = /<script>([^<]*)<\/script>/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(PRINTOUT_CSP).toContain(`script-src 'sha256-${hash}'`);
    expect(PRINTOUT_CSP).toContain("default-src 'none'");
  });
});
