import type { MemoPlace } from '../../shared/domain/coding';
import type { Translator } from '../../shared/i18n/translator';

/** What a memo is on, in the UI's language: "Session “Oslo 2”", "“too dear” coded Price in Interview 3". */
export function memoPlaceWords(place: MemoPlace, t: Translator['t']): string {
  switch (place.kind) {
    case 'project':
      return t('memos.placeProject');
    case 'session':
      return place.title === null ? t('memos.placeSessionGone') : t('memos.placeSession', { title: place.title });
    case 'document':
      return place.title === null ? t('memos.placeDocumentGone') : t('memos.placeDocument', { title: place.title });
    case 'code':
      return place.path === null ? t('memos.placeCodeGone') : t('memos.placeCode', { path: place.path });
    case 'coding':
      return t('memos.placeCoding', {
        quote: place.quote,
        code: place.codePath ?? t('memos.placeDeleted'),
        document: place.documentTitle ?? t('memos.placeDeleted'),
      });
    case 'gone':
      return t('memos.placeCodingGone');
  }
}
