import { useId, useRef, useState } from 'react';
import type { Code } from '../../shared/domain/coding';
import { MAX_EXPRESSION_LENGTH, quotePath } from '../../shared/domain/queryExpression';
import { useT } from '../i18n/useT';

interface ExpressionBuilderProps {
  expression: string;
  codes: Code[];
  onExpression(text: string): void;
  onRun(): void;
}

/**
 * The expression box and the buttons that write it, so nobody has to know the syntax: choose a
 * code and add it, then an operator, then the next code. Each piece goes in at the cursor. The
 * operators stay in English, as the query language has them (they are syntax, like a key name).
 */
export function ExpressionBuilder({ expression, codes, onExpression, onRun }: ExpressionBuilderProps) {
  const { t } = useT();
  const boxId = useId();
  const hintId = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [codeId, setCodeId] = useState('');
  const [near, setNear] = useState(1);

  /** Puts `piece` at the cursor (or the end) with a space either side, and puts the cursor after it. */
  const insert = (piece: string) => {
    const el = box.current;
    const at = el ? el.selectionEnd : expression.length;
    const before = expression.slice(0, at).replace(/\s+$/, '');
    const after = expression.slice(at).replace(/^\s+/, '');
    const head = before === '' || before.endsWith('(') || piece === ')' ? before : `${before} `;
    const glue = piece === '(' ? '' : ' ';
    const next = `${head}${piece}${after === '' ? '' : glue}${after}`;
    onExpression(next);
    requestAnimationFrame(() => {
      el?.focus();
      const cursor = head.length + piece.length;
      el?.setSelectionRange(cursor, cursor);
    });
  };
  const code = codes.find((c) => c.id === codeId);
  const operators: { text: string; hint: string }[] = [
    { text: 'AND', hint: t('queries.hintAnd') },
    { text: 'OR', hint: t('queries.hintOr') },
    { text: 'NOT', hint: t('queries.hintNot') },
    { text: `NEAR/${near}`, hint: t('queries.hintNear', { n: near }) },
    { text: '(', hint: '' },
    { text: ')', hint: '' },
  ];

  return (
    <div className="query-builder">
      <label htmlFor={boxId} className="query-label">
        {t('queries.expression')}
      </label>
      <textarea
        id={boxId}
        ref={box}
        className="query-expression"
        rows={3}
        spellCheck={false}
        maxLength={MAX_EXPRESSION_LENGTH}
        aria-describedby={hintId}
        value={expression}
        onChange={(e) => onExpression(e.target.value)}
        onKeyDown={(e) => {
          // Ctrl/Cmd+Enter runs, as in a search box; a plain Enter is a line break in a long query.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            onRun();
          }
        }}
      />
      <p id={hintId} className="query-hint">
        {t('queries.expressionHint')}
      </p>
      <div className="query-pieces">
        <select aria-label={t('queries.pickCode')} value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">{t('queries.pickCode')}</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.path}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" disabled={!code} onClick={() => code && insert(quotePath(code.path))}>
          {t('queries.addCode')}
        </button>
        <span className="query-operators">
          {operators.map((o) => (
            <button
              key={o.text}
              type="button"
              className="button button-small query-operator"
              translate="no"
              title={o.hint || undefined}
              aria-description={o.hint || undefined}
              onClick={() => insert(o.text)}
            >
              {o.text}
            </button>
          ))}
        </span>
        <label className="query-near">
          {t('queries.nearTurns')}
          <input
            type="number"
            min={0}
            max={99}
            value={near}
            onChange={(e) => setNear(Math.max(0, Math.min(99, Number(e.target.value) || 0)))}
          />
        </label>
        <button type="button" className="button button-link button-small" disabled={expression === ''} onClick={() => onExpression('')}>
          {t('queries.clear')}
        </button>
      </div>
    </div>
  );
}
