// Validation of an expected unit, shared by the form, the list import and the IPC boundary.
import { UNIT_KINDS, UNIT_KIND_INFO } from '../domain/units';
import type { ExpectedUnit } from './types';

export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]+$/;

export const KIND_CHOICES = UNIT_KINDS.map((k) => UNIT_KIND_INFO[k].label).join('; ');

/** Field-by-field problems of one unit, each a Vietnamese sentence (empty when fine). */
export function validateExpectedUnit(u: Partial<ExpectedUnit>): Array<{ field: keyof ExpectedUnit; message: string }> {
  const errors: Array<{ field: keyof ExpectedUnit; message: string }> = [];
  const code = (u.code ?? '').trim();
  if (!code) errors.push({ field: 'code', message: 'Mã đơn vị không được để trống.' });
  else if (code.length > 40) errors.push({ field: 'code', message: 'Mã đơn vị dài quá 40 ký tự.' });
  else if (!UNIT_CODE_PATTERN.test(code)) errors.push({ field: 'code', message: `Mã đơn vị "${code}" chỉ được gồm chữ không dấu, chữ số và các dấu . _ - (không có khoảng trắng).` });
  const name = (u.name ?? '').trim();
  if (!name) errors.push({ field: 'name', message: 'Tên đơn vị không được để trống.' });
  else if (name.length > 200) errors.push({ field: 'name', message: 'Tên đơn vị dài quá 200 ký tự.' });
  if (!u.kind || !(UNIT_KINDS as readonly string[]).includes(u.kind)) errors.push({ field: 'kind', message: `Loại đơn vị phải là một trong: ${KIND_CHOICES}.` });
  if ((u.parent ?? '').length > 200) errors.push({ field: 'parent', message: 'Cấp trên dài quá 200 ký tự.' });
  return errors;
}

export function cleanExpectedUnit(u: ExpectedUnit): ExpectedUnit {
  return { code: u.code.trim(), name: u.name.normalize('NFC').trim().replace(/\s+/g, ' '), kind: u.kind, parent: u.parent.normalize('NFC').trim() };
}
