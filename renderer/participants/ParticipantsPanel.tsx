import { useCallback, useMemo, useState } from 'react';
import type { Attribute, Participant } from '../../shared/domain/study';
import { invoke } from '../api';
import type { StudyData } from '../study/useStudyData';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { plural } from '../ui/format';
import { AddAttributeDialog } from './AddAttributeDialog';
import { AddParticipantRow } from './AddParticipantRow';
import { EditAttributeDialog } from './EditAttributeDialog';
import { ImportDialog } from './import/ImportDialog';
import { ParticipantsGrid } from './ParticipantsGrid';
import { SessionRolesDialog } from './SessionRolesDialog';
import { filterParticipants } from './filterParticipants';

type Open =
  | { kind: 'addAttribute' }
  | { kind: 'editAttribute'; attribute: Attribute }
  | { kind: 'deleteAttribute'; attribute: Attribute }
  | { kind: 'deleteParticipant'; participant: Participant }
  | { kind: 'sessions'; participant: Participant }
  | { kind: 'import' }
  | null;

export function ParticipantsPanel({ data }: { data: StudyData }) {
  const { participants, attributes, sessions, setParticipants, setAttributes, replaceParticipant } = data;
  const [open, setOpen] = useState<Open>(null);
  const [filter, setFilter] = useState('');
  const close = useCallback(() => setOpen(null), []);

  const visible = useMemo(
    () => (participants && attributes ? filterParticipants(participants, attributes, sessions ?? [], filter) : []),
    [participants, attributes, sessions, filter],
  );

  const saveName = useCallback(
    async (p: Participant, text: string) => {
      if (text.trim() === '') return 'A participant needs a name or pseudonym.';
      const r = await invoke('participants:update', { id: p.id, displayName: text.trim() });
      if (!r.ok) return r.error.message;
      replaceParticipant(r.value);
      return null;
    },
    [replaceParticipant],
  );
  const saveNotes = useCallback(
    async (p: Participant, text: string) => {
      const r = await invoke('participants:update', { id: p.id, notes: text.trim() === '' ? null : text });
      if (!r.ok) return r.error.message;
      replaceParticipant(r.value);
      return null;
    },
    [replaceParticipant],
  );
  const saveValue = useCallback(
    async (p: Participant, a: Attribute, text: string) => {
      const r = await invoke('participants:setValue', { participantId: p.id, attributeId: a.id, value: text.trim() === '' ? null : text.trim() });
      if (!r.ok) return r.error.message;
      replaceParticipant(r.value);
      return null;
    },
    [replaceParticipant],
  );
  const openSessions = useCallback((p: Participant) => setOpen({ kind: 'sessions', participant: p }), []);
  const askDelete = useCallback((p: Participant) => setOpen({ kind: 'deleteParticipant', participant: p }), []);
  const editAttribute = useCallback((a: Attribute) => setOpen({ kind: 'editAttribute', attribute: a }), []);
  const askDeleteAttribute = useCallback((a: Attribute) => setOpen({ kind: 'deleteAttribute', attribute: a }), []);

  if (participants === null || attributes === null)
    return (
      <p className="loading-note" aria-busy="true">
        Loading participants…
      </p>
    );

  const empty = participants.length === 0 && attributes.length === 0;
  return (
    <div className="panel">
      <div className="toolbar">
        <h2 className="toolbar-title">Participants</h2>
        <span className="toolbar-meta">
          {visible.length === participants.length ? plural(participants.length, 'participant') : `${visible.length} of ${participants.length} shown`}
        </span>
        {participants.length > 0 && (
          <input
            type="search"
            className="filter-input"
            aria-label="Filter participants"
            placeholder="Filter by name or value…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        )}
        <div className="toolbar-spacer" />
        <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
          Import CSV…
        </button>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'addAttribute' })}>
          Add attribute
        </button>
      </div>
      {empty && (
        <div className="empty-state empty-state-compact">
          <h3>No participants yet</h3>
          <p>
            Type names below, or import a screener export as CSV. Add attributes such as segment or NPS to compare groups in reports.
          </p>
        </div>
      )}
      <div className="table-scroll">
        {!empty && (
          <ParticipantsGrid
            participants={visible}
            attributes={attributes}
            sessions={sessions ?? []}
            onSaveName={saveName}
            onSaveNotes={saveNotes}
            onSaveValue={saveValue}
            onOpenSessions={openSessions}
            onDelete={askDelete}
            onEditAttribute={editAttribute}
            onDeleteAttribute={askDeleteAttribute}
          />
        )}
        <AddParticipantRow onAdded={(p) => setParticipants((all) => [...(all ?? []), p])} />
      </div>

      {open?.kind === 'addAttribute' && (
        <AddAttributeDialog
          onClose={close}
          onAdded={(a) => {
            setAttributes((all) => [...(all ?? []), a]);
            close();
          }}
        />
      )}
      {open?.kind === 'editAttribute' && (
        <EditAttributeDialog
          attribute={open.attribute}
          onClose={close}
          onSaved={(a) => {
            setAttributes((all) => (all ?? []).map((x) => (x.id === a.id ? a : x)));
            close();
          }}
        />
      )}
      {open?.kind === 'deleteAttribute' && (
        <ConfirmDialog
          title="Delete attribute?"
          confirmLabel="Delete attribute"
          onClose={close}
          onConfirm={async () => {
            const r = await invoke('attributes:delete', { id: open.attribute.id });
            if (!r.ok) return r.error.message;
            setAttributes((all) => (all ?? []).filter((x) => x.id !== open.attribute.id));
            close();
            return null;
          }}
        >
          <p>
            “{open.attribute.name}” and every participant’s value for it will be removed. A backup of the study is saved first.
          </p>
        </ConfirmDialog>
      )}
      {open?.kind === 'deleteParticipant' && (
        <ConfirmDialog
          title="Delete participant?"
          confirmLabel="Delete participant"
          onClose={close}
          onConfirm={async () => {
            const r = await invoke('participants:delete', { id: open.participant.id });
            if (!r.ok) return r.error.message;
            setParticipants((all) => (all ?? []).filter((x) => x.id !== open.participant.id));
            void data.reloadSessions(); // participant counts per session change
            close();
            return null;
          }}
        >
          <p>
            “{open.participant.displayName}” will be removed with their attribute values and session roles. A backup of the study is saved first.
          </p>
        </ConfirmDialog>
      )}
      {open?.kind === 'sessions' && (
        <SessionRolesDialog
          participant={open.participant}
          sessions={sessions ?? []}
          onChanged={(p) => {
            replaceParticipant(p);
            void data.reloadSessions();
          }}
          onClose={close}
        />
      )}
      {open?.kind === 'import' && <ImportDialog attributes={attributes} onStudyChanged={() => void data.reloadAll()} onClose={close} />}
    </div>
  );
}
