// The reporting unit's own settings: who it is, who signs, who receives the report.
import { z } from 'zod';
import { text } from '../schema';
import { PERIOD_OVERRIDES_SCHEMA } from './periods';
import { isUnitKind, UNIT_KINDS } from './units';

export const SIGNER_AUTHORITIES = ['', 'TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
export type SignerAuthority = (typeof SIGNER_AUTHORITIES)[number];

export const SIGNER_SCHEMA = z.strictObject({
  /** Quyền hạn: none, TM., KT., Q., TL., TUQ. (NĐ 30, PL-I II.7). */
  authority: z.enum(SIGNER_AUTHORITIES),
  /** After "TM.": the collective, e.g. "ỦY BAN NHÂN DÂN". After "KT."/"Q.": the head's post, e.g. "CHỦ TỊCH". */
  onBehalfOf: text(120),
  /** Chức vụ of the signer: "PHÓ CHỦ TỊCH". */
  title: text(120),
  name: text(120),
});
export type Signer = z.infer<typeof SIGNER_SCHEMA>;

/** The shape of a unit profile wherever it comes from (form, CLI, IPC); rules are in validateUnitProfile. */
export const UNIT_PROFILE_SCHEMA = z.strictObject({
  code: text(40),
  name: text(200),
  kind: z.enum(UNIT_KINDS),
  profileId: text(40),
  /** Cơ quan chủ quản, printed regular above the unit's name: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU". */
  parentBody: text(200),
  /** Địa danh of the date line: "Bình Lư". */
  placeName: text(100),
  /** Abbreviation of the issuing body in the ký hiệu: "UBND" → "Số: …/BC-UBND". */
  docSymbol: text(30),
  signer: SIGNER_SCHEMA,
  /** Kính gửi: bodies that act on the report (empty = no Kính gửi line). */
  kinhGui: z.array(text(200)).max(20),
  /** Other recipients under Nơi nhận (after "Như trên" when Kính gửi is used). */
  recipients: z.array(text(200)).max(30),
  /** Drafting unit abbreviation in "Lưu: VT, …". */
  archiveTag: text(30),
  /** The plan this report implements, cited in the opening. */
  planRef: text(500),
  periodOverrides: PERIOD_OVERRIDES_SCHEMA,
});
export type UnitProfile = z.infer<typeof UNIT_PROFILE_SCHEMA>;

export const ASSESSMENT_KEYS = ['uu_diem', 'han_che', 'nguyen_nhan', 'phuong_huong', 'kien_nghi'] as const;
export type AssessmentKey = (typeof ASSESSMENT_KEYS)[number];
export const ASSESSMENT_LABEL: Record<AssessmentKey, string> = {
  uu_diem: 'Ưu điểm',
  han_che: 'Hạn chế, khó khăn, vướng mắc',
  nguyen_nhan: 'Nguyên nhân',
  phuong_huong: 'Phương hướng, nhiệm vụ thời gian tới',
  kien_nghi: 'Đề xuất, kiến nghị',
};

export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
};

/** Where a message is read: in the app (the user picks from lists) or at the command line (ids, commands). */
export type MessageDoor = 'app' | 'cli';

/** A plan a unit may choose: its id (for the command line) and its name (for the app). */
export interface PlanChoice {
  id: string;
  name: string;
}

const PLAN_EXAMPLES = ['lao-cai', 'thanh-hoa', 'lai-chau', 'ha-noi'];

/**
 * The sentence for a province or plan that is not one of `known`. In the app it names provinces as
 * the list shows them ("Lào Cai") and says to pick from the list; at the command line it gives the
 * ids to type and the command that lists them.
 */
export function unknownPlanText(given: string, known: readonly PlanChoice[], door: MessageDoor): string {
  const examples = PLAN_EXAMPLES.map((id) => known.find((k) => k.id === id)).filter((k): k is PlanChoice => !!k);
  if (door === 'app') {
    return `hãy chọn tỉnh, thành phố (hoặc kế hoạch) của đơn vị trong danh sách${examples.length ? `, ví dụ ${examples.map((k) => k.name).join(', ')}` : ''}.`;
  }
  return `${given ? `"${given}" không có. ` : ''}Hãy chọn một trong ${known.length} tỉnh, thành phố hoặc kế hoạch đã nhập (ví dụ ${examples.map((k) => k.id).join(', ')}); xem danh sách bằng "dcs profile list".`;
}

