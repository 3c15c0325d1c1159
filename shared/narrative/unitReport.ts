// Builds a unit's report, as a plain document, from its period data. The .docx writer and the
// app's preview both render this, so what the clerk sees is what is printed.
import type { PeriodData } from '../domain/periodData';
import { DEFAULT_OUTLINE } from '../domain/profiles';
import { planOfData } from '../plans/resolve';
import type { OutlineSection } from '../domain/profiles/types';
import { figureMap } from '../domain/resolve';
import { resolvedFiguresOf } from '../domain/status';
import { ASSESSMENT_LABEL, signerTitleLines, type AssessmentKey } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatOfficialDate } from '../format/vi';
import type { Appendix, Block, ReportDocument } from '../report/document';
import { activitiesAppendix, appendixReference, figuresAppendix } from './appendices';
import { inspectionAppendix, selfInspectionBlocks } from './inspection';
import { draftAssessment } from './assessment';
import type { NarrativeContext } from './context';
import { polishBlocks, polishCell, polishText } from './polish';
import { leadershipSection, leftoverFigures, resultParts } from './results';
import { measuresBlocks, openingBlocks, revisionBlocks, targetsBlocks, tasksBlocks } from './sections';
import { periodOpening } from './words';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

export interface UnitReportOptions {
  /** ISO date of the report's date line. */
  reportDate: string;
  /** 1 for the first export of a period; later exports are "báo cáo bổ sung". */
  revision: number;
}

const para = (text: string, draft = false): Block => ({ type: 'para', runs: [{ text }], ...(draft ? { draft: true } : {}) });

/** The subject of sentences, as written mid-sentence: "Ủy ban nhân dân xã" is a name, "doanh nghiệp" is not. */
function actorOf(data: PeriodData): string {
  return data.unit.kind === 'xa' ? 'Ủy ban nhân dân xã' : UNIT_KIND_INFO[data.unit.kind].actor.toLocaleLowerCase('vi');
}

/** Keys whose text is still the app's draft: the clerk has neither accepted nor written it. */
export function draftKeys(data: Pick<PeriodData, 'texts'>): AssessmentKey[] {
  return (Object.keys(ASSESSMENT_LABEL) as AssessmentKey[]).filter((k) => !data.texts[k]?.trim());
}

function textBlocks(data: PeriodData, key: AssessmentKey, drafts: Record<AssessmentKey, string>): Block[] {
  const own = data.texts[key]?.trim();
  const text = own || drafts[key];
  return text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => (own ? para(t) : { ...para(t, true), textKey: key }));
}

function sectionTitle(s: OutlineSection, data: PeriodData): string {
  if (s.key === 'direction' && data.period.type !== 'ADHOC') return s.title.replace('THỜI GIAN TỚI', data.period.nextLabel.toUpperCase());
  return s.title;
}

