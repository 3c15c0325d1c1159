// The self-inspection in the unit's report: the summary paragraphs of section II and Phụ lục III.
// Both list only the items the period asks (a seasonal item waits for its season), and each row's
// evidence names what supports it: the clerk's own words, or the activities, dates and documents.
import { checklistFor, CHECKLIST_GROUP_LABEL, INSPECTION_STATUS_LABEL, type InspectionStatus } from '../domain/checklists';
import { answerEvidence, isGenericEvidence, supportingActivities } from '../domain/checklistMatch';
import type { PeriodData } from '../domain/periodData';
import { UNIT_KIND_INFO } from '../domain/units';
import { capitalizeFirst, formatNumber } from '../format/vi';
import type { Appendix, Block, Cell } from '../report/document';
import { lowerFirst } from './words';

const para = (text: string, draft = false): Block => ({ type: 'para', runs: [{ text }], ...(draft ? { draft: true } : {}) });

/** "a, b và c". */
function andList(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

const STATUS_PHRASE: Record<InspectionStatus, string> = {
  done: 'đã thực hiện',
  partly: 'thực hiện một phần',
  not_done: 'chưa thực hiện',
  na: 'không áp dụng đối với đơn vị',
};

/** Section II's paragraphs: how many items were inspected and with what result; never a count of zero. */
export function selfInspectionBlocks(data: PeriodData): Block[] {
  const items = checklistFor(data.unit.kind, data.period);
  const answers = new Map(data.inspections.map((a) => [a.itemId, a]));
  const answered = items.filter((i) => answers.has(i.id));
  const law = `theo quy định của Luật Thực hiện dân chủ ở cơ sở đối với ${UNIT_KIND_INFO[data.unit.kind].phrase}`;
  // Nothing answered: an ad-hoc range leaves the part out; a regular period says so once (the
  // report's problem list names the open items, so no "Còn … chưa tự kiểm tra" draft line).
  if (!answered.length) {
    return data.period.type === 'ADHOC' ? [] : [para(`Đơn vị chưa tự kiểm tra ${formatNumber(items.length)} nội dung ${law} (Phụ lục III).`, true)];
  }
  const counts = (['done', 'partly', 'not_done', 'na'] as const)
    .map((s) => ({ s, n: answered.filter((i) => answers.get(i.id)!.status === s).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${formatNumber(c.n)} nội dung ${STATUS_PHRASE[c.s]}`);
  const out: Block[] = [para(`Đã tự kiểm tra ${formatNumber(answered.length)}/${formatNumber(items.length)} nội dung ${law}: ${andList(counts)} (chi tiết tại Phụ lục III).`)];
  const named = (st: InspectionStatus): string =>
    items.filter((i) => answers.get(i.id)?.status === st).map((i) => `${lowerFirst(i.text.replace(/\.$/, ''))} (${lowerFirst(i.article)})`).join('; ');
  if (named('not_done')) out.push(para(`Các nội dung chưa thực hiện: ${named('not_done')}.`));
  if (named('partly')) out.push(para(`Các nội dung mới thực hiện một phần: ${named('partly')}.`));
  return out;
}

/** Phụ lục III: every item the period asks, its result, and the evidence that supports it. */
export function inspectionAppendix(data: PeriodData, reference: string): Appendix {
  const answers = new Map(data.inspections.map((a) => [a.itemId, a]));
  const rows: Cell[][] = [];
  const groupRows: number[] = [];
  let lastGroup = '';
  let stt = 0;
  for (const item of checklistFor(data.unit.kind, data.period)) {
    if (item.group !== lastGroup) {
      lastGroup = item.group;
      groupRows.push(rows.length);
      rows.push([CHECKLIST_GROUP_LABEL[item.group]]);
    }
    const a = answers.get(item.id);
    const evidence = answerEvidence(item, a, data.activities);
    const own = !!a && !!a.evidence.trim() && !isGenericEvidence(a.evidence);
    const acts = own || !evidence ? [] : supportingActivities(item, data.activities);
    rows.push([
      String(++stt),
      capitalizeFirst(item.article),
      item.text,
      a ? INSPECTION_STATUS_LABEL[a.status] : 'Chưa tự kiểm tra',
      acts.length ? { runs: [{ text: evidence, ref: { activityIds: acts.map((x) => x.id) } }] } : evidence,
    ]);
  }
  return {
    number: 'III',
    title: 'KẾT QUẢ TỰ KIỂM TRA VIỆC THỰC HIỆN DÂN CHỦ Ở CƠ SỞ',
    reference,
    landscape: false,
    table: {
      columns: [
        { title: 'STT', width: 6, align: 'center' },
        { title: 'Căn cứ', width: 18 },
        { title: 'Nội dung', width: 38 },
        { title: 'Kết quả', width: 13, align: 'center' },
        { title: 'Minh chứng', width: 25 },
      ],
      rows,
      groupRows,
    },
  };
}
