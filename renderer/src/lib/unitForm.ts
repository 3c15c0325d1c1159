// Helpers of the unit forms (first run and Cài đặt): which field a Vietnamese message belongs to,
// the signer's authority choices, and a suggested unit code. Pure, tested without a browser.
import type { SignerAuthority } from '../../../shared/domain/unitProfile';
import { foldVietnamese } from '../../../shared/domain/units';

export type UnitField =
  | 'name'
  | 'code'
  | 'kind'
  | 'profileId'
  | 'parentBody'
  | 'placeName'
  | 'docSymbol'
  | 'archiveTag'
  | 'planRef'
  | 'signer.authority'
  | 'signer.onBehalfOf'
  | 'signer.title'
  | 'signer.name'
  | 'kinhGui'
  | 'recipients'
  | 'periodOverrides'
  | 'general';

const PREFIXES: Array<[string, UnitField]> = [
  ['Tên đơn vị', 'name'],
  ['Mã đơn vị', 'code'],
  ['Loại đơn vị', 'kind'],
  ['Hồ sơ tỉnh', 'profileId'],
  ['Cơ quan chủ quản', 'parentBody'],
  ['Địa danh', 'placeName'],
  ['Ký hiệu cơ quan', 'docSymbol'],
  ['Đơn vị lưu', 'archiveTag'],
  ['Kế hoạch thực hiện', 'planRef'],
  ['Quyền hạn ký (thay mặt', 'signer.onBehalfOf'],
  ['Quyền hạn ký', 'signer.authority'],
  ['Chức vụ người ký', 'signer.title'],
  ['Họ tên người ký', 'signer.name'],
  ['Người ký', 'signer.title'],
  ['Kính gửi', 'kinhGui'],
  ['Nơi nhận', 'recipients'],
  ['Thời gian chốt', 'periodOverrides'],
];

const FIELDS = new Set<string>(PREFIXES.map(([, f]) => f));

/** Which field a message is about: by its Vietnamese label, or by the argument path of the boundary check. */
export function unitFieldOf(message: string): UnitField {
  const path = /^tham số\.([A-Za-z.]+):/.exec(message);
  if (path) {
    const p = path[1]!;
    if (FIELDS.has(p)) return p as UnitField;
    const top = p.split('.')[0]!;
    if (FIELDS.has(top)) return top as UnitField;
    if (top === 'signer') return 'signer.title';
    return 'general';
  }
  for (const [prefix, field] of PREFIXES) if (message.startsWith(prefix)) return field;
  return 'general';
}

export type UnitErrors = Partial<Record<UnitField, string>>;

export function groupUnitErrors(messages: readonly string[]): UnitErrors {
  const out: UnitErrors = {};
  for (const m of messages) {
    const f = unitFieldOf(m);
    out[f] = out[f] ? `${out[f]} ${m}` : m;
  }
  return out;
}

export const AUTHORITY_LABEL: Record<SignerAuthority, string> = {
  '': 'Người đứng đầu ký trực tiếp',
  'TM.': 'TM. – Thay mặt tập thể',
  'KT.': 'KT. – Ký thay người đứng đầu',
  'Q.': 'Q. – Quyền',
  'TL.': 'TL. – Thừa lệnh',
  'TUQ.': 'TUQ. – Thừa ủy quyền',
};

/** "Ủy ban nhân dân xã Tả Phìn" → "UBND-TAPHIN"; "Trường Tiểu học Kim Đồng" → "TRUONGTIEUHOCKIMDONG" shortened. */
export function suggestUnitCode(name: string): string {
  let s = foldVietnamese(name).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  let prefix = '';
  if (s.startsWith('uy ban nhan dan ')) {
    prefix = 'UBND-';
    s = s.slice('uy ban nhan dan '.length);
  }
  s = s.replace(/^(xa|phuong|dac khu|thi tran) /, '');
  const words = s.split(' ').filter(Boolean);
  if (!words.length) return prefix.replace(/-$/, '');
  const body = !prefix && words.length > 3 ? words.map((w) => w[0]).join('') : words.join('');
  return (prefix + body).toUpperCase().slice(0, 40);
}
