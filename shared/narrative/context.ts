import type { Activity, ActivityKind } from '../domain/activities';
import type { PeriodInfo } from '../domain/periods';
import type { UnitKind } from '../domain/units';
import type { Figures } from './words';

/** What every section writer reads: the period's figures, last year's, and the activities. */
export interface NarrativeContext {
  kind: UnitKind;
  /** "Ủy ban nhân dân xã", "Đơn vị", "Doanh nghiệp": the subject of the sentences. */
  actor: string;
  period: PeriodInfo;
  figures: Figures;
  previous: Figures | null;
  activities: readonly Activity[];
}

export const activitiesOf = (ctx: NarrativeContext, ...kinds: ActivityKind[]): Activity[] =>
  ctx.activities.filter((a) => kinds.includes(a.kind));

/** Who takes part in direct democracy for this kind of unit. */
export function peopleOf(kind: UnitKind): string {
  if (kind === 'xa') return 'Nhân dân';
  if (kind === 'co_quan' || kind === 'su_nghiep') return 'cán bộ, công chức, viên chức, người lao động';
  return 'người lao động';
}
