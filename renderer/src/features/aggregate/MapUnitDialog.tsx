// Ghép đơn vị: a code (or name) seen in a refused file is filed under a unit of the list, then the
// file is imported again.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ExpectedUnit } from '../../../../shared/aggregate/types';
import { UNIT_KIND_INFO } from '../../../../shared/domain/units';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorBox, Loading } from '../../components/Status';
import { errorText } from '../../lib/useApi';
import { filterUnits } from './boardLogic';
import type { UnknownUnit } from './inboxLogic';

export function MapUnitDialog({ unknown, files, onClose, onMapped }: { unknown: UnknownUnit; files: string[]; onClose: () => void; onMapped: (unitCode: string) => Promise<void> }) {
  const id = useId();
  const [units, setUnits] = useState<ExpectedUnit[] | null>(null);
  const [search, setSearch] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('aggregate.units.list', undefined).then(setUnits, (e: unknown) => setError(errorText(e)));
  }, []);
  const shown = useMemo(() => filterUnits(units ?? [], search, ''), [units, search]);

  const map = async () => {
    if (!code) {
      setError('Hãy chọn một đơn vị trong danh sách.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await call('aggregate.mapUnit', { alias: unknown.alias, unitCode: code });
      await onMapped(code);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    <Dialog title="Ghép đơn vị" onClose={onClose}>
      <p>
        Tệp {files.length === 1 ? <b>{files[0]}</b> : `${files.length} tệp`} ghi đơn vị {unknown.label}, không có trong danh sách đơn vị phải báo cáo. Chọn đơn vị
        tương ứng trong danh sách: các tệp sau này ghi như vậy cũng được nhận cho đơn vị đó.
      </p>
      {error ? <ErrorBox message={error} /> : null}
      {!units ? (
        <Loading />
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-q`}>Tìm đơn vị</label>
            <input id={`${id}-q`} type="search" value={search} placeholder="Mã hoặc tên đơn vị…" onChange={(e) => setSearch(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-u`}>Đơn vị trong danh sách</label>
            <select id={`${id}-u`} size={8} value={code} onChange={(e) => setCode(e.target.value)} onDoubleClick={() => void map()}>
              {shown.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.code} – {u.name} ({UNIT_KIND_INFO[u.kind].label})
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={onClose}>
          Hủy
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || !code} onClick={() => void map()}>
          {busy ? 'Đang nhập lại…' : 'Ghép và nhập lại'}
        </button>
      </div>
    </Dialog>
  );
}
