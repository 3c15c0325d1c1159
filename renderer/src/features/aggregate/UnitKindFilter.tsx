// The "Loại" filter of the aggregator's unit tables (Danh sách đơn vị, Tình hình nộp).
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';

export function UnitKindFilter({ id, value, onChange }: { id: string; value: UnitKind | ''; onChange: (kind: UnitKind | '') => void }) {
  return (
    <div className="field field-inline">
      <label htmlFor={id}>Loại</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as UnitKind | '')}>
        <option value="">Tất cả loại</option>
        {UNIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {UNIT_KIND_INFO[k].label}
          </option>
        ))}
      </select>
    </div>
  );
}
