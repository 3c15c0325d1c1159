// Số liệu: the figures grouped as in the report.
import { useMemo, useState } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import { FIGURE_GROUPS, figureDef, type FigureEntry } from '../../../../shared/domain/catalog';
import type { FigureRow } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../api';
import { ActivityList } from '../../components/ActivityList';
import { SidePanel } from '../../components/SidePanel';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { errorText, useApi } from '../../lib/useApi';
import { FigureRowView, valueText } from './FigureRowView';

export function FiguresScreen({ focus }: { focus: FocusRequest | null }) {
  const { period } = useApp();
  const figures = useApi('figure.list', { period }, period);
  const [onlyBlank, setOnlyBlank] = useState(false);
  const [showCode, setShowCode] = useState(() => localStorage.getItem('dcs.figures.showCode') === '1');
  const toggleCode = (on: boolean) => {
    setShowCode(on);
    localStorage.setItem('dcs.figures.showCode', on ? '1' : '0');
  };
  const [panel, setPanel] = useState<{ row: FigureRow; activities: Activity[] | null; error?: string } | null>(null);
  useFocusTarget(focus, !!figures.data, (ref) => `fig-${ref}`);

  const values = useMemo(() => new Map((figures.data ?? []).map((f) => [f.code, f.value])), [figures.data]);

  const save = async (code: string, entry: FigureEntry | null) => {
    try {
      figures.setData(await call('figure.set', { period, code, entry }));
    } catch (e) {
      throw e instanceof ApiError ? new ApiError(e.message, e.code, []) : e;
    }
  };

  const showActivities = async (row: FigureRow) => {
    setPanel({ row, activities: null });
    try {
      const list = await call('activity.list', { period });
      const ids = new Set(row.activityIds ?? []);
      setPanel({ row, activities: list.filter((a) => ids.has(a.id)) });
    } catch (e) {
      setPanel({ row, activities: [], error: errorText(e) });
    }
  };

  if (figures.error) return <ErrorBox message={figures.error} onRetry={() => void figures.reload()} />;
  if (!figures.data) return <Loading />;
  const rows = figures.data;
  const countable = rows.filter((r) => r.source !== 'computed');
  const blank = countable.filter((r) => r.source === 'blank').length;

  return (
    <div className="figures">
      <div className="toolbar">
        <p className="muted">
          Đã có {countable.length - blank}/{countable.length} chỉ số{blank ? `, còn ${blank} chỉ số trống` : ''}. Để trống là “chưa có số liệu”; chọn
          “Không phát sinh” khi trong kỳ không có việc đó. Số nhập theo kiểu 1.234, hoặc gõ “kps” nếu không phát sinh; Enter hoặc Tab sang chỉ số tiếp theo. Tỷ lệ được tính tự động.
        </p>
        <div className="toolbar-spacer" />
        <label className="checkbox">
          <input type="checkbox" checked={onlyBlank} onChange={(e) => setOnlyBlank(e.target.checked)} /> Chỉ hiện chỉ số còn trống
        </label>
        <label className="checkbox" title="Mã chỉ số dùng khi đối chiếu với biểu Excel hoặc dòng lệnh">
          <input type="checkbox" checked={showCode} onChange={(e) => toggleCode(e.target.checked)} /> Hiện mã
        </label>
      </div>
      {FIGURE_GROUPS.map((g) => {
        const list = rows.filter((r) => r.group === g.code && (!onlyBlank || r.source === 'blank'));
        if (!list.length) return null;
        return (
          <section key={g.code} className="card fig-group" aria-labelledby={`fg-${g.code}`}>
            <h2 id={`fg-${g.code}`}>
              {g.code}. {g.label}
            </h2>
            <div className="table-wrap-x">
              <table className="table fig-table">
                <colgroup>
                  {showCode ? <col className="w-code" /> : null}
                  <col />
                  <col className="w-unit" />
                  <col className="w-value" />
                  <col className="w-actions" />
                </colgroup>
                <thead className="sr-only">
                  <tr>
                    {showCode ? <th>Mã</th> : null}
                    <th>Chỉ số</th>
                    <th>Đơn vị tính</th>
                    <th>Giá trị</th>
                    <th>Trạng thái</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((r) => (
                    <FigureRowView key={r.code} showCode={showCode} row={r} def={figureDef(r.code)!} values={values} onSave={save} onShowActivities={(row) => void showActivities(row)} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      {panel ? (
        <SidePanel title={`${panel.row.label}: ${valueText(panel.row)}`} onClose={() => setPanel(null)}>
          {showCode ? <p className="muted small">Mã {panel.row.code}</p> : null}
          <p className="muted">Tính từ {panel.row.activityIds?.length ?? 0} hoạt động trong kỳ:</p>
          {panel.error ? <ErrorBox message={panel.error} /> : panel.activities ? <ActivityList activities={panel.activities} /> : <Loading />}
        </SidePanel>
      ) : null}
    </div>
  );
}
