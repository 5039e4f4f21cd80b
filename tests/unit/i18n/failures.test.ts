/**
 * Failures carry their sentence as a catalogue message, so each client says it in its own language:
 * the backend's AppError, what crosses the boundary, the renderer's and the CLI's rendering of it.
 */
import { describe, expect, it } from 'vitest';
import { AppError, toFailure } from '../../../shared/errors';
import { cliFailureLine } from '../../../main/cli/language';
import { translatorFor } from '../../../shared/i18n/translator';
import { fail, failure, failureText } from '../../../shared/result';

describe('a failure by catalogue message', () => {
  it('holds the id and values, with the English sentence for logs and programs', () => {
    const error = new AppError('INTERNAL', 'errors.serverNoResult', { status: 502 });
    expect(error.message).toBe('The server answered 502 without a result.');
    expect(toFailure('test', error, () => {})).toEqual({
      code: 'INTERNAL',
      message: 'The server answered 502 without a result.',
      messageId: 'errors.serverNoResult',
      values: { status: 502 },
    });
    expect(fail('INTERNAL', 'errors.serverNoResult', { status: 502 })).toEqual({ ok: false, error: toFailure('test', error, () => {}) });
  });

  it('is said in each language from the same failure, after crossing as JSON', () => {
    const crossed = JSON.parse(JSON.stringify(failure('CANCELLED', 'errors.noFileChosen')));
    expect(failureText(translatorFor('nb'), crossed)).toBe('Ingen fil ble valgt.');
    expect(failureText(translatorFor('hr'), crossed)).toBe('Nije odabrana nijedna datoteka.');
    expect(failureText(translatorFor('zh-Hans'), crossed)).toBe('未选择文件。');
    expect(failureText(translatorFor('pseudo'), crossed)).toBe('⟦No file was chosen.⟧');
  });

  it('an unexpected error becomes the internal failure, translated, and its own text never crosses', () => {
    const logged: string[] = [];
    const f = toFailure('test', new Error('SQLITE_IOERR at /home/x'), (m) => logged.push(m));
    expect(f.messageId).toBe('errors.internal');
    expect(JSON.stringify(f)).not.toContain('SQLITE_IOERR');
    expect(logged[0]).toContain('SQLITE_IOERR');
    expect(failureText(translatorFor('hu'), f)).toMatch(/^Hiba történt a Verbatimban/);
  });

  it('a sentence without a message (not yet in the catalogue) passes as written', () => {
    expect(new AppError('IO_ERROR', 'The disk is full.').toFailure()).toEqual({ code: 'IO_ERROR', message: 'The disk is full.' });
  });

  it("the CLI says a failure in the terminal's language, on one line", () => {
    const saved = process.env.LC_ALL;
    try {
      process.env.LC_ALL = 'hr_HR.UTF-8';
      expect(cliFailureLine(failure('INTERNAL', 'errors.callFailed', { channel: 'x', detail: 'a\nb' }))).toBe('Poziv x nije uspio: a b');
    } finally {
      if (saved === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved;
    }
  });
});
