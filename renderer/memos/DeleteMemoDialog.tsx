import { useT } from '../i18n/useT';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import type { useDeleteMemo } from './useDeleteMemo';

/** The question before a saved memo is deleted, wherever memos are listed; nothing while none is pending. */
export function DeleteMemoDialog({ del }: { del: ReturnType<typeof useDeleteMemo> }) {
  const { t } = useT();
  if (!del.pending) return null;
  return (
    <ConfirmDialog
      title={t('memos.deleteTitle', { title: del.pending.title || t('memos.untitled') })}
      confirmLabel={t('memos.deleteConfirm')}
      onConfirm={del.confirm}
      onClose={del.cancel}
    >
      <p>{t('memos.deleteText')}</p>
    </ConfirmDialog>
  );
}
