// The board's and the unit list's filters, and how a received value reads. Pure, tested without a browser.
import type { UnitFigureRow, UnitStatusRow } from '../../../../shared/aggregate/api';
import type { ExpectedUnit, SubmissionStatus } from '../../../../shared/aggregate/types';
import { foldVietnamese, type UnitKind } from '../../../../shared/domain/units';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/vi';

export type StatusFilter = '' | SubmissionStatus | 'warnings';

export interface BoardQuery {
  search: string;
  kind: UnitKind | '';
  status: StatusFilter;
}

export const EMPTY_BOARD_QUERY: BoardQuery = { search: '', kind: '', status: '' };

function matches(search: string, ...texts: string[]): boolean {
  const q = foldVietnamese(search);
  if (!q) return true;
  return foldVietnamese(texts.join(' ')).includes(q);
}

export function filterBoard(rows: readonly UnitStatusRow[], q: BoardQuery): UnitStatusRow[] {
  return rows.filter(
    (r) =>
      (!q.kind || r.kind === q.kind) &&
      (!q.status || (q.status === 'warnings' ? r.warnings.length > 0 : r.status === q.status)) &&
      matches(q.search, r.code, r.name, r.parent, r.fileName ?? ''),
  );
}

export function filterUnits(rows: readonly ExpectedUnit[], search: string, kind: UnitKind | ''): ExpectedUnit[] {
  return rows.filter((u) => (!kind || u.kind === kind) && matches(search, u.code, u.name, u.parent));
}

/** A received value as the clerk reads it: "1.234", "96,8%", "Có", "Không phát sinh", or "" when blank. */
export function receivedValueText(row: Pick<UnitFigureRow, 'state' | 'value' | 'unit'>): string {
  if (row.state === 'none') return 'Không phát sinh';
  if (row.state === 'blank' || row.value === null) return '';
  if (row.unit === '%') return formatPercent(row.value);
  if (row.unit === 'có/không') return row.value >= 1 ? 'Có' : 'Không';
  if (row.unit === 'đồng') return formatMoney(row.value);
  return formatNumber(row.value);
}

/** "Nộp muộn 3 ngày" next to the status on the board. */
export function lateText(daysLate: number | null): string {
  return daysLate && daysLate > 0 ? `muộn ${formatNumber(daysLate)} ngày` : '';
}
