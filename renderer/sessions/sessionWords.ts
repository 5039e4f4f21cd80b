// The session words live in shared/ so that the CLI and the files Verbatim writes say the same words.
export { SESSION_KIND_MESSAGES, SESSION_ROLE_MESSAGES, roleMessage } from '../../shared/domain/sessionWords';
