import { useId, type ReactNode } from 'react';
import type { Attribute, Participant, Session } from '../../shared/domain/study';
import { SESSION_ROLES } from '../../shared/domain/study';
import { CellEditor } from './CellEditor';
import { useT } from '../i18n/useT';
import { SESSION_ROLE_MESSAGES } from '../../shared/domain/sessionWords';
import {
  ACTIONS_COLUMN,
  NAME_COLUMN,
  NOTES_COLUMN,
  NPS_GROUP_LABEL,
  SESSIONS_COLUMN,
  displayValue,
  isNumeric,
  scoreNpsGroup,
} from './cellValue';
import type { CellRef, GridState } from './useGridState';

interface ParticipantRowProps {
  participant: Participant;
  attributes: Attribute[];
  sessionsById: Map<string, Session>;
  grid: GridState;
  onOpenSessions: (p: Participant) => void;
  onDelete: (p: Participant) => void;
}

export function ParticipantRow({ participant: p, attributes, sessionsById, grid, onOpenSessions, onDelete }: ParticipantRowProps) {
  const translator = useT();
  const { t } = translator;
  const roleOrder = (role: string) => SESSION_ROLES.indexOf(role as (typeof SESSION_ROLES)[number]);
  const memberships = [...p.sessions].sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  return (
    <tr>
      <Cell
        grid={grid}
        cell={{ row: p.id, col: NAME_COLUMN }}
        className="cell-name"
        attribute={null}
        label={t('participants.nameOf', { name: p.displayName })}
      >
        {p.displayName}
      </Cell>
      {attributes.map((a) => {
        const value = p.values[a.id];
        const group = scoreNpsGroup(a, value);
        return (
          <Cell
            key={a.id}
            grid={grid}
            cell={{ row: p.id, col: a.id }}
            className={isNumeric(a) ? 'num' : ''}
            attribute={a}
            label={t('participants.valueOf', { attribute: a.name, name: p.displayName })}
          >
            {group ? (
              <span className={`nps nps-${group}`} title={t(NPS_GROUP_LABEL[group])}>
                {displayValue(a, value, translator)}
              </span>
            ) : (
              displayValue(a, value, translator)
            )}
          </Cell>
        );
      })}
      <Cell
        grid={grid}
        cell={{ row: p.id, col: NOTES_COLUMN }}
        className="cell-notes"
        attribute={null}
        label={t('participants.notesOf', { name: p.displayName })}
        maxLength={20000}
      >
        <span title={p.notes ?? undefined}>{p.notes ?? ''}</span>
      </Cell>
      <Cell
        grid={grid}
        cell={{ row: p.id, col: SESSIONS_COLUMN }}
        className="cell-sessions"
        attribute={null}
        label=""
        onOpen={() => onOpenSessions(p)}
      >
        <button
          type="button"
          tabIndex={-1}
          className="session-chips"
          aria-label={t('participants.sessionsOf', { name: p.displayName })}
          onClick={() => onOpenSessions(p)}
        >
          {memberships.length === 0 && <span className="muted">{t('participants.addToSession')}</span>}
          {memberships.map((m) => (
            <span key={m.sessionId} className={`chip chip-${m.role}`}>
              {sessionsById.get(m.sessionId)?.title ?? t('participants.unknownSession')}
              {m.role !== 'participant' && <span className="chip-role"> · {t(SESSION_ROLE_MESSAGES[m.role])}</span>}
            </span>
          ))}
        </button>
      </Cell>
      <Cell
        grid={grid}
        cell={{ row: p.id, col: ACTIONS_COLUMN }}
        className="cell-actions"
        attribute={null}
        label=""
        onOpen={() => onDelete(p)}
      >
        <button
          type="button"
          tabIndex={-1}
          className="icon-button row-delete"
          aria-label={t('participants.deleteParticipantNamed', { name: p.displayName })}
          onClick={() => onDelete(p)}
        >
          ×
        </button>
      </Cell>
    </tr>
  );
}

interface CellProps {
  grid: GridState;
  cell: CellRef;
  className: string;
  /** The attribute edited here; null for the name and for cells that open something instead. */
  attribute: Attribute | null;
  /** Accessible name of the editor. */
  label: string;
  /** For cells that are not edited inline: what a double click does. */
  onOpen?: () => void;
  /** Longest text the editor accepts when there is no attribute to say (names 200, notes 20,000). */
  maxLength?: number;
  children: ReactNode;
}

/** One focusable grid cell; it swaps its content for an editor while being edited. */
function Cell({ grid, cell, className, attribute, label, onOpen, maxLength = 200, children }: CellProps) {
  const errorId = useId();
  const editor = grid.editorOf(cell);
  const error = grid.errorOf(cell);
  const active = grid.isActive(cell);
  return (
    <td
      role="gridcell"
      data-cell={`${cell.row}|${cell.col}`}
      tabIndex={active && !editor ? 0 : -1}
      className={`grid-cell ${className}${editor ? ' editing' : ''}${error ? ' has-error' : ''}`}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget) grid.onCellKey(e, cell);
      }}
      onFocus={(e) => {
        if (e.target === e.currentTarget) grid.setActive(cell);
      }}
      onDoubleClick={() => (onOpen ? onOpen() : grid.startEdit(cell))}
    >
      {editor ? (
        <CellEditor
          attribute={attribute}
          text={editor.text}
          label={label}
          maxLength={maxLength}
          errorId={error ? errorId : undefined}
          busy={grid.saving}
          onText={grid.setText}
          onKey={grid.onEditorKey}
          onBlur={() => {
            if (!grid.committing.current) void grid.commit('stay');
          }}
        />
      ) : (
        <div className="cell-content">{children}</div>
      )}
      {error && (
        <div id={errorId} role="alert" className="cell-error">
          {error}
        </div>
      )}
    </td>
  );
}
