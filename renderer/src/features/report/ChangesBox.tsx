// After chốt số liệu: what changed since, so the clerk knows the next export is a revision and why.
import { useState } from 'react';
import type { Change } from '../../../../shared/domain/changes';
import { useApp, type Area } from '../../lib/appContext';
import { localDate } from '../../lib/time';

const AREA_OF: Record<Change['area'], Area> = {
  activities: 'activities',
  figures: 'figures',
  checklist: 'inspection',
  tasks: 'tasks',
  texts: 'texts',
};

const SHOWN = 5;

export function ChangesBox({ frozen, changes }: { frozen: { revision: number; at: string }; changes: Change[] }) {
  const { navigate } = useApp();
  const [all, setAll] = useState(false);
  if (!changes.length) {
    return (
      <p className="ok-text small">
        Số liệu không thay đổi từ lần chốt thứ {frozen.revision} ({localDate(frozen.at)}): xuất lại vẫn là báo cáo lần {frozen.revision}.
      </p>
    );
  }
  const list = all ? changes : changes.slice(0, SHOWN);
  return (
    <div className="alert alert-warn changes" role="status">
      <div className="b">
        Có {changes.length} thay đổi sau lần chốt số liệu thứ {frozen.revision} ({localDate(frozen.at)}); lần xuất tới là báo cáo bổ sung:
      </div>
      <ul>
        {list.map((c, i) => (
          <li key={`${c.area}-${c.ref}-${i}`}>
            {c.area === 'activities' && c.message.startsWith('Xóa') ? (
              c.message
            ) : (
              <button type="button" className="link" onClick={() => navigate(AREA_OF[c.area], c.ref)}>
                {c.message}
              </button>
            )}
          </li>
        ))}
      </ul>
      {changes.length > SHOWN ? (
        <button type="button" className="btn btn-small btn-light" onClick={() => setAll(!all)}>
          {all ? 'Thu gọn' : `Xem tất cả (${changes.length})`}
        </button>
      ) : null}
    </div>
  );
}
