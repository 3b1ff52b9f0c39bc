import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffFileType } from './sniff.js';

const bytes = (head: number[] | string, size = 32) => {
  const b = new Uint8Array(size);
  const h = typeof head === 'string' ? [...head].map((c) => c.charCodeAt(0)) : head;
  b.set(h);
  return b;
};

describe('file type by content', () => {
  it('knows scans, PDFs and recordings by their first bytes', () => {
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))?.kind).toBe('scan');
    expect(sniffFileType(bytes('%PDF-1.7'))?.mime).toBe('application/pdf');
    const wav = bytes('RIFF\0\0\0\0WAVEfmt ');
    expect(sniffFileType(wav)?.kind).toBe('audio');
    expect(sniffFileType(bytes('ID3\x04'))?.mime).toBe('audio/mpeg');
    expect(sniffFileType(bytes('#!AMR\n'))?.mime).toBe('audio/amr');
  });

  it('refuses a program or a page dressed up with an image name', () => {
    expect(sniffFileType(bytes('MZ\x90\0'))).toBeNull();
    expect(sniffFileType(bytes('<html><script>'))).toBeNull();
    expect(sniffFileType(bytes([1, 2]))).toBeNull();
  });

  it('keeps Chinese file names and drops paths and control characters', () => {
    expect(cleanFileName('C:\\扫描\\来信原件.pdf')).toBe('来信原件.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b"c.jpg')).toBe('abc.jpg');
    expect(cleanFileName('')).toBe('附件');
  });
});
