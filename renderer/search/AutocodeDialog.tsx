import { useId, useState } from 'react';
import type { AutocodeScope } from '../../shared/domain/autocode';
import type { SearchInput } from '../../shared/domain/search';
import { invoke } from '../api';
import { useCodes } from '../codebook/useCodes';
import { useT } from '../i18n/useT';
import { Dialog, DialogError, SubmitFooter } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { useToast } from '../ui/Toast';
import { useQuery } from '../ui/useQuery';

interface AutocodeDialogProps {
  /** The search whose hits are coded (its query, fuzzy and filters). */
  search: SearchInput;
  includeModerator: boolean;
  onClose(): void;
}

const SCOPES: AutocodeScope[] = ['hit', 'sentence', 'turn', 'answer'];
const SCOPE_LABELS = {
  hit: 'search.scopeHit',
  sentence: 'search.scopeSentence',
  turn: 'search.scopeTurn',
  answer: 'search.scopeAnswer',
} as const;
/** The preview reads the search's data and the codings it would not repeat. */
const PREVIEW_KINDS = ['documents', 'live', 'memos', 'participants', 'attributes', 'sessions', 'codings', 'codes'] as const;

/**
 * Autocode: the code (one of the codebook's paths, or a new one), the scope, whether the moderator's
 * turns count, and a preview of exactly the passages Apply codes, with how many are coded already.
 * Applying is one undo step; the toast that says what was coded has Undo.
 */
export function AutocodeDialog({ search, includeModerator: initialModerator, onClose }: AutocodeDialogProps) {
  const { t } = useT();
  const toast = useToast();
  const { codes } = useCodes();
  const listId = useId();
  const [codePath, setCodePath] = useState('');
  const [scope, setScope] = useState<AutocodeScope>('sentence');
  const [includeModerator, setIncludeModerator] = useState(initialModerator);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const input = {
    query: search.query,
    fuzzy: search.fuzzy,
    filter: { ...search.filter, includeModerator },
    scope,
    code: codePath.trim() || undefined,
  };
  const preview = useQuery('search:autocodePreview', input, { kinds: PREVIEW_KINDS });
  const p = preview.data;
  const canApply = !busy && codePath.trim() !== '' && p !== null && p.total > p.alreadyCoded;

  const apply = async () => {
    if (!canApply) return;
    setBusy(true);
    setFailure(null);
    const r = await invoke('search:autocode', { ...input, code: codePath.trim() });
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error.message);
      return;
    }
    onClose();
    toast.info(t('search.autocoded', { coded: r.value.coded, code: r.value.codePath }), {
      label: t('search.undo'),
      run: () =>
        void invoke('history:undo', {}).then((u) => {
          if (!u.ok) toast.error(u.error.message);
        }),
    });
  };

  return (
    <Dialog
      title={t('search.autocodeTitle')}
      description={t('search.autocodeFor', { query: search.query })}
      onClose={onClose}
      onSubmit={() => void apply()}
      size="large"
      footer={
        <SubmitFooter onCancel={onClose} disabled={!canApply}>
          {p && p.total > 0 ? t('search.applyCount', { count: p.total - p.alreadyCoded }) : t('search.apply')}
        </SubmitFooter>
      }
    >
      <div className="autocode-fields">
        <Field label={t('common.code')}>
          {(id) => (
            <>
              <input
                id={id}
                data-autofocus
                list={listId}
                value={codePath}
                placeholder={t('search.autocodeCodeHint')}
                onChange={(e) => setCodePath(e.target.value)}
              />
              <datalist id={listId}>
                {(codes ?? []).map((c) => (
                  <option key={c.id} value={c.path} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label={t('search.scope')}>
          {(id) => (
            <select id={id} value={scope} onChange={(e) => setScope(e.target.value as AutocodeScope)}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {t(SCOPE_LABELS[s])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <label className="check-line">
          <input type="checkbox" checked={includeModerator} onChange={(e) => setIncludeModerator(e.target.checked)} />
          {t('search.includeModerator')}
        </label>
      </div>
      {preview.error && <DialogError message={preview.error} />}
      <DialogError message={failure} />
      {p && (
        <div className="autocode-preview">
          <p className="autocode-summary" role="status">
            {t('search.previewCount', { total: p.total, hits: p.hits })}
            {p.alreadyCoded > 0 && <> · {t('search.previewAlready', { count: p.alreadyCoded })}</>}
            {p.moderator > 0 && <> · {t('search.previewModerator', { count: p.moderator })}</>}
            {p.memos > 0 && <> · {t('search.previewMemos', { count: p.memos })}</>}
            {codePath.trim() !== '' && <> · {p.codeExists ? t('search.previewCodeExists') : t('search.previewCodeNew')}</>}
          </p>
          <ol className="autocode-passages" aria-label={t('search.previewList')}>
            {p.passages.map((x) => (
              <li key={`${x.documentId}:${x.start}`} className={x.alreadyCoded ? 'is-coded' : undefined}>
                <span className="autocode-where">
                  {[x.sessionTitle ?? x.documentTitle, x.speaker].filter(Boolean).join(' · ')}
                  {x.alreadyCoded && <> · {t('search.previewCoded')}</>}
                </span>
                <span className="autocode-text">{x.text}</span>
              </li>
            ))}
          </ol>
          {p.total > p.passages.length && <p className="muted">{t('search.previewMore', { more: p.total - p.passages.length })}</p>}
        </div>
      )}
    </Dialog>
  );
}
