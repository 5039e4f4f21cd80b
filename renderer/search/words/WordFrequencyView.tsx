/**
 * Word frequencies (the s14-words lane fills this in): the most frequent words of the study,
 * each clickable into its hits through `onSearch(word)`, which runs it in the Text search view.
 */
export function WordFrequencyView(_props: { onSearch(query: string): void }) {
  return <div className="search-words" />;
}
