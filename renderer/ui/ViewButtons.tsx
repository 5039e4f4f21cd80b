import type { ReactNode } from 'react';

export interface ViewChoice<V extends string> {
  id: V;
  label: string;
  title?: string;
}

/**
 * A row of buttons that picks one of a screen's views, the current one pressed: the coding
 * workspace's Transcript | Passages, the Search tab's and the Queries tab's views. `children` follow
 * the buttons (the coding workspace shows its key there).
 */
export function ViewButtons<V extends string>(props: {
  label: string;
  views: readonly ViewChoice<V>[];
  current: V;
  onView(view: V): void;
  className?: string;
  keyshortcuts?: string;
  children?: ReactNode;
}) {
  const { label, views, current, onView, className = 'view-switch', keyshortcuts, children } = props;
  return (
    <div className={className} role="group" aria-label={label}>
      {views.map((v) => (
        <button
          key={v.id}
          type="button"
          className={`view-switch-button${current === v.id ? ' is-current' : ''}`}
          aria-pressed={current === v.id}
          aria-keyshortcuts={keyshortcuts}
          title={v.title}
          onClick={() => onView(v.id)}
        >
          {v.label}
        </button>
      ))}
      {children}
    </div>
  );
}
