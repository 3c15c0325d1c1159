// Nhận báo cáo: drop (or pick) the received files and folders; they are sent in batches of about
// twenty, with a progress bar, and each file gets its outcome with the Vietnamese reason. A file
// refused for an unknown unit can be mapped to a unit of the list and imported again.
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { IMPORT_OUTCOME_LABEL, type FileOutcome, type ImportOutcome } from '../../../../shared/aggregate/api';
import { formatNumber, formatTableDate, parseVietnameseDate } from '../../../../shared/format/vi';
import { ApiError, call } from '../../api';
import { ErrorBox } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { useAgg } from '../../lib/aggContext';
import { readFileBase64 } from '../../lib/files';
import { errorText } from '../../lib/useApi';
import { fileStem, lateNoteOf, localOutcome, localRefusal, pairOutcomes, planBatches, reportCounts, runSummary, sortRows, unknownUnitOf, type InboxRow, type UnknownUnit } from './inboxLogic';
import { MapUnitDialog } from './MapUnitDialog';
import { PendingBatch } from './PendingBatch';
import { filesFromDrop, filesFromInput, type PickedFile } from './pickedFiles';

const OUTCOMES: ImportOutcome[] = ['accepted', 'warnings', 'replaced', 'duplicate', 'rejected'];

interface Progress {
  done: number;
  total: number;
  running: boolean;
  seconds: number;
  stopped: boolean;
  /** Files not sent because a call failed as a whole (no list of units, a bad period…). */
  notSent: number;
  run: number;
}

function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  return <span className={`outcome outcome-${outcome}`}>{IMPORT_OUTCOME_LABEL[outcome]}</span>;
}

