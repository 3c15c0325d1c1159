// What a clicked number in the preview is made of: the figure row, and the activities counted.
import { useEffect, useState } from 'react';
import type { Activity } from '../../../../shared/domain/activities';
import type { FigureRow } from '../../../../shared/ipc/contract';
import type { Ref } from '../../../../shared/report/document';
import { call } from '../../api';
import { ActivityList } from '../../components/ActivityList';
import { SidePanel } from '../../components/SidePanel';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp } from '../../lib/appContext';
import { errorText } from '../../lib/useApi';
import { valueText } from '../figures/FigureRowView';

const SOURCE_TEXT: Record<FigureRow['source'], string> = {
  entered: 'Số liệu do đơn vị nhập trực tiếp.',
  derived: 'Tính từ các hoạt động đã ghi trong kỳ.',
  none: 'Đã xác nhận “Không phát sinh”.',
  blank: 'Chưa có số liệu.',
  computed: 'Tỷ lệ tính tự động từ các số liệu khác.',
};

export function RefPanel({ target, onClose }: { target: { ref: Ref; text: string }; onClose: () => void }) {
  const { period, navigate } = useApp();
  const [figure, setFigure] = useState<FigureRow | null>(null);
  const [activities, setActivities] = useState<Activity[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { ref } = target;

  useEffect(() => {
    let live = true;
    setFigure(null);
    setActivities(null);
    setError(null);
    (async () => {
      const rows = ref.figure ? await call('figure.list', { period }) : [];
      const row = rows.find((r) => r.code === ref.figure) ?? null;
      const ids = ref.activityIds ?? row?.activityIds ?? [];
      let acts: Activity[] = [];
      if (ids.length) {
        const inPeriod = await call('activity.list', { period });
        const byId = new Map(inPeriod.map((a) => [a.id, a]));
        acts = await Promise.all(ids.map((id) => byId.get(id) ?? call('activity.get', { id })));
      }
      if (live) {
        setFigure(row);
        setActivities(acts);
      }
    })().catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [ref, period]);

  const title = ref.figure ? `Số liệu ${ref.figure}: ${target.text}` : 'Hoạt động';
  return (
    <SidePanel title={title} onClose={onClose}>
      {error ? <ErrorBox message={error} /> : null}
      {!activities && !error ? <Loading /> : null}
      {figure ? (
        <div className="ref-figure">
          <p className="ref-label">{figure.label}</p>
          <dl className="kv">
            <dt>Giá trị</dt>
            <dd>
              {valueText(figure) || '—'} {figure.unit !== '%' && figure.unit !== 'có/không' ? figure.unit : ''}
            </dd>
            <dt>Nguồn</dt>
            <dd>{SOURCE_TEXT[figure.source]}</dd>
            {figure.note ? (
              <>
                <dt>Ghi chú</dt>
                <dd>{figure.note}</dd>
              </>
            ) : null}
          </dl>
          {figure.problems.map((p) => (
            <div key={p} className="field-error">
              {p}
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => navigate('figures', figure.code)}>
            Sửa ở màn hình Số liệu
          </button>
        </div>
      ) : null}
      {activities && activities.length ? (
        <>
          <h3 className="panel-sub">{activities.length} hoạt động</h3>
          <ActivityList activities={activities} />
          {activities.length === 1 ? (
            <button type="button" className="btn btn-small" onClick={() => navigate('activities', String(activities[0]!.id))}>
              Mở ở màn hình Hoạt động
            </button>
          ) : null}
        </>
      ) : null}
    </SidePanel>
  );
}
