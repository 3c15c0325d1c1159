// How a consolidated figure reads: "1.234 lượt", "96,8%", "9 đơn vị có". Pure, tested without a browser.
import type { FigureTotal } from '../../../../shared/aggregate/types';
import { formatMoney, formatNumber, formatPercent } from '../../../../shared/format/vi';

export function totalText(t: Pick<FigureTotal, 'total' | 'nature' | 'unit'>): string {
  if (t.total === null) return '';
  if (t.nature === 'ratio' || t.unit === '%') return formatPercent(t.total);
  if (t.nature === 'boolean') return `${formatNumber(t.total)} đơn vị có`;
  if (t.unit === 'đồng') return formatMoney(t.total);
  return `${formatNumber(t.total)} ${t.unit}`;
}
