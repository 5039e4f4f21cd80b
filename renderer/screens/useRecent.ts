import { useCallback, useEffect, useState } from 'react';
import type { RecentStudy } from '../../shared/domain/study';
import { useCall } from '../ui/useCall';

/** The recent-studies list with a way to forget an entry. */
export function useRecent() {
  const call = useCall();
  const [recent, setRecent] = useState<RecentStudy[] | null>(null);

  useEffect(() => {
    let live = true;
    void call('study:recent', {}).then((r) => {
      if (live) setRecent(r.ok ? r.value : []);
    });
    return () => {
      live = false;
    };
  }, [call]);

  const forget = useCallback(
    async (path: string) => {
      const r = await call('study:forgetRecent', { path });
      if (r.ok) setRecent(r.value);
    },
    [call],
  );

  return { recent, forget };
}
