// The printable page around a form: A4 portrait, a serif CJK font stack as on official paper, a 打印 button that
// disappears on paper. Screen shows a white sheet on grey so the user sees the page before printing.
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape-html.js';

const PRINT_SCRIPT =
  "document.getElementById('print-button').addEventListener('click',function(){window.print();});";

/**
 * Content-Security-Policy for a printout response. The app's default policy forbids inline script (and so the
 * print button): this one allows exactly the page's own script by hash, inline styles, and nothing remote.
 */
export const PRINTOUT_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${createHash('sha256').update(PRINT_SCRIPT).digest('base64')}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const CSS = `
@page { size: A4 portrait; margin: 14mm 15mm 14mm 15mm; }
* { box-sizing: border-box; }
html { font-family: 'SimSun', '宋体', 'Songti SC', 'STSong', 'FangSong', '仿宋', 'STFangsong', 'Noto Serif CJK SC',
  'Source Han Serif SC', 'WenQuanYi Micro Hei', serif; font-size: 10.5pt; color: #000; }
body { margin: 0; background: #e8e8e8; }
.sheet { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm 15mm; background: #fff;
  box-shadow: 0 1px 6px rgba(0,0,0,.25); }
.toolbar { text-align: center; padding: 10px 0 0; }
.toolbar button { font: inherit; font-size: 12pt; padding: 4px 28px; cursor: pointer; }
.head { display: grid; grid-template-columns: 40mm 1fr 40mm; align-items: center; margin-bottom: 2mm; }
.doc-marks { font-family: 'SimHei', '黑体', 'WenQuanYi Micro Hei', sans-serif; font-size: 11pt; line-height: 1.7;
  align-self: start; }
.qr { justify-self: end; text-align: center; }
.qr svg { width: 22mm; height: 22mm; display: block; }
.qr .caption { font-size: 7.5pt; margin-top: 0.5mm; }
.unit-name { text-align: center; font-size: 14pt; letter-spacing: 2px; }
h1 { text-align: center; font-size: 22pt; font-weight: bold; letter-spacing: 8px; margin: 2mm 0 0;
  font-family: 'FZXiaoBiaoSong-B05S', '方正小标宋简体', 'SimSun', '宋体', 'Songti SC', 'Noto Serif CJK SC',
  'WenQuanYi Micro Hei', serif; }
.number-line { display: flex; justify-content: space-between; align-items: flex-end; margin-bottom: 2mm; }
.number-line .no { font-size: 11pt; }
.barcode svg { width: 62mm; height: auto; display: block; }
table.form { width: 100%; border-collapse: collapse; table-layout: fixed; border: 1.5px solid #000; }
table.form td, table.form th { border: 1px solid #000; padding: 1.4mm 2mm; vertical-align: middle;
  word-break: break-all; line-height: 1.5; }
table.form th { font-weight: normal; text-align: center; white-space: nowrap; padding-left: 1mm; padding-right: 1mm; }
table.form td.value { text-align: left; }
table.form tr { page-break-inside: avoid; break-inside: avoid; }
table.form td.nest { padding: 0; }
table.inner { width: 100%; border-collapse: collapse; border-style: hidden; table-layout: fixed; }
table.inner td, table.inner th { border: 1px solid #000; padding: 1.2mm 1.5mm; font-size: 9.5pt; }
table.inner th { background: none; }
.text-block { min-height: 30mm; vertical-align: top !important; white-space: normal; }
.box { position: relative; vertical-align: top !important; }
.box .filled { padding-bottom: 8mm; }
.box .sign { position: absolute; right: 4mm; bottom: 2mm; letter-spacing: 1px; }
.box.h25 { height: 25mm; } .box.h32 { height: 32mm; } .box.h40 { height: 40mm; } .box.h45 { height: 45mm; }
.box.h70 { height: 70mm; } .box.h85 { height: 85mm; }
.muted { color: #444; }
.footer { margin-top: 3mm; font-size: 9pt; display: flex; justify-content: space-between; color: #333; }
@media print {
  body { background: none; }
  .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
  .no-print { display: none !important; }
}`;

/** A complete HTML document around one sheet. `title` is the browser tab and the default file name of a PDF. */
export function htmlPage(title: string, sheet: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="toolbar no-print"><button type="button" id="print-button">打印</button></div>
<div class="sheet">
${sheet}
</div>
<script>${PRINT_SCRIPT}</script>
</body>
</html>
`;
}
