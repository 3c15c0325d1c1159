// Đánh giá, kiến nghị: the five texts of Sections III–V, each with the app's draft to accept or edit.
import { useEffect, useId, useState } from 'react';
import type { AssessmentKey } from '../../../../shared/domain/unitProfile';
import type { TextRow } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { errorText, useApi } from '../../lib/useApi';
import { leavePending, useUnsavedGuard } from '../../lib/unsaved';

function TextItem({ row, onSave, onAccept }: { row: TextRow; onSave: (key: AssessmentKey, text: string) => Promise<void>; onAccept: (key: AssessmentKey) => Promise<void> }) {
  const id = useId();
  const [text, setText] = useState(row.text);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(row.text), [row.text]);
  const dirty = text !== row.text;
  useUnsavedGuard(dirty && state !== 'saving', row.label);

  const save = async (value: string) => {
    setState('saving');
    setError(null);
    try {
      await onSave(row.key, value);
      setState('saved');
    } catch (e) {
      setError(errorText(e));
      setState('idle');
    }
  };

  return (
    <section id={`text-${row.key}`} className="card text-item" tabIndex={-1} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <label htmlFor={`${id}-ta`}>{row.label}</label>
      </h2>
      <div className="text-cols">
        <div className="text-main">
          <textarea
            id={`${id}-ta`}
            rows={5}
            value={text}
            placeholder={row.draft ? 'Chưa viết: báo cáo sẽ dùng bản nháp bên cạnh.' : 'Chưa viết.'}
            onChange={(e) => {
              setText(e.target.value);
              setState('idle');
            }}
            onBlur={() => {
              if (dirty && !leavePending()) void save(text);
            }}
          />
          <div className="actions left">
            <button type="button" className="btn btn-primary btn-small" disabled={!dirty || state === 'saving'} onClick={() => void save(text)}>
              Lưu
            </button>
            <span className="muted small" role="status">
              {state === 'saving' ? 'Đang lưu…' : state === 'saved' && !dirty ? 'Đã lưu.' : dirty ? 'Chưa lưu.' : ''}
            </span>
            {error ? <span className="field-error" role="alert">{error}</span> : null}
          </div>
        </div>
        {!row.text.trim() && row.draft ? (
          <aside className="draft-box" aria-label={`Bản nháp: ${row.label}`}>
            <div className="draft-title">Bản nháp từ số liệu của kỳ — chưa chấp nhận, báo cáo đánh dấu là bản nháp</div>
            <div className="draft-text">{row.draft}</div>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => {
                setState('saving');
                onAccept(row.key).then(
                  () => setState('saved'),
                  (e: unknown) => {
                    setError(errorText(e));
                    setState('idle');
                  },
                );
              }}
            >
              Chấp nhận bản nháp
            </button>
          </aside>
        ) : null}
      </div>
    </section>
  );
}

export function TextsScreen({ focus }: { focus: FocusRequest | null }) {
  const { period } = useApp();
  const list = useApi('text.list', { period }, period);
  useFocusTarget(focus, !!list.data, (ref) => `text-${ref}`);
  if (list.error) return <ErrorBox message={list.error} onRetry={() => void list.reload()} />;
  if (!list.data) return <Loading />;
  const save = async (key: AssessmentKey, text: string) => {
    const row = await call('text.set', { period, key, text });
    list.setData((prev) => (prev ?? []).map((r) => (r.key === key ? row : r)));
  };
  const accept = async (key: AssessmentKey) => {
    const rows = await call('text.accept', { period, key });
    list.setData(rows);
  };
  return (
    <div className="texts">
      <p className="muted">
        Các phần đánh giá, phương hướng và kiến nghị của báo cáo. Ứng dụng soạn sẵn bản nháp từ số liệu của kỳ; đọc, sửa lại cho sát thực tế đơn vị hoặc bấm “Chấp nhận bản nháp”. Phần chưa chấp nhận hay chưa sửa vẫn là bản nháp: xuất báo cáo sẽ hỏi lại.
      </p>
      {list.data.map((r) => (
        <TextItem key={r.key} row={r} onSave={save} onAccept={accept} />
      ))}
    </div>
  );
}