export function InboxScreen() {
  const { period, periodInfo, today, navigate } = useAgg();
  const toast = useToast();
  const [rows, setRows] = useState<InboxRow[]>([]);
  const files = useRef(new Map<number, PickedFile>());
  const nextKey = useRef(1);
  const nextRun = useRef(1);
  const [progress, setProgress] = useState<Progress | null>(null);
  const stop = useRef(false);
  const [filter, setFilter] = useState<ImportOutcome | ''>('');
  // The received date: each file's own date (default), or one date typed for the whole batch.
  const [dateMode, setDateMode] = useState<'files' | 'batch'>('files');
  const [received, setReceived] = useState(formatTableDate(today));
  /** Files picked or dropped, waiting for the officer to confirm the batch and its dates. */
  const [pending, setPending] = useState<PickedFile[] | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [noUnits, setNoUnits] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const [mapping, setMapping] = useState<{ unknown: UnknownUnit; keys: number[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dirInput = useRef<HTMLInputElement>(null);
  const running = !!progress?.running;

  const counts = useMemo(() => reportCounts(rows), [rows]);
  const sorted = useMemo(() => sortRows(rows), [rows]);
  const shown = filter ? sorted.filter((r) => r.outcome.outcome === filter) : sorted;
  const lastRun = progress && !progress.running ? rows.filter((r) => r.run === progress.run) : [];

  const upsert = (items: InboxRow[]) =>
    setRows((prev) => {
      const next = [...prev];
      for (const it of items) {
        const i = next.findIndex((r) => r.key === it.key);
        if (i >= 0) next[i] = it;
        else next.push(it);
      }
      return next;
    });

  /** Sends the files (new ones, or ones refused before and mapped now) batch by batch. */
  const run = async (items: Array<{ key: number; file: PickedFile }>): Promise<boolean> => {
    let receivedAt: string | undefined;
    if (dateMode === 'batch') {
      const d = parseVietnameseDate(received);
      if (!d) {
        setDateError('Ngày nhận không hợp lệ: hãy ghi dd/mm/yyyy, ví dụ 04/05/2026.');
        return false;
      }
      if (d > today) {
        setDateError('Ngày nhận không được sau ngày hôm nay.');
        return false;
      }
      receivedAt = d;
    }
    setDateError(null);
    setError(null);
    setNoUnits(false);
    stop.current = false;
    const run = nextRun.current++;
    const local: InboxRow[] = [];
    const toSend: Array<{ key: number; file: PickedFile; name: string; size: number }> = [];
    for (const it of items) {
      files.current.set(it.key, it.file);
      const why = localRefusal(it.file.name, it.file.size);
      if (why) local.push({ key: it.key, run, source: it.file.source, outcome: localOutcome(it.file.name, why) });
      else toSend.push({ ...it, name: it.file.name, size: it.file.size });
    }
    upsert(local);
    const batches = planBatches(toSend);
    const started = performance.now();
    // Files refused here (not a report file, too large) count as done at once.
    const total = items.length;
    let done = local.length;
    let notSent = 0;
    const seconds = () => (performance.now() - started) / 1000;
    setProgress({ done, total, running: true, seconds: 0, stopped: false, notSent: 0, run });
    for (const [b, batch] of batches.entries()) {
      if (stop.current) {
        notSent = batches.slice(b).reduce((s, x) => s + x.length, 0);
        break;
      }
      try {
        const payload = await Promise.all(batch.map(async (f) => ({ fileName: f.name, base64: await readFileBase64(f.file.file), lastModified: Math.max(0, Math.round(f.file.file.lastModified)) })));
        const report = await call('aggregate.importFiles', { period, files: payload, ...(receivedAt ? { receivedAt } : {}) });
        upsert(
          pairOutcomes(batch, report.files).map(({ file, outcome }) => ({
            key: file?.key ?? nextKey.current++,
            run,
            source: file?.file.source ?? outcome.fileName,
            outcome,
            lateNote: lateNoteOf(outcome, outcome.receivedAt ?? report.receivedAt, periodInfo?.deadline ?? null, formatTableDate),
          })),
        );
      } catch (e) {
        // The whole call was refused (no list of units, a bad period…): the same reason for every file.
        if (e instanceof ApiError && e.code === 'NO_UNITS') setNoUnits(true);
        else setError(e instanceof ApiError && e.details.length ? `${e.message} ${e.details.join(' ')}` : errorText(e));
        notSent = batches.slice(b).reduce((s, x) => s + x.length, 0);
        break;
      }
      done += batch.length;
      setProgress({ done, total, running: true, seconds: seconds(), stopped: false, notSent: 0, run });
    }
    setProgress({ done, total, running: false, seconds: seconds(), stopped: stop.current && notSent > 0, notSent, run });
    return true;
  };

  const add = (picked: PickedFile[]) => {
    if (running) return;
    if (!picked.length) {
      setError('Không có tệp nào để nhập (thư mục trống, hoặc chỉ có tệp ẩn).');
      return;
    }
    setError(null);
    setPending(picked);
  };

  const confirm = async () => {
    if (!pending) return;
    const items = pending.map((file) => ({ key: nextKey.current++, file }));
    if (await run(items)) setPending(null);
  };

  const onDrop = async (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragOver(false);
    if (running) return;
    add(await filesFromDrop(e.dataTransfer));
  };

  /** The files refused for this unknown unit, and the signed reports refused with them. */
  const keysFor = (unknown: UnknownUnit): number[] => {
    const wb = rows.filter((r) => unknownUnitOf(r.outcome)?.alias === unknown.alias);
    const stems = wb.map((r) => fileStem(r.outcome.fileName));
    const att = rows.filter((r) => r.outcome.role === 'attachment' && r.outcome.outcome === 'rejected' && stems.some((s) => fileStem(r.outcome.fileName).startsWith(s)));
    return [...wb, ...att].map((r) => r.key).filter((k) => files.current.has(k));
  };

  const pct = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="inbox">
      <section className="card inbox-head" aria-labelledby="inbox-h">
        <div className="inbox-head-row">
          <div>
            <h2 id="inbox-h">Nhận báo cáo {periodInfo ? periodInfo.label : ''}</h2>
            <p className="muted small">
              Biểu số liệu (.xlsx) và văn bản có chữ ký (.docx, .pdf) của các đơn vị. Văn bản có tên bắt đầu bằng tên biểu số liệu (ví dụ “BL-03_2026-H1 (bản ký).pdf” cạnh
              “BL-03_2026-H1.xlsx”) được lưu cùng báo cáo của đơn vị.
            </p>
          </div>
        </div>
        <div
          className={`drop-zone ${dragOver ? 'over' : ''} ${running ? 'busy' : ''}`}
          onDragEnter={(e) => {
            e.preventDefault();
            setDragOver(true);
          }}
          onDragOver={(e) => {
            e.preventDefault();
            e.dataTransfer.dropEffect = running ? 'none' : 'copy';
          }}
          onDragLeave={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragOver(false);
          }}
          onDrop={(e) => void onDrop(e)}
        >
          <span className="drop-title">Kéo thả các tệp hoặc cả thư mục báo cáo vào đây, hoặc</span>
          <input
            id="inbox-files"
            ref={fileInput}
            className="visually-hidden"
            type="file"
            multiple
            accept=".xlsx,.xlsm,.xls,.docx,.pdf"
            disabled={running}
            onChange={(e) => {
              add(filesFromInput(e.target.files));
              e.target.value = '';
            }}
          />
          <label htmlFor="inbox-files" className="btn btn-primary">
            Chọn tệp…
          </label>
          <input
            id="inbox-dir"
            ref={dirInput}
            className="visually-hidden"
            type="file"
            multiple
            disabled={running}
            {...({ webkitdirectory: '' } as Record<string, string>)}
            onChange={(e) => {
              add(filesFromInput(e.target.files));
              e.target.value = '';
            }}
          />
          <label htmlFor="inbox-dir" className="btn">
            Chọn thư mục…
          </label>
        </div>
        {pending ? (
          <PendingBatch
            files={pending}
            deadline={periodInfo?.deadline ?? null}
            today={today}
            mode={dateMode}
            onMode={setDateMode}
            received={received}
            onReceived={(v) => {
              setReceived(v);
              setDateMode('batch');
            }}
            dateError={dateError}
            onImport={() => void confirm()}
            onCancel={() => {
              setPending(null);
              setDateError(null);
            }}
          />
        ) : null}
        {progress ? (
          <div className="import-progress" aria-live="polite">
            <div className="progress" role="progressbar" aria-label="Tiến độ nhập tệp" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-valuetext={`${progress.done}/${progress.total} tệp`}>
              <span style={{ width: `${pct}%` }} />
            </div>
            <span className="progress-text">
              {progress.running
                ? `Đang nhập: ${formatNumber(progress.done)}/${formatNumber(progress.total)} tệp…`
                : `Đã xử lý ${formatNumber(progress.done)}/${formatNumber(progress.total)} tệp trong ${formatNumber(progress.seconds, 1)} giây${lastRun.length ? `: ${runSummary(lastRun, (n) => formatNumber(n))}` : ''}.${progress.stopped ? ` Đã dừng, còn ${formatNumber(progress.notSent)} tệp chưa nhập.` : ''}`}
            </span>
            {progress.running ? (
              <button type="button" className="btn btn-small" onClick={() => (stop.current = true)}>
                Dừng
              </button>
            ) : null}
          </div>
        ) : null}
        {error ? <ErrorBox message={error} /> : null}
        {noUnits ? (
          <div className="alert alert-error" role="alert">
            Chưa có danh sách đơn vị phải báo cáo nên chưa nhận được báo cáo nào. Hãy nhập danh sách đơn vị trước, rồi chọn lại các tệp.{' '}
            <button type="button" className="btn btn-small" onClick={() => navigate('agg-units')}>
              Danh sách đơn vị
            </button>
          </div>
        ) : null}
      </section>

      {rows.length ? (
        <section className="card" aria-labelledby="outcomes-h">
          <div className="outcomes-head">
            <h2 id="outcomes-h">Kết quả từng tệp</h2>
            <div className="toolbar-spacer" />
            <button type="button" className="btn btn-small" onClick={() => navigate('agg-board')}>
              Xem tình hình nộp
            </button>
            <button
              type="button"
              className="btn btn-small btn-light"
              disabled={running}
              onClick={() => {
                setRows([]);
                files.current.clear();
                setProgress(null);
                setFilter('');
              }}
            >
              Xóa danh sách kết quả
            </button>
          </div>
          <div className="chips" role="group" aria-label="Lọc theo kết quả">
            <button type="button" className="chip" aria-pressed={filter === ''} onClick={() => setFilter('')}>
              Tất cả <span className="count">{formatNumber(rows.length)}</span>
            </button>
            {OUTCOMES.filter((o) => counts[o] > 0 || o === 'rejected').map((o) => (
              <button key={o} type="button" className={`chip chip-${o}`} aria-pressed={filter === o} onClick={() => setFilter(filter === o ? '' : o)}>
                {o === 'rejected' ? 'Bị từ chối' : IMPORT_OUTCOME_LABEL[o]} <span className="count">{formatNumber(counts[o])}</span>
              </button>
            ))}
          </div>
          {shown.length === 0 ? (
            <p className="muted">Không có tệp nào {filter === 'rejected' ? 'bị từ chối' : 'như vậy'}.</p>
          ) : (
            <div className="table-wrap outcomes-wrap">
              <table className="table outcomes-table">
                <colgroup>
                  <col className="w-file" />
                  <col className="w-outcome" />
                  <col />
                </colgroup>
                <thead>
                  <tr>
                    <th>Tệp, đơn vị</th>
                    <th>Kết quả</th>
                    <th>Lý do, ghi chú</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <OutcomeRow key={r.key} row={r} onMap={(unknown) => setMapping({ unknown, keys: keysFor(unknown) })} canRetry={files.current.has(r.key) && !running} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {mapping ? (
        <MapUnitDialog
          unknown={mapping.unknown}
          files={mapping.keys.map((k) => files.current.get(k)?.name ?? '').filter(Boolean)}
          onClose={() => setMapping(null)}
          onMapped={async (unitCode) => {
            const items = mapping.keys.map((key) => ({ key, file: files.current.get(key)! })).filter((x) => x.file);
            setMapping(null);
            toast({ message: `Đã ghép ${mapping.unknown.label} với đơn vị ${unitCode}; đang nhập lại.` });
            await run(items);
          }}
        />
      ) : null}
    </div>
  );
}

function OutcomeRow({ row, onMap, canRetry }: { row: InboxRow; onMap: (u: UnknownUnit) => void; canRetry: boolean }) {
  const o: FileOutcome = row.outcome;
  const unknown = unknownUnitOf(o);
  return (
    <tr className={o.outcome === 'rejected' ? 'row-rejected' : undefined} data-file={o.fileName}>
      <td>
        <div className="cell-title file-cell">{o.fileName}</div>
        {row.source !== o.fileName ? <div className="cell-sub">{row.source}</div> : null}
        {o.unitName ? (
          <div className="file-unit">
            {o.role === 'attachment' ? 'Văn bản kèm báo cáo của ' : ''}
            {o.unitName}
          </div>
        ) : o.role === 'attachment' ? (
          <div className="cell-sub">Văn bản kèm theo</div>
        ) : null}
      </td>
      <td>
        <OutcomeBadge outcome={o.outcome} />
      </td>
      <td>
        {o.messages.length || row.lateNote || o.receivedAt ? (
          <ul className="msg-list">
            {o.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
            {row.lateNote ? <li className="late-note">{row.lateNote}</li> : o.receivedAt ? <li className="muted">Ngày nhận: {formatTableDate(o.receivedAt)}</li> : null}
          </ul>
        ) : (
          <span className="muted">—</span>
        )}
        {unknown && canRetry ? (
          <button type="button" className="btn btn-small" onClick={() => onMap(unknown)}>
            Ghép đơn vị…
          </button>
        ) : null}
      </td>
    </tr>
  );
}