export function buildUnitReport(data: PeriodData, options: UnitReportOptions): ReportDocument {
  const profile = planOfData(data);
  if (!profile) throw new Error(`Không tìm thấy kế hoạch "${data.unit.profileId}".`);
  const figures = figureMap(resolvedFiguresOf(data));
  const previous = data.previous ? figureMap(resolvedFiguresOf({ unit: data.unit, ...data.previous })) : null;
  const ctx: NarrativeContext = { kind: data.unit.kind, actor: actorOf(data), period: data.period, figures, previous, activities: data.activities };
  const drafts = draftAssessment(data);
  const outline = profile.outline ?? DEFAULT_OUTLINE;
  const hasInspection = selfInspectionBlocks(data).length > 0;

  const body: Block[] = [...openingBlocks(data, profile), ...revisionBlocks(data, options.revision)];
  let top = 0;
  let sub = 0;
  /** A heading is written only with the blocks under it, so no part is ever empty. */
  const section = (s: OutlineSection, blocks: Block[]): void => {
    if (!blocks.length) return;
    if (s.level === 2) body.push({ type: 'heading', level: 2, text: `${++sub}. ${s.title}` });
    else {
      body.push({ type: 'heading', level: 1, text: `${ROMAN[top++]}. ${sectionTitle(s, data)}` });
      sub = 0;
    }
    body.push(...blocks);
  };
  const sub2 = (title: string, blocks: Block[]): Block[] => (blocks.length ? [{ type: 'heading', level: 2, text: `\u0000${title}` }, ...blocks] : []);
  for (const s of outline) {
    switch (s.key) {
      case 'leadership':
        section(s, withLeftovers(ctx, 'A', leadershipSection(ctx)));
        break;
      case 'results': {
        const parts = resultParts(ctx).flatMap((part) => sub2(part.title, withLeftovers(ctx, part.group, part.blocks(ctx))));
        section(s, parts.length ? [...parts, para(`Số liệu chi tiết tại Phụ lục I, danh sách hoạt động tại Phụ lục II kèm theo báo cáo này.`)] : []);
        break;
      }
      case 'measures':
        section(s, measuresBlocks(data, profile));
        break;
      case 'targets':
        section(s, targetsBlocks(data, profile, ctx));
        break;
      case 'tasks':
        section(s, tasksBlocks(data));
        break;
      case 'selfInspection':
        section(s, selfInspectionBlocks(data));
        break;
      case 'assessment':
        section(s, (['uu_diem', 'han_che', 'nguyen_nhan'] as const).flatMap((key) => sub2(ASSESSMENT_LABEL[key], textBlocks(data, key, drafts))));
        break;
      case 'direction':
        section(s, textBlocks(data, 'phuong_huong', drafts));
        break;
      case 'proposals':
        section(s, textBlocks(data, 'kien_nghi', drafts));
        break;
    }
  }
  // Level-2 parts inside a section are numbered in order once the section is known to be written.
  for (const b of body) if (b.type === 'heading' && b.text.startsWith('\u0000')) b.text = `${++sub}. ${b.text.slice(1)}`;
  renumberParts(body);
  body.push(para(`Trên đây là báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase} của ${data.unit.name}./.`));

  const noiNhan: string[] = [];
  if (data.unit.kinhGui.length) noiNhan.push('- Như trên;');
  for (const r of data.unit.recipients) noiNhan.push(`- ${r.replace(/[;.]$/, '')};`);
  noiNhan.push(`- Lưu: VT${data.unit.archiveTag ? `, ${data.unit.archiveTag}` : ''}.`);

  const appendices: Appendix[] = [figuresAppendix(data, ctx, 'I'), activitiesAppendix(data, 'II')];
  if (hasInspection) appendices.push(inspectionAppendix(data, appendixReference(data)));

  return {
    header: {
      parentBody: data.unit.parentBody.toLocaleUpperCase('vi'),
      unitName: data.unit.name.toLocaleUpperCase('vi'),
      numberLine: `Số:      /BC-${data.unit.docSymbol}`,
      placeDate: `${data.unit.placeName}, ${formatOfficialDate(options.reportDate)}`,
    },
    docType: 'BÁO CÁO',
    title: `Kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase}`,
    ...(options.revision > 1 ? { subtitle: `(Báo cáo bổ sung lần ${options.revision - 1})` } : {}),
    kinhGui: data.unit.kinhGui,
    body: polishBlocks(body),
    noiNhan,
    signer: { titleLines: signerTitleLines(data.unit.signer), name: data.unit.signer.name },
    appendices: appendices.map((a) => ({ ...a, title: polishText(a.title), table: { ...a.table, rows: a.table.rows.map((r) => r.map(polishCell)) } })),
    meta: {
      author: data.unit.name,
      subject: `Báo cáo kết quả thực hiện dân chủ ở cơ sở ${data.period.titlePhrase}`,
      description: `dcs; kỳ ${data.period.id}; lần ${options.revision}`,
    },
  };
}

const withLeftovers = (ctx: NarrativeContext, group: string, blocks: Block[]): Block[] => [...blocks, ...leftoverFigures(ctx, group, blocks)];

/** Numbers level-2 headings 1, 2, 3… within each level-1 section, in reading order. */
function renumberParts(body: Block[]): void {
  let n = 0;
  for (const b of body) {
    if (b.type !== 'heading') continue;
    if (b.level === 1) n = 0;
    else if (b.level === 2) b.text = b.text.replace(/^\d+\. /, `${++n}. `);
  }
}

export { periodOpening };
