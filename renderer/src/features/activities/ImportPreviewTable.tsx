// The rows of an import preview, windowed like the activity table (a file of 10,000 rows opens at
// once). A bad row shows the cells as the file has them, its errors beneath; a row already
// recorded says so.
import { memo, useCallback, useRef } from 'react';
import { ACTIVITY_KIND_INFO } from '../../../../shared/domain/activities';
import type { ImportPreviewRow } from '../../../../shared/ipc/contract';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { useWindowedRows } from '../../lib/useWindowedRows';

export function ImportPreviewTable({ rows, skipDuplicates }: { rows: ImportPreviewRow[]; skipDuplicates: boolean }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keyAt = useCallback((i: number) => rows[i]!.line, [rows]);
  const win = useWindowedRows({ count: rows.length, keyAt, scrollRef, bodyRef, estimate: 38 });
  return (
    <div className="table-wrap import-table" ref={scrollRef}>
      <table className="table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th className="num">Dòng</th>
            <th className="c-date">Ngày</th>
            <th>Loại hoạt động</th>
            <th>Tên hoạt động</th>
            <th className="num">Số buổi</th>
            <th className="num">Số lượt người</th>
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {win.before > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.before }} /> : null}
          {rows.slice(win.start, win.end).map((r) => (
            <PreviewRow key={r.line} row={r} skipDuplicates={skipDuplicates} />
          ))}
          {win.after > 0 ? <tr className="v-spacer" aria-hidden="true" style={{ height: win.after }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

const PreviewRow = memo(function PreviewRow({ row: r, skipDuplicates }: { row: ImportPreviewRow; skipDuplicates: boolean }) {
  if (!r.activity) {
    const v = r.values;
    return (
      <tr data-line={r.line} data-vkey={r.line} className="row-error">
        <td className="num">{r.line}</td>
        <td className="raw">{v.date}</td>
        <td className="raw">{v.kind}</td>
        <td className="raw">
          <div>{v.title}</div>
          <ul className="row-errors">
            {r.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </td>
        <td className="num raw">{v.sessions}</td>
        <td className="num raw">{v.participants}</td>
      </tr>
    );
  }
  const a = r.activity;
  const dup = r.duplicate;
  return (
    <tr data-line={r.line} data-vkey={r.line} className={dup ? `row-dup ${skipDuplicates ? 'row-skip' : ''}` : undefined}>
      <td className="num">{r.line}</td>
      <td>{formatTableDate(a.date)}</td>
      <td>{ACTIVITY_KIND_INFO[a.kind].label}</td>
      <td>
        {a.title}
        {dup ? (
          <div className="dup-note">
            <span className="tag-dup">Đã có</span> {'line' in dup ? `trùng dòng ${dup.line} của tệp` : 'đã ghi trong danh sách hoạt động'}
            {skipDuplicates ? ', sẽ bỏ qua' : ', vẫn nhập'}
          </div>
        ) : null}
      </td>
      <td className="num">{formatNumber(a.sessions)}</td>
      <td className="num">{a.participants === null ? '' : formatNumber(a.participants)}</td>
    </tr>
  );
});
