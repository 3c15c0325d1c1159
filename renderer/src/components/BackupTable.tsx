// The list of backups, newest first, as Cài đặt and the start-up screen both show it; each screen
// supplies the row's action (restore at once, or ask first).
import type { ReactNode } from 'react';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { formatNumber } from '../../../shared/format/vi';
import { localDateTime } from '../lib/time';

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function sizeText(bytes: number): string {
  return bytes >= 1_048_576 ? `${formatNumber(bytes / 1_048_576, 1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

export function BackupTable({ backups, action }: { backups: readonly BackupInfo[]; action: (b: BackupInfo) => ReactNode }) {
  return (
    <div className="table-wrap backup-table">
      <table className="table">
        <thead>
          <tr>
            <th>Bản sao lưu</th>
            <th>Thời gian</th>
            <th className="num">Dung lượng</th>
            <th>
              <span className="sr-only">Thao tác</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((b) => (
            <tr key={b.file}>
              <td>
                <code>{fileName(b.file)}</code>
              </td>
              <td>{localDateTime(b.modified)}</td>
              <td className="num">{sizeText(b.size)}</td>
              <td className="row-actions">{action(b)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
