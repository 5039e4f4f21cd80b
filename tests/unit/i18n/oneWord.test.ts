/**
 * One word for one thing: a word the app says in many places is one message, so a translator
 * translates it once and every screen, report and export says it the same way.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../../shared/i18n/catalogue';

const english = Object.entries(messagesFor('en'));
const idsOf = (text: string) => english.filter(([, value]) => value === text).map(([id]) => id);

describe('words said in many places', () => {
  it.each([
    ['Promoter', 'report.promoter'],
    ['Passive', 'report.passive'],
    ['Detractor', 'report.detractor'],
    ['Saving…', 'common.saving'],
    ['No speaker', 'common.noSpeaker'],
    ['Live note', 'report.liveNote'],
  ])('"%s" is one message (%s)', (text, id) => {
    expect(idsOf(text)).toEqual([id]);
  });
});
