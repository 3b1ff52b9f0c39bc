/**
 * What a file really is, judged by its first bytes rather than by its name or the browser's word:
 * scanned letters (images, PDF) and call recordings (audio). Anything else is refused.
 */
export type AttachmentKind = 'scan' | 'audio' | 'document' | 'image' | 'other';

export interface SniffedType {
  mime: string;
  kind: AttachmentKind;
  ext: string;
}

const ascii = (b: Uint8Array, from: number, len: number) => String.fromCharCode(...b.subarray(from, from + len));
const starts = (b: Uint8Array, bytes: number[], at = 0) => bytes.every((x, i) => b[at + i] === x);

export function sniffFileType(b: Uint8Array): SniffedType | null {
  if (b.length < 12) return null;
  if (starts(b, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', kind: 'scan', ext: 'jpg' };
  if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: 'image/png', kind: 'scan', ext: 'png' };
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return { mime: 'image/gif', kind: 'image', ext: 'gif' };
  if (starts(b, [0x49, 0x49, 0x2a, 0x00]) || starts(b, [0x4d, 0x4d, 0x00, 0x2a])) return { mime: 'image/tiff', kind: 'scan', ext: 'tif' };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { mime: 'image/webp', kind: 'image', ext: 'webp' };
  if (ascii(b, 0, 5) === '%PDF-') return { mime: 'application/pdf', kind: 'scan', ext: 'pdf' };
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return { mime: 'audio/wav', kind: 'audio', ext: 'wav' };
  if (ascii(b, 0, 3) === 'ID3' || (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0)) return { mime: 'audio/mpeg', kind: 'audio', ext: 'mp3' };
  if (ascii(b, 0, 4) === 'OggS') return { mime: 'audio/ogg', kind: 'audio', ext: 'ogg' };
  if (ascii(b, 0, 6) === '#!AMR\n') return { mime: 'audio/amr', kind: 'audio', ext: 'amr' };
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (brand.startsWith('M4A') || brand === 'isom' || brand === 'mp42') return { mime: 'audio/mp4', kind: 'audio', ext: 'm4a' };
  }
  return null;
}

export const ACCEPTED_FILE_TYPES = 'JPEG、PNG、TIFF、GIF、WebP 图片，PDF，MP3、WAV、OGG、AMR、M4A 录音';

/** A file name safe to keep and to send back in Content-Disposition: no path, no control characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(0, 120);
  return cleaned || '附件';
}
