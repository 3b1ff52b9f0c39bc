// Barcodes for printed forms and labels: Code128 for the case number (a hand scanner types it into any search
// box) and QR for phones. SVG for HTML printouts (sharp at any zoom), PNG for Excel and label printers.
import bwipjs, { type RenderOptions } from 'bwip-js';
import { invalid } from '../domain/errors.js';
import { escapeHtml } from './printouts/escape-html.js';

/** Longer Code128 symbols no longer fit a form's width at a scannable bar size. */
export const CODE128_MAX_LENGTH = 48;
/** QR version 40 at level M holds 2,331 bytes; stay well below so the modules remain printable. */
export const QR_MAX_BYTES = 1200;

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

function checkCode128(text: string): void {
  if (text.length === 0) throw invalid('条形码内容不能为空', [{ field: 'text', message: '不能为空' }]);
  if (!PRINTABLE_ASCII.test(text)) {
    const message =
      '条形码（Code128）只能包含可打印的ASCII字符：字母、数字、空格和常用符号，不能有汉字或全角字符';
    throw invalid(message, [{ field: 'text', message }]);
  }
  if (text.length > CODE128_MAX_LENGTH) {
    const message = `条形码内容过长（${text.length}个字符），最多${CODE128_MAX_LENGTH}个`;
    throw invalid(message, [{ field: 'text', message }]);
  }
}

function checkQr(text: string): void {
  if (text.length === 0) throw invalid('二维码内容不能为空', [{ field: 'text', message: '不能为空' }]);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > QR_MAX_BYTES) {
    const message = `二维码内容过长（${bytes}字节），最多${QR_MAX_BYTES}字节`;
    throw invalid(message, [{ field: 'text', message }]);
  }
}

const code128Options = (text: string): RenderOptions => ({
  bcid: 'code128',
  text,
  scale: 2,
  height: 9, // millimetres of bar: comfortable for hand scanners on A4
  includetext: true,
  textxalign: 'center',
  textsize: 12,
  paddingwidth: 4, // quiet zone beside the bars; the page adds more
});

// eclevel is a BWIPP option the bwip-js typings do not list; spreading it skips the excess-property check.
const QR_LEVEL_M: Record<string, string> = { eclevel: 'M' };
const qrOptions = (text: string): RenderOptions => ({
  bcid: 'qrcode',
  text,
  scale: 4,
  padding: 2,
  ...QR_LEVEL_M,
});

/**
 * bwip-js renders the human-readable line as glyph outlines, so the text is not in the markup. Add a title and
 * an accessible label carrying it, and the pixel size from the viewBox so an <img> of it has an intrinsic size.
 */
function labelled(svg: string, text: string): string {
  const box = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg);
  const size = box ? ` width="${box[1]}" height="${box[2]}"` : '';
  const label = escapeHtml(text);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${label}"${size} `)
    .replace(/>/, `><title>${label}</title>`);
}

/** Code128 with the text printed below, as an SVG document string. Throws a validation error for non-ASCII. */
export function code128Svg(text: string): string {
  checkCode128(text);
  return labelled(bwipjs.toSVG(code128Options(text)), text);
}

/** QR code at error-correction level M; any Unicode text (encoded as UTF-8). */
export function qrSvg(text: string): string {
  checkQr(text);
  return labelled(bwipjs.toSVG(qrOptions(text)), text);
}

/** The same Code128 as a PNG (for exceljs images and label printers). */
export async function code128Png(text: string): Promise<Buffer> {
  checkCode128(text);
  return bwipjs.toBuffer(code128Options(text));
}

/** The same QR code as a PNG. */
export async function qrPng(text: string): Promise<Buffer> {
  checkQr(text);
  return bwipjs.toBuffer(qrOptions(text));
}

/** Whether code128Svg would accept the text (for callers that print a form with or without a barcode). */
export const isCode128Encodable = (text: string): boolean =>
  text.length > 0 && text.length <= CODE128_MAX_LENGTH && PRINTABLE_ASCII.test(text);
