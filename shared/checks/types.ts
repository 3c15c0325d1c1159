// One problem of a unit's report: what is wrong, where it shows in the report, and where the
// clerk fixes it (the app navigates to area + ref; the CLI prints them).
import type { MissingArea } from '../domain/status';

export type ProblemSeverity = 'error' | 'warning';

/** Where in the report the problem shows: an outline part, or a group of Section II. */
export type ProblemSection =
  | 'opening'
  | 'leadership'
  | 'results'
  | 'measures'
  | 'targets'
  | 'tasks'
  | 'selfInspection'
  | 'assessment'
  | 'direction'
  | 'proposals'
  | 'appendix';

export const PROBLEM_SECTION_LABEL: Record<ProblemSection, string> = {
  opening: 'Phần mở đầu, thông tin chung',
  leadership: 'Công tác lãnh đạo, chỉ đạo, triển khai thực hiện',
  results: 'Kết quả thực hiện',
  measures: 'Kết quả thực hiện các giải pháp',
  targets: 'Kết quả thực hiện các chỉ tiêu',
  tasks: 'Tiến độ thực hiện các nhiệm vụ được giao',
  selfInspection: 'Kết quả tự kiểm tra',
  assessment: 'Đánh giá chung',
  direction: 'Phương hướng, nhiệm vụ',
  proposals: 'Đề xuất, kiến nghị',
  appendix: 'Phụ lục',
};

export const PROBLEM_SECTION_ORDER: ProblemSection[] = Object.keys(PROBLEM_SECTION_LABEL) as ProblemSection[];

export interface ReportProblem {
  /** Stable name of the rule that found it, for programs and tests. */
  rule: string;
  severity: ProblemSeverity;
  section: ProblemSection;
  /** Sub-part of the section as the report titles it ("Công khai thông tin"), when there is one. */
  part?: string;
  /** Where it is fixed. */
  area: MissingArea;
  /** Figure code, checklist item id, text key, task id, activity id. */
  ref?: string;
  message: string;
}

export interface ReportCheck {
  period: string;
  problems: ReportProblem[];
  errors: number;
  warnings: number;
  /** Assessment texts still drafted by the app. */
  drafts: string[];
}
