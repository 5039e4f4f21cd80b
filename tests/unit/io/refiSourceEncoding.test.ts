import { describe, expect, it } from 'vitest';
import { decodeSourceBytes } from '../../../main/io/refi/sourceFiles';
import { encodeWithPython, SAMPLES } from '../../fixtures/encodingSamples';

describe('REFI-QDA source texts that are not UTF-8', () => {
  it('reads a Croatian Windows-1250 source by evidence and names the encoding, keeping CRLF', () => {
    const text = SAMPLES.hr.replace(/\n/g, '\r\n');
    const d = decodeSourceBytes(encodeWithPython(text, 'windows-1250'));
    expect(d).toEqual({ text, bom: false, note: 'not UTF-8; read as Central European (Windows-1250)' });
  });

  it('reads a Chinese GBK source', () => {
    const d = decodeSourceBytes(encodeWithPython(SAMPLES.zhHans, 'gb18030'));
    expect(d.text).toBe(SAMPLES.zhHans);
    expect(d.note).toBe('not UTF-8; read as Chinese Simplified (GBK / GB18030)');
  });

  it('says when the reading is a guess', () => {
    expect(decodeSourceBytes(encodeWithPython('Čačak', 'windows-1250')).note).toMatch(/a guess/);
  });
});
