import { useCallback, useMemo, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import { useIntl } from 'react-intl';
import { useT } from '../i18n/useT';
import { useCall } from '../ui/useCall';
import './codebook.css';
import './codeDialogs.css';
import { CodebookDialogs } from './CodebookDialogs';
import { CodeTree } from './CodeTree';
import { filterCodes, visibleRows } from './treeRows';
import { codeMenuItems, type CodeDialogState, type MenuActions } from './codeMenu';

export interface CodebookPanelProps {
  codes: Code[];
  selectedCodeId: string | null;
  onSelect(codeId: string | null): void;
  onRetrieve(codeId: string): void;
  onMemo(codeId: string): void;
}

/** The codebook: a filter, the code tree and everything that reshapes it (rename, move, merge, split, pin…). */
/** Every change it makes reaches the codebook, the open view and the lists through the change event (useQuery). */
export function CodebookPanel({ codes, selectedCodeId, onSelect, onRetrieve, onMemo }: CodebookPanelProps) {
  const { t } = useT();
  // formatMessage rather than t() where a message wraps key names in <kbd>.
  const intl = useIntl();
  const call = useCall();
  const [query, setQuery] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [dialog, setDialog] = useState<CodeDialogState | null>(null);
  const [renamingId, setRenamingId] = useState<string | null>(null);

  const filter = useMemo(() => filterCodes(codes, query), [codes, query]);
  const rows = useMemo(() => visibleRows(codes, collapsed, filter), [codes, collapsed, filter]);

  const pin = useCallback(
    async (code: Code, key: number | null) => {
      await call('codes:pin', { id: code.id, pin: key });
    },
    [call],
  );
  const actions: MenuActions = {
    open: setDialog,
    rename: (code) => setRenamingId(code.id),
    unpin: (code) => void pin(code, null),
    retrieve: onRetrieve,
    memo: onMemo,
  };

  const rename = async (code: Code, name: string | null) => {
    setRenamingId(null);
    if (name === null) return;
    await call('codes:update', { id: code.id, name });
  };
  const move = async (id: string, parentId: string | null, position: number) => {
    const r = await call('codes:move', { id, parentId, position });
    if (!r.ok) return;
    // Show where the code went: open the parent it moved into.
    if (parentId) setCollapsed((all) => new Set([...all].filter((c) => c !== parentId)));
  };
  const toggle = (id: string, expand: boolean) =>
    setCollapsed((all) => {
      const next = new Set(all);
      if (expand) next.delete(id);
      else next.add(id);
      return next;
    });

  const total = codes.reduce((n, c) => n + c.codings, 0);
  return (
    <section className="codebook" aria-label={t('codebook.label')}>
      <header className="codebook-header">
        <h2 className="codebook-title">
          {t('common.codes')}{' '}
          <span className="codebook-meta">{codes.length > 0 && t('codebook.headingMeta', { codes: codes.length, coded: total })}</span>
        </h2>
        <button type="button" className="button button-small" onClick={() => setDialog({ kind: 'create', parent: null })}>
          {t('codebook.newCode')}
        </button>
      </header>
      {codes.length > 0 && (
        <div className="codebook-filter">
          <input
            type="search"
            aria-label={t('common.filterCodes')}
            placeholder={t('codebook.filterPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      )}
      {codes.length === 0 ? (
        <div className="codebook-empty">
          <p>
            {intl.formatMessage(
              { id: 'codebook.emptyHint' },
              {
                strong: (words) => <strong>{words}</strong>,
                keys: (keys) => <span className="nowrap">{keys}</span>,
                kbd: (key) => <kbd>{key}</kbd>,
              },
            )}
          </p>
          <button type="button" className="button button-primary button-small" onClick={() => setDialog({ kind: 'create', parent: null })}>
            {t('codebook.createFirst')}
          </button>
        </div>
      ) : rows.length === 0 ? (
        <p className="codebook-no-match" role="status">
          {t('common.noCodeMatches', { query })}
        </p>
      ) : (
        <CodeTree
          codes={codes}
          rows={rows}
          selectedCodeId={selectedCodeId}
          renamingId={renamingId}
          onSelect={onSelect}
          onToggle={toggle}
          onStartRename={(code) => setRenamingId(code.id)}
          onRenamed={(code, name) => void rename(code, name)}
          onDelete={(code) => setDialog({ kind: 'delete', code })}
          onMove={(id, parentId, position) => void move(id, parentId, position)}
          menuFor={(code) => codeMenuItems(code, actions, t)}
        />
      )}
      {dialog && (
        <CodebookDialogs
          dialog={dialog}
          codes={codes}
          selectedCodeId={selectedCodeId}
          onSelect={onSelect}
          onPin={(code, key) => void pin(code, key)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
