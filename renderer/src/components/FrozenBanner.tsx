// Shown above a screen that edits a period whose figures were frozen by an export: the change will
// go into a báo cáo bổ sung, and the files already sent stay as they were.
import { useApi } from '../lib/useApi';

export function FrozenBanner({ period }: { period: string }) {
  const notice = useApi('period.frozenNotice', { period }, period);
  if (!notice.data?.length) return null;
  return (
    <div className="alert alert-warn frozen-banner" role="status">
      {notice.data.join(' ')}
    </div>
  );
}
