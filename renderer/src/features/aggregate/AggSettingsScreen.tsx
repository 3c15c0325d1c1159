// Cài đặt tổng hợp: who consolidates (Sở Nội vụ, or the commune's UBND), what prints on the
// consolidated report and the reminder letter, who signs, and the units' cut-off and deadline.
import { useEffect, useState } from 'react';
import { useUnsavedGuard } from '../../lib/unsaved';
import { validateUnitProfile, type UnitProfile } from '../../../../shared/domain/unitProfile';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { call } from '../../api';
import { ErrorBox, Loading } from '../../components/Status';
import { aggregatorPeriodInfo, useAgg } from '../../lib/aggContext';
import { errorText } from '../../lib/useApi';
import { UnitProfileFields, useUnitProfileForm, type UnitProfileWording } from '../settings/UnitProfileFields';

const SOURCE_TEXT = {
  settings: null,
  unit: 'Đang dùng thông tin của đơn vị báo cáo trong ứng dụng (xã tổng hợp báo cáo của các đơn vị trên địa bàn). Kiểm tra rồi bấm “Lưu cài đặt tổng hợp” để dùng riêng cho báo cáo tổng hợp.',
  default: 'Đang dùng thông tin mặc định của Sở Nội vụ. Kiểm tra rồi bấm “Lưu cài đặt tổng hợp”.',
} as const;

const WORDING: UnitProfileWording = {
  unitTitle: 'Cơ quan tổng hợp',
  nameHint: 'Ví dụ: Sở Nội vụ tỉnh Lào Cai; Ủy ban nhân dân xã Bình Lư.',
  codeHint: 'Có thể để trống; xã ghi mã của mình để báo cáo tổng hợp nộp tiếp lên tỉnh.',
  profileHint: 'Chỉ tiêu, thời gian chốt số liệu, hạn nộp, văn bản căn cứ và tiêu đề theo kế hoạch đã chọn; đổi tỉnh thì các thông tin này đổi theo khi lưu.',
  printTitle: 'Thông tin in trên báo cáo tổng hợp và công văn',
  planRefLabel: 'Văn bản thực hiện (trích dẫn ở đầu báo cáo)',
  periodTitle: 'Thời gian chốt số liệu và hạn nộp của các đơn vị',
  periodNote: 'Hạn nộp dùng để xếp đơn vị “đã nộp đúng hạn” hay “nộp muộn”. Để trống để theo quy định của tỉnh (mặc định theo Nghị định 09/2019/NĐ-CP).',
  submitLabel: 'Lưu cài đặt tổng hợp',
};

function Form({ initial, profiles, onProfilesChanged }: { initial: UnitProfile; profiles: ProfileSummary[]; onProfilesChanged: (p: ProfileSummary[]) => void }) {
  const { settings, setSettings, today } = useAgg();
  const form = useUnitProfileForm(initial, {
    // The aggregator's code may be empty (Sở Nội vụ has none in the units' lists).
    check: (next) => validateUnitProfile({ ...next, code: next.code.trim() || 'X' }, profiles),
    store: async (next) => setSettings(await call('aggregate.settings.set', next)),
    savedMessage: 'Đã lưu cài đặt tổng hợp.',
  });
  useUnsavedGuard(form.dirty, 'Cài đặt tổng hợp');
  const year = Number(today.slice(0, 4));

  const note = settings ? SOURCE_TEXT[settings.source] : null;
  return (
    <form onSubmit={form.submit} noValidate>
      {note ? (
        <div className="alert alert-warn" role="status">
          {note}
        </div>
      ) : null}
      <UnitProfileFields
        form={form}
        profiles={profiles}
        wording={WORDING}
        idPrefix="agg-set"
        effective={(type) => aggregatorPeriodInfo(`${year}-${type}`, settings)}
        onReset={() => form.reset()}
        onProfilesChanged={onProfilesChanged}
      />
    </form>
  );
}

export function AggSettingsScreen() {
  const { settings } = useAgg();
  const [profiles, setProfiles] = useState<ProfileSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('profiles.list', undefined).then(setProfiles, (e: unknown) => setError(errorText(e)));
  }, []);
  if (error) return <ErrorBox message={error} />;
  if (!settings || !profiles) return <Loading />;
  return (
    <div className="settings">
      <Form key={JSON.stringify(settings.profile)} initial={settings.profile} profiles={profiles} onProfilesChanged={setProfiles} />
    </div>
  );
}
