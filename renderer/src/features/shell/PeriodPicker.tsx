// The period every screen works on: this year's and last year's reports, or a date range for a
// "báo cáo đột xuất".
import { useId, useState, type FormEvent } from 'react';
import { adhocPeriodId, isAdhoc, periodChoices } from '../../lib/periodOptions';

const ADHOC = '__adhoc';

export function PeriodPicker({ year, period, onChange }: { year: number; period: string; onChange: (id: string) => void }) {
  const id = useId();
  const [adhoc, setAdhoc] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const r = adhocPeriodId(from, to);
    if ('error' in r) {
      setError(r.error);
      return;
    }
    setError(null);
    setAdhoc(false);
    onChange(r.id);
  };

  return (
    <div className="period-picker">
      <label htmlFor={id}>Kỳ báo cáo</label>
      <select
        id={id}
        value={adhoc ? ADHOC : period}
        onChange={(e) => {
          if (e.target.value === ADHOC) {
            setAdhoc(true);
            setError(null);
          } else {
            setAdhoc(false);
            onChange(e.target.value);
          }
        }}
      >
        {periodChoices(year, period).map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
        <option value={ADHOC}>{isAdhoc(period) ? 'Chọn khoảng ngày khác…' : 'Báo cáo đột xuất (chọn khoảng ngày)…'}</option>
      </select>
      {adhoc ? (
        <form className="adhoc" onSubmit={apply} noValidate aria-label="Khoảng ngày của báo cáo đột xuất">
          <label htmlFor={`${id}-from`}>Từ ngày</label>
          <input id={`${id}-from`} className="date-input" placeholder="dd/mm/yyyy" value={from} autoFocus onChange={(e) => setFrom(e.target.value)} />
          <label htmlFor={`${id}-to`}>đến ngày</label>
          <input id={`${id}-to`} className="date-input" placeholder="dd/mm/yyyy" value={to} onChange={(e) => setTo(e.target.value)} />
          <button type="submit" className="btn btn-small btn-primary">
            Áp dụng
          </button>
          <button type="button" className="btn btn-small" onClick={() => setAdhoc(false)}>
            Hủy
          </button>
          {error ? (
            <span className="field-error inline" role="alert">
              {error}
            </span>
          ) : null}
        </form>
      ) : null}
    </div>
  );
}