/** The message for an operation asked about a plan id that is not one of `known`, worded for the door as above. */
export function noSuchPlanText(id: string, known: readonly PlanChoice[], door: MessageDoor = 'app'): string {
  const head = `Không có tỉnh, thành phố hoặc kế hoạch "${id}"`;
  return door === 'app' ? `${head}; ${unknownPlanText(id, known, 'app')}` : `${head}. ${unknownPlanText('', known, 'cli')}`;
}

/** Field-by-field problems, each a Vietnamese sentence; `door` words the ones that differ between app and CLI. */
export function validateUnitProfile(p: Partial<UnitProfile>, knownProfiles: readonly PlanChoice[], door: MessageDoor = 'app'): string[] {
  const errors: string[] = [];
  const text = (v: unknown, label: string, max = 300, required = true): void => {
    if (typeof v !== 'string') errors.push(`${label}: thiếu giá trị.`);
    else if (required && v.trim() === '') errors.push(`${label}: không được để trống.`);
    else if (v.length > max) errors.push(`${label}: dài quá ${max} ký tự.`);
  };
  text(p.name, 'Tên đơn vị', 200);
  text(p.code, 'Mã đơn vị', 40);
  if (typeof p.code === 'string' && p.code.trim() && !/^[A-Za-z0-9._-]+$/.test(p.code.trim())) {
    errors.push('Mã đơn vị chỉ gồm chữ không dấu, chữ số và các dấu . _ - (không có khoảng trắng).');
  }
  if (!isUnitKind(p.kind)) errors.push('Loại đơn vị: hãy chọn một trong năm loại đơn vị.');
  if (typeof p.profileId !== 'string' || !knownProfiles.some((k) => k.id === p.profileId)) {
    errors.push(`Hồ sơ tỉnh: ${unknownPlanText(typeof p.profileId === 'string' ? p.profileId : '', knownProfiles, door)}`);
  }
  text(p.parentBody, 'Cơ quan chủ quản', 200, false);
  text(p.placeName, 'Địa danh', 100);
  text(p.docSymbol, 'Ký hiệu cơ quan', 30);
  if (typeof p.docSymbol === 'string' && /\s/.test(p.docSymbol.trim())) errors.push('Ký hiệu cơ quan không có khoảng trắng (ví dụ UBND, SNV).');
  text(p.archiveTag, 'Đơn vị lưu', 30, false);
  text(p.planRef, 'Kế hoạch thực hiện', 500, false);
  const s = p.signer;
  if (!s || typeof s !== 'object') errors.push('Người ký: thiếu thông tin.');
  else {
    if (!(SIGNER_AUTHORITIES as readonly string[]).includes(s.authority)) errors.push('Quyền hạn ký: chỉ nhận để trống, TM., KT., Q., TL. hoặc TUQ.');
    text(s.onBehalfOf, 'Quyền hạn ký (thay mặt/ký thay cho)', 120, s.authority !== '');
    text(s.title, 'Chức vụ người ký', 120);
    text(s.name, 'Họ tên người ký', 120, false);
    if (typeof s.name === 'string' && /^(TS|ThS|PGS|GS)\b\.?/i.test(s.name.trim())) {
      errors.push('Họ tên người ký: không ghi học hàm, học vị trước họ tên (Nghị định 30/2020).');
    }
  }
  for (const [list, label] of [[p.kinhGui, 'Kính gửi'], [p.recipients, 'Nơi nhận']] as const) {
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.length > 200)) errors.push(`${label}: danh sách không hợp lệ.`);
  }
  if (!p.periodOverrides || typeof p.periodOverrides !== 'object') errors.push('Thời gian chốt số liệu: thiếu giá trị.');
  return errors;
}

/** "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the lines of the signer's title block. */
export function signerTitleLines(s: Signer): string[] {
  if (!s.authority) return [s.title.toUpperCase()];
  return [`${s.authority} ${s.onBehalfOf.toUpperCase()}`, s.title.toUpperCase()];
}
