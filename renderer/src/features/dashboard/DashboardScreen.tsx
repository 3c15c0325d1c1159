// Tổng quan: the period, the deadline, how complete it is, the targets, and what is missing.
import type { PeriodStatus } from '../../../../shared/domain/status';
import { formatNumber, formatTableDate } from '../../../../shared/format/vi';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type Area } from '../../lib/appContext';
import { localDate } from '../../lib/time';
import { useApi } from '../../lib/useApi';
import { MissingList } from './MissingList';
import { TargetsChart } from './TargetsChart';

export function deadlineText(days: number | null, deadline: string | null): string {
  if (days === null || !deadline) return 'Không có hạn nộp cố định';
  if (days > 0) return `Còn ${formatNumber(days)} ngày`;
  if (days === 0) return 'Hạn nộp là hôm nay';
  return `Đã quá hạn ${formatNumber(-days)} ngày`;
}

function StatCard({ label, value, sub, area, onOpen }: { label: string; value: string; sub?: string; area: Area; onOpen: (a: Area) => void }) {
  return (
    <button type="button" className="stat" onClick={() => onOpen(area)}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {sub ? <span className="stat-sub">{sub}</span> : null}
    </button>
  );
}

function Summary({ s }: { s: PeriodStatus }) {
  const late = s.daysToDeadline !== null && s.daysToDeadline < 0;
  return (
    <div className="summary-row">
      <div className="card summary">
        <div className="summary-label">Kỳ báo cáo</div>
        <div className="summary-main">{s.period.label.charAt(0).toUpperCase() + s.period.label.slice(1)}</div>
        <div className="muted">
          Số liệu từ {formatTableDate(s.period.from)} đến {formatTableDate(s.period.to)}
        </div>
      </div>
      <div className={`card summary ${late ? 'summary-late' : ''}`}>
        <div className="summary-label">Hạn nộp</div>
        <div className="summary-main">{s.period.deadline ? formatTableDate(s.period.deadline) : '—'}</div>
        <div className={late ? 'danger-text' : 'muted'}>{deadlineText(s.daysToDeadline, s.period.deadline)}</div>
      </div>
      <div className="card summary summary-wide">
        <div className="summary-label" id="completeness-label">
          Mức độ hoàn thành
        </div>
        <div className="progress" role="progressbar" aria-labelledby="completeness-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={s.completeness}>
          <span style={{ width: `${s.completeness}%` }} />
        </div>
        <div className="muted">
          {s.completeness}% — số liệu, tự kiểm tra và phần đánh giá đã điền
          {s.frozen ? ` · Đã chốt số liệu lần ${s.frozen.revision} ngày ${localDate(s.frozen.at)}` : ''}
        </div>
      </div>
    </div>
  );
}

export function DashboardScreen() {
  const { period, navigate } = useApp();
  const st = useApi('period.status', { period }, period);
  if (st.error) return <ErrorBox message={st.error} onRetry={() => void st.reload()} />;
  if (!st.data) return <Loading />;
  const s = st.data;
  const filled = s.figures.entered + s.figures.derived + s.figures.none;
  return (
    <div className="dashboard">
      <Summary s={s} />
      {s.warnings.length ? (
        <div className="alert alert-warn" role="alert">
          <ul>
            {s.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="stats">
        <StatCard label="Hoạt động" value={formatNumber(s.activities.total)} sub="đã ghi trong kỳ" area="activities" onOpen={navigate} />
        <StatCard label="Số liệu" value={`${filled}/${s.figures.applicable}`} sub={s.figures.blank ? `còn ${s.figures.blank} chỉ số trống` : 'đã đủ'} area="figures" onOpen={navigate} />
        <StatCard label="Tự kiểm tra" value={`${s.checklist.answered}/${s.checklist.total}`} sub="nội dung đã trả lời" area="inspection" onOpen={navigate} />
        <StatCard label="Nhiệm vụ" value={`${s.tasks.done}/${s.tasks.total}`} sub="đã hoàn thành" area="tasks" onOpen={navigate} />
        <StatCard label="Đánh giá, kiến nghị" value={`${s.texts.written}/${s.texts.total}`} sub="phần đã viết" area="texts" onOpen={navigate} />
      </div>
      <div className="two-col">
        <section className="card" aria-labelledby="targets-h">
          <h2 id="targets-h">Chỉ tiêu</h2>
          <TargetsChart targets={s.targets} onOpen={(t) => navigate('figures', t.figureCodes[0])} />
        </section>
        <section className="card" aria-labelledby="missing-h">
          <h2 id="missing-h">
            Còn thiếu <span className="count">{s.missing.length}</span>
          </h2>
          <MissingList items={s.missing} onOpen={navigate} />
        </section>
      </div>
    </div>
  );
}
