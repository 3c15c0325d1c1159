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
  /** Internal codes (G2_NHAN…) are for programs; a clerk sees them only when asking. */
  showCode: boolean;
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

export function FigureRowView({ showCode, row, def, values, onSave, onShowActivities }: Props) {
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
  const isNone = row.source === 'none';

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

  /** Saves what the box holds; false when it cannot be saved (the message under the box says why). */
  const commit = (): boolean => {
    if (text === stored) return true;
    // A broken rule is shown under the box and not sent: the service would refuse it with the same words.
    if (live.length) return false;
    if (typed.kind === 'none') {
      setText('');
      if (!isNone) void save({ state: 'none' });
      return true;
    }
    if (typed.kind === 'blank') {
      // The box of a "không phát sinh" figure is empty: leaving it so keeps the answer.
      if (!isNone) void save(null);
      return true;
    }
    if (typed.kind === 'value') void save({ state: 'value', value: typed.value });
    return true;
  };
  const src = def.source;
  const noneToggle = (
    <button
      type="button"
      className={`btn btn-small toggle ${isNone ? 'on' : ''}`}
      aria-pressed={isNone}
      // Typed figures take "kps" in the box: one Tab stop per figure, the button is for the mouse.
      tabIndex={src.type === 'entered' ? -1 : undefined}
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
      tabIndex={-1}
      style={row.source === 'blank' && !text ? { visibility: 'hidden' } : undefined}
      onClick={() => { setText(''); void save(null); }} aria-label={`Xóa số liệu: ${row.label}`}>
      Xóa
    </button>
  );

  let valueCell: ReactNode;
  let actions: ReactNode = null;
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
              data-fig-stop
              onKeyDown={(e) => {
                const key = e.key.toLowerCase();
                if (key === 'c' || key === 'k') {
                  // The CLI's words, first letter: c = có, k = không.
                  e.preventDefault();
                  const v = key === 'c' ? 1 : 0;
                  setPending(v);
                  void save({ state: 'value', value: v });
                  const other = (e.currentTarget.closest('.yesno') as HTMLElement).querySelectorAll<HTMLInputElement>('input[type=radio]')[v === 1 ? 0 : 1];
                  other?.focus();
                } else if (e.key === 'Enter') {
                  e.preventDefault();
                  moveToFigure(e.currentTarget, e.shiftKey ? -1 : 1);
                }
              }}
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
        data-fig-stop
        value={text}
        placeholder={isNone ? 'Không phát sinh' : ''}
        aria-invalid={live.length ? true : undefined}
        aria-describedby={`${id}-msg`}
        title="Số (1.234), “kps” nếu không phát sinh; Enter sang chỉ số tiếp theo"
        onChange={(e) => {
          setText(e.target.value);
          setSaveError(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // Like a spreadsheet: Enter saves and goes to the next figure, Shift+Enter to the one before.
            if (commit()) moveToFigure(e.currentTarget, e.shiftKey ? -1 : 1);
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

  // Each message once: the service's refusal ("Không lưu …: <rule>") repeats the rule's words.
  const all = [...new Set([...live, ...(saveError ? [saveError] : []), ...row.problems])];
  const messages = all.filter((m) => !all.some((o) => o !== m && m.includes(o)));
  const labelFor = src.type === 'entered' && !def.boolean ? `${id}-input` : undefined;
  return (
    <tr id={`fig-${row.code}`} className={`fig-row src-${row.source}`} tabIndex={-1}>
      {showCode ? <td className="fig-code">{row.code}</td> : null}
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

/** Focus on the next (dir 1) or previous (-1) figure's box or yes/no answer. */
function moveToFigure(from: HTMLElement, dir: 1 | -1): void {
  const stops = [...document.querySelectorAll<HTMLElement>('tr.fig-row')]
    .map((tr) => {
      const radios = [...tr.querySelectorAll<HTMLInputElement>('input[type=radio][data-fig-stop]')];
      return radios.find((r) => r.checked) ?? radios[0] ?? tr.querySelector<HTMLElement>('[data-fig-stop]:not([disabled])');
    })
    .filter((x): x is HTMLElement => !!x);
  const here = stops.findIndex((el) => el.closest('tr') === from.closest('tr'));
  const next = stops[here + dir];
  if (next) {
    next.focus();
    next.scrollIntoView({ block: 'nearest' });
    if (next instanceof HTMLInputElement && next.type !== 'radio') next.select();
  }
}
