import { useCallback, useMemo, useState } from 'react';
import type { Attribute, Participant } from '../../shared/domain/study';
import { invoke } from '../api';
import type { StudyData } from '../study/useStudyData';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { AddAttributeDialog } from './AddAttributeDialog';
import { AddParticipantRow } from './AddParticipantRow';
import { EditAttributeDialog } from './EditAttributeDialog';
import { ImportDialog } from './import/ImportDialog';
import { ParticipantsGrid } from './ParticipantsGrid';
import { SessionRolesDialog } from './SessionRolesDialog';
import { filterParticipants } from './filterParticipants';
import { useT } from '../i18n/useT';

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
  const translator = useT();
  const { t } = translator;
  const [open, setOpen] = useState<Open>(null);
  const [filter, setFilter] = useState('');
  const close = useCallback(() => setOpen(null), []);

  const visible = useMemo(
    () => (participants && attributes ? filterParticipants(participants, attributes, sessions ?? [], filter, translator) : []),
    [participants, attributes, sessions, filter, translator],
  );

  const saveName = useCallback(
    async (p: Participant, text: string) => {
      if (text.trim() === '') return t('participants.nameRequired');
      const r = await invoke('participants:update', { id: p.id, displayName: text.trim() });
      if (!r.ok) return r.error.message;
      replaceParticipant(r.value);
      return null;
    },
    [replaceParticipant, t],
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
      const r = await invoke('participants:setValue', {
        participantId: p.id,
        attributeId: a.id,
        value: text.trim() === '' ? null : text.trim(),
      });
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
        {t('participants.loading')}
      </p>
    );

  const empty = participants.length === 0 && attributes.length === 0;
  return (
    <div className="panel">
      <div className="toolbar">
        <h2 className="toolbar-title">{t('common.participants')}</h2>
        <span className="toolbar-meta">
          {visible.length === participants.length
            ? t('participants.count', { count: participants.length })
            : t('participants.shownOf', { shown: visible.length, total: participants.length })}
        </span>
        {participants.length > 0 && (
          <input
            type="search"
            className="filter-input"
            aria-label={t('participants.filterLabel')}
            placeholder={t('participants.filterPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        )}
        <div className="toolbar-spacer" />
        <button type="button" className="button" onClick={() => setOpen({ kind: 'import' })}>
          {t('participants.importCsv')}
        </button>
        <button type="button" className="button button-primary" onClick={() => setOpen({ kind: 'addAttribute' })}>
          {t('participants.addAttribute')}
        </button>
      </div>
      {empty && (
        <div className="empty-state empty-state-compact">
          <h3>{t('participants.emptyTitle')}</h3>
          <p>{t('participants.emptyBody')}</p>
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
          title={t('participants.deleteAttributeTitle')}
          confirmLabel={t('participants.deleteAttributeConfirm')}
          onClose={close}
          onConfirm={async () => {
            const r = await invoke('attributes:delete', { id: open.attribute.id });
            if (!r.ok) return r.error.message;
            setAttributes((all) => (all ?? []).filter((x) => x.id !== open.attribute.id));
            close();
            return null;
          }}
        >
          <p>{t('participants.deleteAttributeBody', { name: open.attribute.name })}</p>
        </ConfirmDialog>
      )}
      {open?.kind === 'deleteParticipant' && (
        <ConfirmDialog
          title={t('participants.deleteParticipantTitle')}
          confirmLabel={t('participants.deleteParticipantConfirm')}
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
          <p>{t('participants.deleteParticipantBody', { name: open.participant.displayName })}</p>
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
