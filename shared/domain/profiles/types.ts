// A province profile: what one province's resolution and plan ask of its units.
import type { PeriodSettings } from '../periods';
import type { UnitKind } from '../units';

/** How a target's result is computed from the unit's figures (see catalog.ts codes). */
export type TargetResult =
  /** num / den × 100 */
  | { type: 'ratio'; num: string; den: string }
  /** A yes/no figure: 100% when yes, 0% when no. */
  | { type: 'yes'; code: string }
  /** 100% when the figure is at least 1 (e.g. at least one dialogue held), else 0%. */
  | { type: 'atLeastOne'; code: string };

export interface TargetDef {
  code: string;
  label: string;
  /** As the plan writes it: "100%", "≥ 90%", "> 95%". */
  planned: string;
  op: 'eq' | 'gte' | 'gt';
  threshold: number;
  result: TargetResult;
  /** Kinds of unit it applies to; undefined = all. */
  kinds?: UnitKind[];
  /** Where it comes from, cited in the report: "Chỉ thị số …". */
  basis: string;
}

export interface TaskDef {
  id: string;
  text: string;
  /** Responsible body as the plan names it. */
  responsible: string;
  /** The plan's words: "Thường xuyên hằng năm", "Hoàn thành trong quý I/2026". */
  timeframe: string;
  /** ISO date when the time frame has one; null for recurring tasks. */
  due: string | null;
  /** Kinds of unit the task is assigned to; undefined = all. */
  kinds?: UnitKind[];
}

export interface MeasureDef {
  code: string;
  label: string;
}

/** Keys of the report's sections; a province outline orders and titles them. */
export type SectionKey =
  | 'leadership'
  | 'results'
  | 'measures'
  | 'targets'
  | 'tasks'
  | 'selfInspection'
  | 'assessment'
  | 'direction'
  | 'proposals';

export interface OutlineSection {
  key: SectionKey;
  /** Upper-case title without its Roman numeral, e.g. "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI THỰC HIỆN". */
  title: string;
  /** Numbered as a top-level section (I, II…) or as a part inside the previous one. */
  level: 1 | 2;
}

export interface LocalUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface ProvinceProfile {
  id: string;
  /** "Lào Cai" */
  name: string;
  /** The chủ quản line for its communes: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI". */
  provinceBody: string;
  /** Documents cited in the opening of a unit's report. */
  basisDocs: string[];
  /** The body that receives the units' reports by default. */
  reportTo: string;
  periods: Partial<PeriodSettings>;
  targets: TargetDef[];
  tasks: TaskDef[];
  measures: MeasureDef[];
  /** The đề cương the province sent; undefined = the default outline. */
  outline?: OutlineSection[];
  /** Known units (e.g. a commune's own units), for set-up and aggregation. */
  units?: LocalUnit[];
}
