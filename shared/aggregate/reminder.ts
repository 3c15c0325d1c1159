// The reminder letter (công văn đôn đốc) to the units that have not reported, in the NĐ 30 layout:
// no tên loại, the trích yếu "V/v …", Kính gửi the units (or "the units listed"), the deadline.
import type { ProvinceProfile } from '../domain/profiles/types';
import { signerTitleLines, type UnitProfile } from '../domain/unitProfile';
import { UNIT_KIND_INFO } from '../domain/units';
import { formatNumber, formatOfficialDate, formatShortDate } from '../format/vi';
import type { Block, ReportDocument } from '../report/document';
import { joinVi } from '../narrative/words';
import type { Consolidation } from './types';

export interface ReminderOptions {
  aggregator: UnitProfile;
  province: ProvinceProfile;
  /** ISO date of the letter. */
  letterDate: string;
  /** ISO date by which the late units must now send. */
  newDeadline: string;
}

const para = (text: string): Block => ({ type: 'para', runs: [{ text }] });

/** Up to this many units are named in "Kính gửi"; more are listed in the appendix. */
const MAX_NAMED = 8;

/** "Số:      /SNV-XDCQ": a công văn's number carries the issuing body and the drafting office. */
export function letterNumberLine(agg: UnitProfile): string {
  return `Số:      /${agg.docSymbol}${agg.archiveTag ? `-${agg.archiveTag}` : ''}`;
}

export function buildReminderLetter(c: Consolidation, o: ReminderOptions): ReportDocument {
  const agg = o.aggregator;
  const p = c.period;
  const missing = c.statusRows.filter((r) => r.status === 'missing');
  const named = missing.length <= MAX_NAMED;
  const via = agg.kind === 'xa' ? ' (qua Phòng Văn hóa - Xã hội)' : '';
  const basis = agg.planRef || o.province.basisDocs[o.province.basisDocs.length - 1] || '';
  const deadline = c.deadline ? `, hạn gửi báo cáo là ngày ${formatShortDate(c.deadline)}` : '';
  const body: Block[] = [
    para(
      `${basis ? `Thực hiện ${basis}, c` : 'C'}ác cơ quan, đơn vị có trách nhiệm báo cáo kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase} (số liệu tính từ ngày ${formatShortDate(p.from)} đến ngày ${formatShortDate(p.to)}) gửi về ${agg.name}${via}${deadline}.`,
    ),
    para(
      `Đến ngày ${formatShortDate(o.letterDate)}, ${agg.name} đã nhận được báo cáo của ${formatNumber(c.counts.submitted)}/${formatNumber(c.counts.expected)} cơ quan, đơn vị; còn ${formatNumber(missing.length)} cơ quan, đơn vị ${
        named ? `nêu tại phần Kính gửi` : 'có tên tại danh sách kèm theo'
      } chưa gửi báo cáo.`,
    ),
    para(
      `Để kịp thời tổng hợp, báo cáo cấp trên theo quy định, ${agg.name} đề nghị Thủ trưởng các cơ quan, đơn vị nêu trên khẩn trương hoàn thành báo cáo (văn bản có chữ ký, đóng dấu và biểu số liệu .xlsx), gửi về ${agg.name}${via} trước ngày ${formatShortDate(o.newDeadline)}. Quá thời hạn trên, ${agg.name} sẽ tổng hợp danh sách các cơ quan, đơn vị chưa gửi báo cáo để báo cáo cấp có thẩm quyền xem xét, đánh giá kết quả thực hiện nhiệm vụ năm ${p.year}./.`,
    ),
  ];
  const kinhGui = named ? missing.map((r) => r.unit.name) : ['Các cơ quan, đơn vị có tên tại danh sách kèm theo'];
  const noiNhan = ['- Như trên;', ...agg.recipients.map((r) => `- ${r.replace(/[;.]$/, '')};`), `- Lưu: VT${agg.archiveTag ? `, ${agg.archiveTag}` : ''}.`];
  const numberLine = letterNumberLine(agg);
  return {
    header: {
      parentBody: agg.parentBody.toLocaleUpperCase('vi'),
      unitName: agg.name.toLocaleUpperCase('vi'),
      numberLine,
      subject: `V/v đôn đốc gửi báo cáo kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase}`,
      placeDate: `${agg.placeName}, ${formatOfficialDate(o.letterDate)}`,
    },
    docType: '',
    title: '',
    kinhGui,
    body,
    noiNhan,
    signer: { titleLines: signerTitleLines(agg.signer), name: agg.signer.name },
    // Up to MAX_NAMED units are named in Kính gửi; a longer list goes in an appendix.
    appendices: !named
      ? [
          {
            number: '',
            title: `DANH SÁCH CƠ QUAN, ĐƠN VỊ CHƯA GỬI BÁO CÁO KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ ${p.titlePhrase.toUpperCase()}`,
            reference: `(Kèm theo Công văn ${numberLine.replace(/^Số:/, 'số')} ngày      tháng      năm ${p.year} của ${agg.name})`,
            landscape: false,
            table: {
              columns: [
                { title: 'STT', width: 6, align: 'center' },
                { title: 'Mã', width: 12, align: 'center' },
                { title: 'Tên cơ quan, đơn vị', width: 44 },
                { title: 'Loại', width: 22 },
                { title: 'Cấp trên', width: 16 },
              ],
              rows: missing.map((r, i) => [String(i + 1), r.unit.code, r.unit.name, UNIT_KIND_INFO[r.unit.kind].label, r.unit.parent]),
            },
          },
        ]
      : [],
    meta: {
      author: agg.name,
      subject: `Đôn đốc gửi báo cáo kết quả thực hiện dân chủ ở cơ sở ${p.titlePhrase}`,
      description: `dcs; đôn đốc; kỳ ${p.id}; ${missing.length} đơn vị chưa gửi`,
    },
  };
}
