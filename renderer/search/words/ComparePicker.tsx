import type { RetrieveOptions } from '../../../shared/domain/retrieve';
import { useT } from '../../i18n/useT';
import type { WordSettings } from './useWordFrequencies';

interface ComparePickerProps {
  options: RetrieveOptions;
  compare: WordSettings['compare'];
  onCompare(compare: WordSettings['compare']): void;
}

/** Two groups to compare: an attribute, then one of its values for group A and another for group B (detractors against promoters). */
export function ComparePicker({ options, compare, onCompare }: ComparePickerProps) {
  const { t } = useT();
  const attribute = compare ? options.attributes.find((a) => a.id === compare.attributeId) : undefined;
  const group = (side: 'a' | 'b', label: string) => (
    <label>
      {label}
      <select value={compare?.[side] ?? ''} onChange={(e) => compare && onCompare({ ...compare, [side]: e.target.value })}>
        <option value="">{t('search.wordsChooseGroup')}</option>
        {attribute?.values.map((v) => (
          <option key={v.key} value={v.key} disabled={v.key === compare?.[side === 'a' ? 'b' : 'a']}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="words-compare" role="group" aria-label={t('search.wordsCompare')}>
      <label>
        {t('search.wordsCompareBy')}
        <select
          value={compare?.attributeId ?? ''}
          onChange={(e) => onCompare(e.target.value ? { attributeId: e.target.value, a: '', b: '' } : null)}
        >
          <option value="">{t('search.wordsNoComparison')}</option>
          {options.attributes.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      {attribute && group('a', t('search.wordsGroupA'))}
      {attribute && group('b', t('search.wordsGroupB'))}
    </div>
  );
}
