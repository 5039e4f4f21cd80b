import { useId, type ReactNode } from 'react';

interface FieldProps {
  label: ReactNode;
  className?: string;
  /** Renders the control with the id its label points at. */
  children: (id: string) => ReactNode;
}

/**
 * A labelled form control. The label is linked by id rather than wrapped around the control,
 * because a wrapping label adds the control's value (or a select's options) to its accessible name.
 */
export function Field({ label, className = '', children }: FieldProps) {
  const id = useId();
  return (
    <div className={`field ${className}`.trim()}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}
