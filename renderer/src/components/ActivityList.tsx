// A compact list of activities: what a derived figure or a number in the report was counted from.
import { ACTIVITY_FORM_LABEL, ACTIVITY_KIND_INFO, type Activity } from '../../../shared/domain/activities';
import { formatNumber, formatTableDate } from '../../../shared/format/vi';

export function ActivityList({ activities }: { activities: Activity[] }) {
  if (!activities.length) return <p className="muted">Không có hoạt động nào.</p>;
  return (
    <ol className="activity-cards">
      {activities.map((a) => (
        <li key={a.id}>
          <div className="ac-title">{a.title}</div>
          <div className="ac-meta">
            {formatTableDate(a.date)} · {ACTIVITY_KIND_INFO[a.kind].label}
          </div>
          <div className="ac-meta">
            {ACTIVITY_FORM_LABEL[a.form]} · {formatNumber(a.sessions)} buổi
            {a.participants !== null ? ` · ${formatNumber(a.participants)} lượt người` : ''}
          </div>
          {a.basisDoc ? <div className="ac-meta">Căn cứ: {a.basisDoc}</div> : null}
        </li>
      ))}
    </ol>
  );
}
