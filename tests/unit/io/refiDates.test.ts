import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../main/io/refi/xmlRead';

/** What isoDate gave for every string before its fast paths: a Date round trip. */
function viaDate(raw: string): string | null {
  const d = new Date(raw.trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

describe('isoDate', () => {
  it('gives a stored-form date back exactly as a Date round trip would, real or not', () => {
    const stamps: string[] = [];
    for (const year of ['0000', '1900', '2000', '2024', '2026', '9999'])
      for (const month of ['00', '01', '02', '04', '12', '13'])
        for (const day of ['00', '01', '28', '29', '30', '31', '32'])
          for (const time of ['00:00:00.000', '23:59:59.999', '24:00:00.000', '12:60:00.000', '12:00:60.000', '10:00:42.123'])
            stamps.push(`${year}-${month}-${day}T${time}Z`);
    for (const s of stamps) expect(isoDate(s), s).toBe(viaDate(s));
    // Dates in that form that are real are given back unchanged; Date rolls the others over or refuses them.
    expect(isoDate('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
    expect(isoDate('2026-02-29T00:00:00.000Z')).toBe('2026-03-01T00:00:00.000Z');
    expect(isoDate('2026-12-07T12:00:60.000Z')).toBeNull();
  });

  it('reads whole UTC seconds and other forms as before', () => {
    expect(isoDate('2026-12-07T10:00:42Z')).toBe('2026-12-07T10:00:42.000Z');
    expect(isoDate('2026-12-07T10:00:42+01:00')).toBe('2026-12-07T09:00:42.000Z');
    expect(isoDate(' 2026-12-07T10:00:42.5Z ')).toBe('2026-12-07T10:00:42.500Z');
    expect(isoDate('2026-12-07T10:00:42.000z')).toBe(viaDate('2026-12-07T10:00:42.000z'));
    expect(isoDate('yesterday')).toBeNull();
    expect(isoDate(null)).toBeNull();
  });
});
