import { useCallback } from 'react';
import type { Channel, In, Out } from '../../shared/ipc/contract';
import type { Result } from '../../shared/result';
import { invoke } from '../api';
import { useToast } from './Toast';

/**
 * `invoke` that reports failures in the toast region, for calls whose failure has no better place
 * to be shown (forms and dialogs show theirs inline instead). A cancelled native dialog is not a failure.
 */
export function useCall() {
  const toast = useToast();
  return useCallback(
    async <C extends Channel>(channel: C, input: In<C>): Promise<Result<Out<C>>> => {
      const result = await invoke(channel, input);
      if (!result.ok && result.error.code !== 'CANCELLED') toast.error(result.error.message);
      return result;
    },
    [toast],
  );
}
