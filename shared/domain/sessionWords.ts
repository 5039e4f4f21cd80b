import type { MessageId } from '../i18n/catalogue';
import type { SessionKind, SessionRole } from './study';

/**
 * The words for each kind of session, in the glossary's terms (focus group, interview, intercept
 * interview): one message per kind for the UI, the CLI and every file Verbatim writes.
 */
export const SESSION_KIND_MESSAGES: Record<SessionKind, MessageId> = {
  focus_group: 'sessions.kindFocusGroup',
  interview: 'sessions.kindInterview',
  intercept: 'sessions.kindIntercept',
  other: 'sessions.kindOther',
};

/** The words for a person's part in a session. */
export const SESSION_ROLE_MESSAGES: Record<SessionRole, MessageId> = {
  participant: 'sessions.roleParticipant',
  moderator: 'sessions.roleModerator',
  observer: 'sessions.roleObserver',
};

/** A kind's message, or null for a kind this version has no words for (shown as stored). */
export function kindMessage(kind: string): MessageId | null {
  return Object.hasOwn(SESSION_KIND_MESSAGES, kind) ? SESSION_KIND_MESSAGES[kind as SessionKind] : null;
}

/** A role's message, or null for a role this version has no words for (shown as stored). */
export function roleMessage(role: string): MessageId | null {
  return Object.hasOwn(SESSION_ROLE_MESSAGES, role) ? SESSION_ROLE_MESSAGES[role as SessionRole] : null;
}
