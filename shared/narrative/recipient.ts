// Who a unit's proposals are addressed to: the body its report goes to, never the unit itself.
import type { UnitProfile } from '../domain/unitProfile';

const same = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

/** The first Kính gửi recipient, else the profile's receiving body, skipping the unit's own name. */
export function recipientOf(unit: Pick<UnitProfile, 'name' | 'kinhGui'>, profile: { reportTo: string | null } | undefined): string {
  const candidates = [...unit.kinhGui, profile?.reportTo ?? ''].map((x) => x.replace(/[;.]$/, '').trim()).filter(Boolean);
  return candidates.find((c) => !same(c, unit.name)) ?? 'cơ quan cấp trên';
}
