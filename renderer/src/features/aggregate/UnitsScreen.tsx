// Danh sách đơn vị: the units that must report. Imported from a .csv/.xlsx list (all rows or
// none, each bad row named) or entered one by one; edit, remove with undo.
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { ExpectedUnit } from '../../../../shared/aggregate/types';
import { validateExpectedUnit } from '../../../../shared/aggregate/units';
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import { formatNumber } from '../../../../shared/format/vi';
import { ApiError, call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { useAgg } from '../../lib/aggContext';
import { readFileBase64 } from '../../lib/files';
import { errorText, useApi } from '../../lib/useApi';
import { useRemoveWithUndo } from '../../lib/useRemoveWithUndo';
import { filterUnits } from './boardLogic';
import { UnitKindFilter } from './UnitKindFilter';

type Editing = { mode: 'add' | 'edit'; unit: ExpectedUnit };
type Errors = Partial<Record<keyof ExpectedUnit | 'general', string>>;

const EMPTY: ExpectedUnit = { code: '', name: '', kind: 'su_nghiep', parent: '' };

function UnitForm({ editing, onSaved, onCancel }: { editing: Editing; onSaved: (u: ExpectedUnit) => void; onCancel: () => void }) {
  const [u, setU] = useState<ExpectedUnit>(editing.unit);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    for (const x of validateExpectedUnit(u)) found[x.field] = found[x.field] ? `${found[x.field]} ${x.message}` : x.message;
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      onSaved(await call(editing.mode === 'add' ? 'aggregate.units.add' : 'aggregate.units.update', u));
    } catch (err) {
      setErrors({ general: err instanceof ApiError && err.details.length ? `${err.message} ${err.details.join(' ')}` : errorText(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={save} noValidate>
      {errors.general ? <ErrorBox message={errors.general} /> : null}
      <div className="grid-2">
        <TextField
          label="Mã đơn vị"
          value={u.code}
          disabled={editing.mode === 'edit'}
          error={errors.code}
          hint={editing.mode === 'edit' ? 'Mã đơn vị không sửa được; xóa rồi thêm lại nếu cần.' : 'Như mã đơn vị ghi trong biểu số liệu của đơn vị.'}
          onChange={(e) => setU({ ...u, code: e.target.value })}
        />
        <SelectField label="Loại đơn vị" value={u.kind} error={errors.kind} onChange={(e) => setU({ ...u, kind: e.target.value as UnitKind })}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_INFO[k].label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label="Tên đơn vị" value={u.name} error={errors.name} autoFocus={editing.mode === 'edit'} onChange={(e) => setU({ ...u, name: e.target.value })} />
      <TextField label="Cấp trên" value={u.parent} error={errors.parent} hint="Cơ quan quản lý trực tiếp; có thể để trống." onChange={(e) => setU({ ...u, parent: e.target.value })} />
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          Hủy
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {editing.mode === 'add' ? 'Thêm đơn vị' : 'Lưu thay đổi'}
        </button>
      </div>
    </form>
  );
}

export function UnitsScreen() {
  const { navigate } = useAgg();
  const toast = useToast();
  const removeWithUndo = useRemoveWithUndo();
  const list = useApi('aggregate.units.list', undefined, 'units');
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<UnitKind | ''>('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<{ message: string; details: string[] } | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const all = list.data ?? [];
  const rows = useMemo(() => filterUnits(all, search, kind), [all, search, kind]);
  const byKind = useMemo(() => UNIT_KINDS.map((k) => ({ k, n: all.filter((u) => u.kind === k).length })).filter((x) => x.n), [all]);

  const importList = async (f: File | undefined) => {
    if (!f) return;
    setBusy(true);
    setImportError(null);
    setImported(null);
    try {
      const r = await call('aggregate.units.importFile', { fileName: f.name, base64: await readFileBase64(f) });
      list.setData(r.units);
      const msg = `Đã nhập tệp ${r.fileName}: thêm ${formatNumber(r.added)} đơn vị, cập nhật ${formatNumber(r.updated)} đơn vị.`;
      setImported(msg);
    } catch (e) {
      setImportError(e instanceof ApiError ? { message: e.message, details: e.details } : { message: errorText(e), details: [] });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const remove = (u: ExpectedUnit) =>
    removeWithUndo({
      remove: () => call('aggregate.units.remove', { code: u.code }),
      restore: (removed) => call('aggregate.units.add', removed),
      reload: list.reload,
      messages: (removed) => ({
        removed: `Đã xóa ${removed.name} khỏi danh sách. Báo cáo đơn vị đã gửi vẫn được giữ.`,
        restored: `Đã đưa ${removed.name} trở lại danh sách.`,
      }),
    });

  if (list.error) return <ErrorBox message={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Loading />;

  const filtered = search || kind;
  return (
    <div className="agg-units">
      <section className="card import-list" aria-labelledby="units-import-h">
        <div className="import-list-row">
          <div>
            <h2 id="units-import-h">Nhập danh sách từ tệp</h2>
            <p className="muted small">
              Tệp .xlsx hoặc .csv, dòng đầu là tiêu đề cột: <b>Mã đơn vị</b>, <b>Tên đơn vị</b>, <b>Loại đơn vị</b>, Cấp trên. Loại đơn vị ghi một trong năm loại (ví dụ
              “Đơn vị sự nghiệp công lập”). Nếu có dòng sai, không đơn vị nào được lưu; đơn vị đã có mã trong danh sách được cập nhật.
            </p>
          </div>
          <div className="file-pick">
            <input id="units-file" ref={input} className="visually-hidden" type="file" accept=".xlsx,.xlsm,.csv" disabled={busy} onChange={(e) => void importList(e.target.files?.[0])} />
            <label htmlFor="units-file" className="btn btn-primary">
              {busy ? 'Đang đọc tệp…' : 'Chọn tệp danh sách (.xlsx, .csv)…'}
            </label>
          </div>
        </div>
        {importError ? (
          <div className="alert alert-error" role="alert">
            <div className="b">{importError.message}</div>
            {importError.details.length ? (
              <ul className="row-errors">
                {importError.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {imported ? (
          <div className="alert alert-ok" role="status">
            {imported}{' '}
            <button type="button" className="btn btn-small" onClick={() => navigate('agg-inbox')}>
              Nhận báo cáo
            </button>
          </div>
        ) : null}
      </section>
      <div className="toolbar">
        <div className="field field-inline search">
          <label htmlFor="units-search">Tìm kiếm</label>
          <input id="units-search" type="search" placeholder="Mã, tên, cấp trên…" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <UnitKindFilter id="units-kind" value={kind} onChange={setKind} />
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'add', unit: EMPTY })}>
          + Thêm đơn vị
        </button>
      </div>
      <p className="muted small table-count" role="status">
        {filtered ? `Đang hiện ${formatNumber(rows.length)}/${formatNumber(all.length)} đơn vị.` : `${formatNumber(all.length)} đơn vị phải báo cáo`}
        {!filtered && byKind.length ? `: ${byKind.map((x) => `${formatNumber(x.n)} ${UNIT_KIND_INFO[x.k].phrase}`).join('; ')}.` : filtered ? '' : '.'}
        {filtered ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              setSearch('');
              setKind('');
            }}
          >
            Bỏ lọc
          </button>
        ) : null}
      </p>
      {all.length === 0 ? (
        <div className="empty">
          <p>Chưa có đơn vị nào phải báo cáo.</p>
          <p className="muted">Nhập danh sách từ tệp Excel hoặc CSV ở trên, hoặc bấm “+ Thêm đơn vị” để thêm từng đơn vị.</p>
        </div>
      ) : (
        <div className="table-wrap units-table-wrap">
          <table className="table units-table">
            <thead>
              <tr>
                <th className="c-code">Mã đơn vị</th>
                <th>Tên đơn vị</th>
                <th className="c-kind">Loại đơn vị</th>
                <th>Cấp trên</th>
                <th className="c-actions-2">
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.code} onDoubleClick={() => setEditing({ mode: 'edit', unit: u })}>
                  <td className="code-cell">{u.code}</td>
                  <td className="cell-title">{u.name}</td>
                  <td className="c-kind">{UNIT_KIND_INFO[u.kind].label}</td>
                  <td className="cell-sub">{u.parent}</td>
                  <td className="row-actions">
                    <button type="button" className="btn btn-small" aria-label={`Sửa: ${u.name}`} onClick={() => setEditing({ mode: 'edit', unit: u })}>
                      Sửa
                    </button>
                    <button type="button" className="btn btn-small btn-danger-light" aria-label={`Xóa: ${u.name}`} onClick={() => void remove(u)}>
                      Xóa
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <Dialog title={editing.mode === 'add' ? 'Thêm đơn vị phải báo cáo' : `Sửa đơn vị ${editing.unit.code}`} onClose={() => setEditing(null)}>
          <UnitForm
            editing={editing}
            onCancel={() => setEditing(null)}
            onSaved={(u) => {
              setEditing(null);
              toast({ message: editing.mode === 'add' ? `Đã thêm ${u.name}.` : 'Đã lưu thay đổi.' });
              void list.reload();
            }}
          />
        </Dialog>
      ) : null}
    </div>
  );
}
