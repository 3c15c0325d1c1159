// A submission's figures as stored: one JSON text on the submission's row (agg_submission.figure_values,
// migration 5), not a row per figure. Recording a received file then writes one row, and reading a
// period's values reads one per unit. The format belongs to migration 5: changing it needs a migration.
//
// Text: [[code, state, value, cell, note], …] sorted by code, so a unit's values come back in one
// order however its file listed them (the order the per-figure rows came back in). JSON numbers
// round-trip every finite double exactly; -0 becomes 0, as it did in a REAL column.
import type { SubmittedValue, ValueState } from '../../../shared/aggregate/types';

export interface StoredValue extends SubmittedValue {
  code: string;
  /** Where it was read: "E12". */
  cell: string;
  /** The Ghi chú column, as written. */
  note: string;
}

export type PackedValue = [code: string, state: ValueState, value: number | null, cell: string, note: string];

/** A submission's values as stored; only packValues makes one, after checking them. */
export type PackedValues = string & { readonly packedBy: 'packValues' };

const STATES: ReadonlySet<string> = new Set<ValueState>(['value', 'none', 'blank']);

const byCode = (a: PackedValue, b: PackedValue): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * The stored text of a submission's values. Refuses what the per-figure rows' constraints refused:
 * an unknown state, a "value" without a finite number, one code twice.
 */
export function packValues(values: readonly StoredValue[]): PackedValues {
  const out: PackedValue[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const isNumber = typeof v.value === 'number' && Number.isFinite(v.value);
    if (!STATES.has(v.state) || (v.state === 'value' && !isNumber)) {
      throw new Error(`chỉ số ${v.code} ở ô ${v.cell || '(không rõ)'} không có giá trị hợp lệ`);
    }
    out[i] = [v.code, v.state, v.state === 'value' ? v.value : null, v.cell, v.note];
  }
  out.sort(byCode);
  for (let i = 1; i < out.length; i++) {
    if (out[i]![0] === out[i - 1]![0]) throw new Error(`chỉ số ${out[i]![0]} xuất hiện hai lần (ô ${out[i - 1]![3]} và ${out[i]![3]})`);
  }
  return JSON.stringify(out) as PackedValues;
}

/** The values of one stored text, in code order. The text is the database's own (packValues wrote it). */
export function unpackValues(text: string): PackedValue[] {
  return JSON.parse(text) as PackedValue[];
}

export function unpackStoredValues(text: string): StoredValue[] {
  return unpackValues(text).map(([code, state, value, cell, note]) => ({ code, state, value, cell, note }));
}
