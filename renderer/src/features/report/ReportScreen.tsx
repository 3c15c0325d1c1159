// Báo cáo: the preview of the report and its export.
import { useState } from 'react';
import type { Ref } from '../../../../shared/report/document';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp } from '../../lib/appContext';
import { useApi } from '../../lib/useApi';
import { call } from '../../api';
import { ExportBar } from './ExportBar';
import { ProblemsList } from './ProblemsList';
import { RefPanel } from './RefPanel';
import { ReportPaper } from './ReportPaper';

export function ReportScreen() {
  const { period } = useApp();
  const doc = useApi('report.preview', { period }, period);
  const status = useApi('period.status', { period }, period);
  const changes = useApi('report.changes', { period }, period);
  const check = useApi('report.check', { period }, period);
  const [target, setTarget] = useState<{ ref: Ref; text: string } | null>(null);

  return (
    <div className={`report ${target ? 'with-panel' : ''}`}>
      <ExportBar
        status={status.data}
        changes={changes.data}
        drafts={check.data?.drafts ?? []}
        errors={check.data?.problems.filter((p) => p.severity === 'error' && p.rule !== 'draft') ?? []}
        onExported={() => {
          void doc.reload();
          void status.reload();
          void changes.reload();
          void check.reload();
        }}
      />
      <ProblemsList
        check={check.data}
        onChanged={() => {
          void doc.reload();
          void status.reload();
          void check.reload();
        }}
      />
      <p className="muted small">
        Bản xem trước dựng từ cùng nội dung với tệp .docx; ngắt trang khi in có thể khác. Bấm vào một con số được gạch chân để xem số liệu, hoạt động làm nên con số đó. Đoạn nền vàng là bản nháp do ứng dụng soạn.
      </p>
      {doc.error ? <ErrorBox message={doc.error} onRetry={() => void doc.reload()} /> : !doc.data ? <Loading /> : <ReportPaper
          doc={doc.data}
          onRef={(ref, text) => setTarget({ ref, text })}
          onAccept={async (key) => {
            await call('text.accept', { period, key });
            void doc.reload();
            void check.reload();
          }}
        />}
      {target ? <RefPanel target={target} onClose={() => setTarget(null)} /> : null}
    </div>
  );
}
