// One self-inspection item: its legal basis, four answers, the evidence, and a suggestion from
// the activities recorded in the period.
import { useEffect, useId, useRef, useState } from 'react';
import { INSPECTION_STATUS_LABEL, INSPECTION_STATUSES, type InspectionStatus } from '../../../../shared/domain/checklists.types';
import type { InspectionRow } from '../../../../shared/ipc/contract';
import { capitalizeFirst, formatNumber, shortenText } from '../../../../shared/format/vi';
import { errorText } from '../../lib/useApi';
import { useSerial } from '../../lib/useSerial';
import { leavePending, useUnsavedGuard } from '../../lib/unsaved';

interface Props {
  row: InspectionRow;
  onSave: (itemId: string, status: InspectionStatus | null, evidence: string) => Promise<void>;
}

export function InspectionItemView({ row, onSave }: Props) {
  const id = useId();
  const [evidence, setEvidence] = useState(row.evidence);
  const [error, setError] = useState<string | null>(null);
  /** The answer just chosen, shown at once while it is saved. */
  const [pending, setPending] = useState<InspectionStatus | null | undefined>(undefined);
  useEffect(() => setEvidence(row.evidence), [row.evidence]);

  const serial = useSerial();
  const latest = useRef(0);
  /** The evidence being saved: not unsaved any more, unless the save fails. */
  const [savingEvidence, setSavingEvidence] = useState<string | null>(null);
  // Saved when the box is left; until then leaving the screen or closing the window asks first.
  useUnsavedGuard(evidence !== row.evidence && evidence !== savingEvidence, `Minh chứng tự kiểm tra “${shortenText(row.item.text)}”`);
  const save = async (status: InspectionStatus | null, ev: string) => {
    const mine = ++latest.current;
    if (status !== row.status) setPending(status);
    setError(null);
    setSavingEvidence(ev);
    try {
      await serial(() => onSave(row.item.id, status, ev));
    } catch (e) {
      setError(errorText(e));
    } finally {
      if (mine === latest.current) {
        setPending(undefined);
        setSavingEvidence(null);
      }
    }
  };

  const n = row.suggestion?.activityIds.length ?? 0;
  const shown = pending !== undefined ? pending : row.status;
  return (
    <li id={`chk-${row.item.id}`} className={`chk-item ${row.status ? 'answered' : ''}`} tabIndex={-1}>
      <div className="chk-text">
        <div className="chk-article">
          {capitalizeFirst(row.item.article)}
          {row.item.season ? ` · thực hiện vào ${row.item.season.label}` : ''}
        </div>
        <div id={`${id}-text`}>{row.item.text}</div>
        {row.suggestion && !row.status ? (
          <div className="suggestion">
            <span title={row.suggestion.evidence}>
              Gợi ý: {INSPECTION_STATUS_LABEL[row.suggestion.status]}, theo {formatNumber(n)} hoạt động đã ghi trong kỳ: {row.suggestion.evidence}
            </span>
            <button
              type="button"
              className="btn btn-small btn-primary"
              onClick={() => void save(row.suggestion!.status, evidence.trim() || row.suggestion!.evidence)}
            >
              Chấp nhận gợi ý
            </button>
          </div>
        ) : null}
        {error ? (
          <div className="field-error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
      <div className="chk-answer">
        <fieldset className="status-group">
          <legend className="sr-only">Kết quả tự kiểm tra</legend>
          {INSPECTION_STATUSES.map((s) => (
            <label key={s} className={`status-opt st-${s} ${shown === s ? 'on' : ''}`}>
              <input type="radio" name={`${id}-st`} checked={shown === s} onChange={() => void save(s, evidence)} />
              {INSPECTION_STATUS_LABEL[s]}
            </label>
          ))}
        </fieldset>
        <div className="evidence">
          <label htmlFor={`${id}-ev`} className="small">
            Minh chứng
          </label>
          <input
            id={`${id}-ev`}
            value={evidence}
            placeholder="Biên bản, văn bản, hình ảnh…"
            onChange={(e) => setEvidence(e.target.value)}
            onBlur={() => {
              if (evidence !== row.evidence && !leavePending()) void save(row.status, evidence);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && evidence !== row.evidence) void save(row.status, evidence);
            }}
          />
          {row.status ? (
            <button type="button" className="btn btn-small btn-light" onClick={() => void save(null, evidence)}>
              Bỏ chọn
            </button>
          ) : null}
        </div>
      </div>
    </li>
  );
}
