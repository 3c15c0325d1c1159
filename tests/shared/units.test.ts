// The kinds of unit, named as Luật 10/2022/QH15 names them.
import { describe, expect, it } from 'vitest';
import { HELP } from '../../electron/core/cli/help';
import { parseUnitKind, UNIT_KIND_INFO, UNIT_KINDS, unitKindChoices } from '../../shared/domain/units';

describe('unit kinds', () => {
  it('reads as the Law: "cơ quan nhà nước", and employers outside the state sector apart from state enterprises', () => {
    expect(UNIT_KIND_INFO.co_quan.label).toBe('Cơ quan nhà nước');
    expect(UNIT_KIND_INFO.dn_khac.label).toBe('Doanh nghiệp, tổ chức có sử dụng lao động thuộc khu vực ngoài Nhà nước');
    expect(UNIT_KIND_INFO.dnnn.label).toBe('Doanh nghiệp nhà nước');
    for (const k of UNIT_KINDS) {
      const { label, phrase } = UNIT_KIND_INFO[k];
      expect(label).not.toMatch(/hành chính/);
      // Mid-sentence only the first letter is lowered: "Nhà nước" keeps its capital.
      expect(phrase).toBe(label.charAt(0).toLocaleLowerCase('vi') + label.slice(1));
    }
  });

  it('still reads the names earlier versions wrote into lists, and the short headings', () => {
    expect(parseUnitKind('Cơ quan hành chính nhà nước')).toBe('co_quan');
    expect(parseUnitKind('co quan nha nuoc')).toBe('co_quan');
    expect(parseUnitKind('Doanh nghiệp, tổ chức có sử dụng lao động')).toBe('dn_khac');
    expect(parseUnitKind('Doanh nghiệp, tổ chức ngoài Nhà nước')).toBe('dn_khac');
    expect(parseUnitKind('Doanh nghiệp nhà nước')).toBe('dnnn');
    for (const k of UNIT_KINDS) expect(parseUnitKind(UNIT_KIND_INFO[k].label)).toBe(k);
  });

  it('lists every kind with its name in the CLI help and in messages', () => {
    for (const k of UNIT_KINDS) expect(HELP).toContain(`${k} = ${UNIT_KIND_INFO[k].label}`);
    expect(unitKindChoices()).toContain('co_quan (Cơ quan nhà nước)');
  });
});
