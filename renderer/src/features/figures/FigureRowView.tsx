// One figure: typed ones are edited in place (number, "Không phát sinh", clear), yes/no ones as
// Có/Không, derived ones show the activities they come from, rates are computed and shown only.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { FigureDef, FigureEntry } from '../../../../shared/domain/catalog';
import type { FigureRow } from '../../../../shared/ipc/contract';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/vi';
import { errorText } from '../../lib/useApi';
import { useSerial } from '../../lib/useSerial';
import { readTyped, ruleProblems } from './figureInput';

interface Props {
  row: FigureRow;
  def: FigureDef;
  values: ReadonlyMap<string, number | null>;
  onSave: (code: string, entry: FigureEntry | null) => Promise<void>;
  onShowActivities: (row: FigureRow) => void;
}

export function valueText(row: FigureRow): string {
  if (row.value === null) return '';
  if (row.unit === '%') return formatPercent(row.value);
  if (row.unit === 'có/không') return row.value >= 1 ? 'Có' : 'Không';
  return formatNumber(row.value);
}

const SOURCE_NOTE: Record<FigureRow['source'], string> = {
  entered: 'Đã nhập',
  derived: 'Tính từ hoạt động',
  none: 'Không phát sinh',
  blank: 'Chưa có số liệu',
  computed: 'Tính tự động',
};

export function FigureRowView({ row, def, values, onSave, onShowActivities }: Props) {
  const id = useId();
  const stored = row.source === 'entered' && row.value !== null ? formatNumber(row.value, 2) : '';
  const [text, setText] = useState(stored);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  /** A yes/no answer shown at once, before the save returns. */
  const [pending, setPending] = useState<number | null>(null);
  useEffect(() => setText(stored), [stored]);

  const typed = readTyped(def, text);
  const live = typed.kind === 'bad' ? [typed.message] : typed.kind === 'value' && text !== stored ? ruleProblems(row.code, typed.value, values) : [];

  const serial = useSerial();
  const latest = useRef(0);
  const save = async (entry: FigureEntry | null) => {
    const mine = ++latest.current;
    setBusy(true);
    setSaveError(null);
    try {
      await serial(() => onSave(row.code, entry));
      if (mine === latest.current) {
        setSaved(true);
        window.setTimeout(() => setSaved(false), 2500);
      }
    } catch (e) {
      setSaveError(errorText(e));
    } finally {
      if (mine === latest.current) {
        setBusy(false);
        setPending(null);
      }
    }
  };

  const commit = () => {
    if (text === stored) return;
    if (typed.kind === 'bad') return;
    void save(typed.kind === 'blank' ? null : { state: 'value', value: typed.value });
  };

  const isNone = row.source === 'none';
  const noneToggle = (
    <button
      type="button"
      className={`btn btn-small toggle ${isNone ? 'on' : ''}`}
      aria-pressed={isNone}
      title="Đã xác nhận trong kỳ không có việc này (khác với để trống)"
      onClick={() => void save(isNone ? null : { state: 'none' })}
    >
      Không phát sinh
    </button>
  );
  const clear = (
    <button
      type="button"
      className="btn btn-small btn-light"
      style={row.source === 'blank' && !text ? { visibility: 'hidden' } : undefined}
      onClick={() => { setText(''); void save(null); }} aria-label={`Xóa số liệu: ${row.label}`}>
      Xóa
    </button>
  );

  let valueCell: ReactNode;
  let actions: ReactNode = null;
  const src = def.source;
  if (src.type === 'ratio') {
    valueCell = <span className="value-ro">{row.value === null ? '—' : formatPercent(row.value)}</span>;
    actions = null;
  } else if (src.type === 'derived') {
    valueCell = <span className="value-ro">{row.source === 'derived' ? formatNumber(row.value ?? 0) : isNone ? '0' : '—'}</span>;
    actions =
      row.source === 'derived' ? (
        <button type="button" className="link" onClick={() => onShowActivities(row)}>
          tính từ {formatNumber(row.activityIds?.length ?? 0)} hoạt động
        </button>
      ) : (
noneToggle
      );
  } else if (def.boolean) {
    valueCell = (
      <div className="yesno" role="radiogroup" aria-labelledby={`${id}-label`}>
        {[
          { v: 1, label: 'Có' },
          { v: 0, label: 'Không' },
        ].map((o) => (
          <label key={o.v} className="radio">
            <input
              type="radio"
              name={`${id}-yn`}
              checked={pending !== null ? pending === o.v : row.source === 'entered' && row.value === o.v}
              onChange={() => {
                setPending(o.v);
                void save({ state: 'value', value: o.v });
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    );
    actions = clear;
  } else {
    valueCell = (
      <input
        id={`${id}-input`}
        className={`num-input ${live.length ? 'invalid' : ''}`}
        inputMode="decimal"
        value={isNone ? '' : text}
        placeholder={isNone ? 'Không phát sinh' : ''}
        disabled={isNone}
        aria-invalid={live.length ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => {
          setText(e.target.value);
          setSaveError(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') setText(stored);
        }}
      />
    );
    actions = (
      <>
        {noneToggle}
        {clear}
      </>
    );
  }

  const messages = [...live, ...(saveError ? [saveError] : []), ...row.problems.filter((p) => !live.includes(p))];
  const labelFor = src.type === 'entered' && !def.boolean ? `${id}-input` : undefined;
  return (
    <tr id={`fig-${row.code}`} className={`fig-row src-${row.source}`} tabIndex={-1}>
      <td className="fig-code">{row.code}</td>
      <td>
        {labelFor ? (
          <label htmlFor={labelFor} id={`${id}-label`}>
            {row.label}
          </label>
        ) : (
          <span id={`${id}-label`}>{row.label}</span>
        )}
        <div id={`${id}-msg`}>
          {messages.map((m) => (
            <div key={m} className="field-error" role="alert">
              {m}
            </div>
          ))}
          {row.unit === 'đồng' && row.value ? <div className="field-hint">{formatMoney(row.value)}</div> : null}
        </div>
      </td>
      <td className="fig-unit">{row.unit === 'có/không' ? '' : row.unit}</td>
      <td className="fig-value">{valueCell}</td>
      <td className="fig-actions">
        {row.source !== 'derived' || saved || busy ? (
          <span className={`src-tag src-${saved ? 'entered' : row.source}`} title={src.type === 'ratio' ? `= ${src.num} ÷ ${src.den} × 100` : undefined}>
            {busy ? 'Đang lưu…' : saved ? 'Đã lưu ✓' : src.type === 'derived' && row.source === 'blank' ? 'Chưa có hoạt động' : SOURCE_NOTE[row.source]}
          </span>
        ) : null}
        {actions}
      </td>
    </tr>
  );
}
