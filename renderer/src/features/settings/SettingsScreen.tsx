// Cài đặt: the unit profile (who reports, who signs, who receives), the unit's own cut-off and
// deadline, and where the data lives.
import { useEffect, useState } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import { validateUnitProfile } from '../../../../shared/domain/unitProfile';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { errorText } from '../../lib/useApi';
import { listToLines } from '../../lib/files';
import { useUnsavedGuard } from '../../lib/unsaved';
import { overridesToText, type OverridePeriod } from './overrides';
import { BackupSection } from './BackupSection';
import { UnitProfileFields, useUnitProfileForm, type UnitProfileWording } from './UnitProfileFields';

interface Info {
  dbPath: string;
  version: string;
  schemaVersion: number;
}

const WORDING: UnitProfileWording = {
  unitTitle: 'Đơn vị báo cáo',
  codeHint: 'Chữ không dấu, chữ số, dấu gạch ngang.',
  printTitle: 'Thông tin in trên báo cáo',
  planRefLabel: 'Kế hoạch thực hiện (trích dẫn ở đầu báo cáo)',
  planRefPlaceholder: 'Ví dụ: Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã … về thực hiện dân chủ ở cơ sở năm 2026',
  periodTitle: 'Thời gian chốt số liệu và hạn nộp',
  periodNote: 'Để trống để theo quy định của tỉnh (mặc định theo Nghị định 09/2019/NĐ-CP). Chỉ điền khi cấp trên yêu cầu khác.',
  submitLabel: 'Lưu cài đặt',
};

export function SettingsScreen({ focus }: { focus: FocusRequest | null }) {
  const { unit, setUnit, reloadAll } = useApp();
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [info, setInfo] = useState<Info | null>(null);
  const [effective, setEffective] = useState<Partial<Record<OverridePeriod, PeriodInfo>>>({});
  const [loadError, setLoadError] = useState<string | null>(null);
  const form = useUnitProfileForm(unit, {
    check: (next) => validateUnitProfile(next, profiles),
    store: async (next) => setUnit(await call('unit.set', next)),
    savedMessage: 'Đã lưu cài đặt.',
  });

  useEffect(() => {
    (async () => {
      const [p, i, cur] = await Promise.all([call('profiles.list', undefined), call('app.info', undefined), call('period.current', undefined)]);
      setProfiles(p);
      setInfo(i);
      const [h1, y] = await Promise.all([call('period.describe', { period: `${cur.year}-H1` }), call('period.describe', { period: `${cur.year}-Y` })]);
      setEffective({ H1: h1, Y: y });
    })().catch((e: unknown) => setLoadError(errorText(e)));
  }, [unit]);

  useFocusTarget(focus, !!info, (ref) => (ref === 'signer' ? 'set-signer' : `set-${ref}`));
  useUnsavedGuard(form.dirty, 'Cài đặt đơn vị báo cáo');

  if (loadError) return <ErrorBox message={loadError} />;
  if (!info) return <Loading />;

  return (
    <div className="settings">
    <form onSubmit={form.submit} noValidate>
      <UnitProfileFields
        form={form}
        profiles={profiles}
        wording={WORDING}
        idPrefix="set"
        signerId="set-signer"
        effective={(type) => effective[type] ?? null}
        onReset={form.reset}
        onProfilesChanged={setProfiles}
      />
      <section className="card" aria-labelledby="set-data-h">
        <h2 id="set-data-h">Dữ liệu</h2>
        <dl className="kv">
          <dt>Tệp dữ liệu</dt>
          <dd>
            <code className="path">{info.dbPath}</code>
          </dd>
          <dt>Phiên bản</dt>
          <dd>
            {info.version} (cấu trúc dữ liệu {info.schemaVersion})
          </dd>
        </dl>
      </section>
    </form>
      <BackupSection onRestored={reloadAll} />
    </div>
  );
}

