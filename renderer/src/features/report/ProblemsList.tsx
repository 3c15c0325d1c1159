// "Cần xem lại trước khi xuất": every problem of the report (shared/checks), by section of the
// report; each item jumps to where it is fixed.
import { useState } from 'react';
import { PROBLEM_SECTION_LABEL, PROBLEM_SECTION_ORDER, type ReportCheck } from '../../../../shared/checks/types';
import { call } from '../../api';
import { useApp } from '../../lib/appContext';
import { errorText } from '../../lib/useApi';
import { MISSING_AREA } from '../dashboard/MissingList';

const SHOWN = 3;

export function ProblemsList({ check, onChanged }: { check: ReportCheck | undefined; onChanged: () => void }) {
  const { navigate, period } = useApp();
  const [adoptError, setAdoptError] = useState<string | null>(null);
  const [open, setOpen] = useState<Record<string, boolean>>({});
  if (!check) return null;
  if (!check.problems.length) {
    return (
      <section className="card problems" aria-label="Kiểm tra báo cáo">
        <p className="ok-text">Báo cáo không còn mâu thuẫn, bản nháp hay số liệu thiếu nào mà ứng dụng phát hiện được.</p>
      </section>
    );
  }
  return (
    <section className="card problems" aria-label="Kiểm tra báo cáo">
      <h2>
        Cần xem lại trước khi xuất: {check.errors ? <span className="count count-error">{check.errors} lỗi</span> : null}{' '}
        {check.warnings ? <span className="count">{check.warnings} lưu ý</span> : null}
      </h2>
      {check.problems.some((p) => p.rule === 'carry-over') ? (
        <div className="actions left">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              setAdoptError(null);
              call('period.adopt', { period }).then(onChanged, (e: unknown) => setAdoptError(errorText(e)));
            }}
          >
            Xác nhận dùng số liệu, kết quả tự kiểm tra và tiến độ của 6 tháng đầu năm
          </button>
          {adoptError ? <span className="field-error" role="alert">{adoptError}</span> : null}
        </div>
      ) : null}
      {PROBLEM_SECTION_ORDER.map((section) => {
        const list = check.problems.filter((p) => p.section === section);
        if (!list.length) return null;
        const shown = open[section] ? list : list.slice(0, SHOWN);
        return (
          <div key={section} className="missing-group">
            <h3>{PROBLEM_SECTION_LABEL[section]}</h3>
            <ul>
              {shown.map((p, i) => (
                <li key={`${p.rule}-${p.ref ?? ''}-${i}`} className={p.severity === 'error' ? 'problem-error' : 'problem-warning'}>
                  <span className="problem-kind">{p.severity === 'error' ? 'Lỗi' : 'Lưu ý'}</span>{' '}
                  <button type="button" className="link" onClick={() => navigate(MISSING_AREA[p.area].area, p.ref)} title={`Sửa tại: ${MISSING_AREA[p.area].label}`}>
                    {p.message}
                  </button>
                </li>
              ))}
            </ul>
            {list.length > SHOWN ? (
              <button type="button" className="btn btn-small btn-light" onClick={() => setOpen({ ...open, [section]: !open[section] })}>
                {open[section] ? 'Thu gọn' : `Xem tất cả (${list.length})`}
              </button>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
