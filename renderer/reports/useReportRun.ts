import { useEffect, useRef, useState } from 'react';
import type { ReportDefinition } from '../../shared/reports/definition';
import type { ReportResult } from '../../shared/reports/result';
import { invoke } from '../api';

const DEBOUNCE_MS = 300;

/**
 * Runs the report live ('reports:run') whenever the definition changes, debounced, keeping the
 * previous result on screen while the next one is computed. Only the latest run's answer is kept.
 */
export function useReportRun(definition: ReportDefinition, enabled: boolean) {
  const [result, setResult] = useState<ReportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const key = JSON.stringify(definition);

  useEffect(() => {
    if (!enabled) return;
    const id = ++latest.current;
    const timer = window.setTimeout(() => {
      setRunning(true);
      void invoke('reports:run', { definition: JSON.parse(key) as ReportDefinition }).then((r) => {
        if (id !== latest.current) return;
        setRunning(false);
        if (r.ok) {
          setResult(r.value);
          setError(null);
        } else setError(r.error.message);
      });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [key, enabled, tick]);

  return { result, error, running, rerun: () => setTick((t) => t + 1) };
}
