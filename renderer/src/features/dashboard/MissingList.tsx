// "Còn thiếu": what the period still lacks, grouped by screen; each item jumps to where it is fixed.
import { useState } from 'react';
import type { MissingArea, MissingItem } from '../../../../shared/domain/status';
import type { Area } from '../../lib/appContext';

export const MISSING_AREA: Record<MissingArea, { area: Area; label: string }> = {
  activities: { area: 'activities', label: 'Hoạt động' },
  figures: { area: 'figures', label: 'Số liệu' },
  checklist: { area: 'inspection', label: 'Tự kiểm tra' },
  texts: { area: 'texts', label: 'Đánh giá, kiến nghị' },
  tasks: { area: 'tasks', label: 'Nhiệm vụ' },
  settings: { area: 'settings', label: 'Cài đặt' },
};

const ORDER: MissingArea[] = ['settings', 'activities', 'figures', 'checklist', 'tasks', 'texts'];
const SHOWN = 4;

export function MissingList({ items, onOpen }: { items: MissingItem[]; onOpen: (area: Area, ref?: string) => void }) {
  const [open, setOpen] = useState<Partial<Record<MissingArea, boolean>>>({});
  if (!items.length) return <p className="ok-text">Không còn thiếu nội dung nào. Có thể xuất báo cáo.</p>;
  return (
    <div className="missing">
      {ORDER.map((a) => {
        const list = items.filter((i) => i.area === a);
        if (!list.length) return null;
        const shown = open[a] ? list : list.slice(0, SHOWN);
        return (
          <section key={a} className="missing-group">
            <h3>
              {MISSING_AREA[a].label} <span className="count">{list.length}</span>
            </h3>
            <ul>
              {shown.map((i, n) => (
                <li key={`${i.ref ?? ''}-${n}`}>
                  <button type="button" className="link" onClick={() => onOpen(MISSING_AREA[a].area, i.ref)}>
                    {i.message}
                  </button>
                </li>
              ))}
            </ul>
            {list.length > SHOWN ? (
              <button type="button" className="btn btn-small btn-light" onClick={() => setOpen({ ...open, [a]: !open[a] })}>
                {open[a] ? 'Thu gọn' : `Xem tất cả (${list.length})`}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
