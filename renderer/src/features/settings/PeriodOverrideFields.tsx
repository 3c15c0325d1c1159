// Cut-off and deadline of one kind of report, with what applies now shown beside it.
import { useId } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import { formatTableDate } from '../../../../shared/format/vi';
import type { OverrideErrors, OverridePeriod, OverrideText } from './overrides';

interface Props {
  type: OverridePeriod;
  label: string;
  value: OverrideText;
  onChange: (v: OverrideText) => void;
  errors: OverrideErrors;
  effective: PeriodInfo | null;
}

export function PeriodOverrideFields({ type, label, value, onChange, errors, effective }: Props) {
  const id = useId();
  const set = (patch: Partial<OverrideText>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="override">
      <legend>{label}</legend>
      {effective ? (
        <p className="muted small">
          Đang áp dụng cho {effective.label}: số liệu từ {formatTableDate(effective.from)} đến {formatTableDate(effective.to)}
          {effective.deadline ? `, hạn nộp ${formatTableDate(effective.deadline)}` : ', không có hạn nộp'}.
        </p>
      ) : null}
      <div className="override-row">
        <label htmlFor={`${id}-from`}>Chốt số liệu từ ngày</label>
        <input id={`${id}-from`} className="day-input" placeholder="dd/mm" value={value.from} onChange={(e) => set({ from: e.target.value })} />
        <label className="checkbox small">
          <input type="checkbox" checked={value.fromPrevYear} onChange={(e) => set({ fromPrevYear: e.target.checked })} /> của năm trước
        </label>
        <label htmlFor={`${id}-to`}>đến ngày</label>
        <input id={`${id}-to`} className="day-input" placeholder="dd/mm" value={value.to} onChange={(e) => set({ to: e.target.value })} />
      </div>
      {errors[`${type}.cutoff`] ? <div className="field-error" role="alert">{errors[`${type}.cutoff`]}</div> : null}
      <div className="override-row">
        <label htmlFor={`${id}-dl`}>Hạn nộp</label>
        <input id={`${id}-dl`} className="day-input" placeholder="dd/mm" value={value.deadline} onChange={(e) => set({ deadline: e.target.value })} />
        <label className="checkbox small">
          <input type="checkbox" checked={value.deadlineNextYear} onChange={(e) => set({ deadlineNextYear: e.target.checked })} /> của năm sau
        </label>
      </div>
      {errors[`${type}.deadline`] ? <div className="field-error" role="alert">{errors[`${type}.deadline`]}</div> : null}
    </fieldset>
  );
}
