import { useCallback, useMemo, useRef } from 'react';
import type { Attribute, Participant, Session } from '../../shared/domain/study';
import { AttributeHeader } from './AttributeHeader';
import { ACTIONS_COLUMN, NAME_COLUMN, NOTES_COLUMN, SESSIONS_COLUMN, editText } from './cellValue';
import { ParticipantRow } from './ParticipantRow';
import { useGridState, type CellRef } from './useGridState';
import { SortHeader, useSort, type SortKey } from '../ui/useSort';
import { useT } from '../i18n/useT';

interface ParticipantsGridProps {
  participants: Participant[];
  attributes: Attribute[];
  sessions: Session[];
  onSaveName: (p: Participant, text: string) => Promise<string | null>;
  onSaveNotes: (p: Participant, text: string) => Promise<string | null>;
  onSaveValue: (p: Participant, a: Attribute, text: string) => Promise<string | null>;
  onOpenSessions: (p: Participant) => void;
  onDelete: (p: Participant) => void;
  onEditAttribute: (a: Attribute) => void;
  onDeleteAttribute: (a: Attribute) => void;
}

/** Rows a column does not tell apart stay in the list's own order (the backend's). */
const keepOrder = () => 0;

/** The participants table as an ARIA grid: one row per participant, one column per attribute. */
export function ParticipantsGrid(props: ParticipantsGridProps) {
  const { attributes, sessions } = props;
  const { t } = useT();
  // Any column sorts (click or Enter on its header); until one is chosen, rows keep the list's order.
  const keys: Record<string, SortKey<Participant>> = {
    [NAME_COLUMN]: (p) => p.displayName,
    [NOTES_COLUMN]: (p) => p.notes,
    [SESSIONS_COLUMN]: (p) => p.sessions.length,
    ...Object.fromEntries(attributes.map((a) => [a.id, (p: Participant) => p.values[a.id] ?? null])),
  };
  const { sorted: participants, sort, toggle } = useSort(props.participants, keys, null, keepOrder);
  const gridRef = useRef<HTMLTableElement>(null);
  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const attributeById = useMemo(() => new Map(attributes.map((a) => [a.id, a])), [attributes]);
  const sessionsById = useMemo(() => new Map(sessions.map((s) => [s.id, s])), [sessions]);
  const rows = useMemo(() => participants.map((p) => p.id), [participants]);
  const cols = useMemo(() => [NAME_COLUMN, ...attributes.map((a) => a.id), NOTES_COLUMN, SESSIONS_COLUMN, ACTIONS_COLUMN], [attributes]);

  const { onSaveName, onSaveNotes, onSaveValue, onOpenSessions, onDelete } = props;
  const initialText = useCallback(
    (cell: CellRef) => {
      const p = byId.get(cell.row);
      if (!p) return '';
      if (cell.col === NAME_COLUMN) return p.displayName;
      if (cell.col === NOTES_COLUMN) return p.notes ?? '';
      return editText(p.values[cell.col]);
    },
    [byId],
  );
  const save = useCallback(
    async (cell: CellRef, text: string) => {
      const p = byId.get(cell.row);
      if (!p || text === initialText(cell)) return null; // unchanged: nothing to write
      if (cell.col === NAME_COLUMN) return onSaveName(p, text);
      if (cell.col === NOTES_COLUMN) return onSaveNotes(p, text);
      const a = attributeById.get(cell.col);
      return a ? onSaveValue(p, a, text) : t('editing.attributeGone');
    },
    [byId, attributeById, initialText, onSaveName, onSaveNotes, onSaveValue, t],
  );
  const activate = useCallback(
    (cell: CellRef) => {
      const p = byId.get(cell.row);
      if (p && cell.col === SESSIONS_COLUMN) onOpenSessions(p);
      if (p && cell.col === ACTIONS_COLUMN) onDelete(p);
    },
    [byId, onOpenSessions, onDelete],
  );
  const editable = useCallback((col: string) => col === NAME_COLUMN || col === NOTES_COLUMN || attributeById.has(col), [attributeById]);

  const grid = useGridState({ rows, cols, editable, initialText, save, activate, gridRef });

  return (
    <table
      ref={gridRef}
      role="grid"
      aria-label={t('common.participants')}
      aria-rowcount={participants.length + 1}
      className="data-table participants-grid"
    >
      <thead>
        <tr>
          <SortHeader column={NAME_COLUMN} sort={sort} onSort={toggle} className="cell-name">
            <span className="attr-header-text">
              <span className="attr-name">{t('common.participant')}</span>
              <span className="attr-type">{t('participants.colParticipantHint')}</span>
            </span>
          </SortHeader>
          {attributes.map((a) => (
            <AttributeHeader
              key={a.id}
              attribute={a}
              onEdit={props.onEditAttribute}
              onDelete={props.onDeleteAttribute}
              sort={sort}
              onSort={toggle}
            />
          ))}
          <SortHeader column={NOTES_COLUMN} sort={sort} onSort={toggle} className="col-notes">
            <span className="attr-header-text">
              <span className="attr-name">{t('common.notesField')}</span>
              <span className="attr-type">{t('participants.colNotesHint')}</span>
            </span>
          </SortHeader>
          <SortHeader column={SESSIONS_COLUMN} sort={sort} onSort={toggle} className="col-sessions">
            <span className="attr-header-text">
              <span className="attr-name">{t('common.sessions')}</span>
              <span className="attr-type">{t('participants.colSessionsHint')}</span>
            </span>
          </SortHeader>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('common.delete')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {participants.map((p) => (
          <ParticipantRow
            key={p.id}
            participant={p}
            attributes={attributes}
            sessionsById={sessionsById}
            grid={grid}
            onOpenSessions={onOpenSessions}
            onDelete={onDelete}
          />
        ))}
      </tbody>
    </table>
  );
}
