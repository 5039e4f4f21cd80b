import { describe, expect, it } from 'vitest';
import { jobKinds } from '../../../main/jobs/kinds';
import { JOB_LIMITS } from '../../../main/jobs/runJob';

// Electron's V8 (pointer compression) gives the main thread and all worker threads one 4 GB heap
// cage: a worker allowed most of it can bring the app down before its own limit trips.
const CAGE_MB = 4096;

describe('job limits', () => {
  it('every job kind has its own limits, each a quarter of the heap cage at most', () => {
    expect(Object.keys(JOB_LIMITS).sort()).toEqual(Object.keys(jobKinds).sort());
    for (const [kind, { memoryMb, timeMs }] of Object.entries(JOB_LIMITS)) {
      expect(memoryMb, kind).toBeLessThanOrEqual(CAGE_MB / 4);
      expect(memoryMb, kind).toBeGreaterThanOrEqual(256);
      expect(timeMs, kind).toBeGreaterThan(0);
    }
  });
});
