import { useEffect, useId, useMemo, useState } from 'react';
import type { Code, RetrievedPassage } from '../../shared/domain/coding';
import type { Attribute, Participant } from '../../shared/domain/study';
import { invoke, on } from '../api';
import { plural } from '../ui/format';
import './codebook.css';
import './retrieve.css';
import { PassageCard } from './PassageCard';

export interface RetrieveViewProps {
  codeId: string;
  codes: Code[];
  onClose(): void;
  onJump(documentId: string, start: number): void;
}

/** Participants and attributes, for the facts line under each quote; reloaded when the study changes. */
function usePeople() {
  const [people, setPeople] = useState<{ byId: Map<string, Participant>; attributes: Attribute[] }>({ byId: new Map(), attributes: [] });
  useEffect(() => {
    let live = true;
    const load = async () => {
      const [p, a] = await Promise.all([invoke('participants:list', {}), invoke('attributes:list', {})]);
      if (live && p.ok && a.ok) setPeople({ byId: new Map(p.value.map((x) => [x.id, x])), attributes: a.value });
    };
    void load();
    const off = on('study:changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, []);
  return people;
}

/**
 * Every passage coded with a code, read as quotes: who said it (with their segment and score), in
 * which session and document, and a way back to the transcript.
 */
export function RetrieveView({ codeId, codes, onClose, onJump }: RetrieveViewProps) {
  const [includeChildren, setIncludeChildren] = useState(true);
  const [passages, setPassages] = useState<RetrievedPassage[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const people = usePeople();
  const titleId = useId();
  const code = codes.find((c) => c.id === codeId);
  const hasChildren = codes.some((c) => c.parentId === codeId);
  const colors = useMemo(() => new Map(codes.map((c) => [c.id, c.color])), [codes]);
  // The codebook's counts change whenever codings of this code do: a cheap signal to fetch again.
  const signal = `${code?.totalCodings}:${code?.path}`;

  useEffect(() => {
    let live = true;
    void invoke('codes:retrieve', { codeId, includeChildren }).then((r) => {
      if (!live) return;
      setPassages(r.ok ? r.value : null);
      setError(r.ok ? null : r.error.message);
    });
    return () => {
      live = false;
    };
  }, [codeId, includeChildren, signal]);

  const documents = new Set(passages?.map((p) => p.documentId)).size;
  const speakers = new Set(passages?.flatMap((p) => (p.participantIds.length > 0 ? p.participantIds : p.speakers))).size;
  const orphaned = passages?.filter((p) => p.status === 'orphaned').length ?? 0;

  return (
    <section className="retrieve" aria-labelledby={titleId}>
      <header className="retrieve-header">
        <h2 id={titleId} className="retrieve-title">
          {code && <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden />}
          <span className="retrieve-path">{code?.path ?? 'Code'}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close passages" onClick={onClose}>
          ×
        </button>
        <p className="retrieve-count" role="status">
          {passages === null
            ? error
              ? ''
              : 'Loading passages…'
            : `${plural(passages.length, 'passage')} · ${plural(documents, 'document')} · ${plural(speakers, 'speaker')}`}
          {orphaned > 0 && <span className="retrieve-orphans"> · {orphaned} to review</span>}
        </p>
        {hasChildren && (
          <label className="check-line retrieve-children">
            <input type="checkbox" checked={includeChildren} onChange={(e) => setIncludeChildren(e.target.checked)} />
            Include sub-codes
          </label>
        )}
      </header>
      {code?.definition && <p className="retrieve-definition">{code.definition}</p>}
      {error && (
        <p role="alert" className="inline-error retrieve-error">
          {error}
        </p>
      )}
      <div className="retrieve-list">
        {passages?.length === 0 && (
          <div className="retrieve-empty">
            <p>
              <strong>No passages coded “{code?.name ?? 'this code'}” yet.</strong>
            </p>
            <p>Select text in a transcript, then press the code’s pin key or Ctrl+K to apply it.</p>
          </div>
        )}
        {passages?.map((p) => (
          <PassageCard
            key={p.codingId}
            passage={p}
            people={people.byId}
            attributes={people.attributes}
            rootPath={code?.path ?? ''}
            color={colors.get(p.codeId)}
            onJump={() => onJump(p.documentId, p.start)}
          />
        ))}
      </div>
    </section>
  );
}
