// Cài đặt tổng hợp: who consolidates (Sở Nội vụ, or the commune's UBND), what prints on the
// consolidated report and the reminder letter, who signs, and the units' cut-off and deadline.
import { useEffect, useState, type FormEvent } from 'react';
import { validateUnitProfile, type UnitProfile } from '../../../../shared/domain/unitProfile';
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../api';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { aggregatorPeriodInfo, useAgg } from '../../lib/aggContext';
import { linesToList, listToLines } from '../../lib/files';
import { groupUnitErrors, type UnitErrors } from '../../lib/unitForm';
import { errorText } from '../../lib/useApi';
import { PeriodOverrideFields } from '../settings/PeriodOverrideFields';
import { OVERRIDE_PERIODS, overridesToText, textToOverrides, type OverrideErrors, type OverridePeriod, type OverrideText } from '../settings/overrides';
import { SignerFields } from '../setup/SignerFields';

const SOURCE_TEXT = {
  settings: null,
  unit: 'Đang dùng thông tin của đơn vị báo cáo trong ứng dụng (xã tổng hợp báo cáo của các đơn vị trên địa bàn). Kiểm tra rồi bấm “Lưu cài đặt tổng hợp” để dùng riêng cho báo cáo tổng hợp.',
  default: 'Đang dùng thông tin mặc định của Sở Nội vụ. Kiểm tra rồi bấm “Lưu cài đặt tổng hợp”.',
} as const;

function Form({ initial, profiles }: { initial: UnitProfile; profiles: ProfileSummary[] }) {
  const { settings, setSettings, today } = useAgg();
  const toast = useToast();
  const [draft, setDraft] = useState<UnitProfile>(initial);
  const [kinhGui, setKinhGui] = useState(listToLines(initial.kinhGui));
  const [recipients, setRecipients] = useState(listToLines(initial.recipients));
  const [overrides, setOverrides] = useState<Record<OverridePeriod, OverrideText>>({
    H1: overridesToText(initial.periodOverrides, 'H1'),
    Y: overridesToText(initial.periodOverrides, 'Y'),
  });
  const [errors, setErrors] = useState<UnitErrors>({});
  const [overrideErrors, setOverrideErrors] = useState<OverrideErrors>({});
  const [busy, setBusy] = useState(false);
  const year = Number(today.slice(0, 4));

  const reset = () => {
    setDraft(initial);
    setKinhGui(listToLines(initial.kinhGui));
    setRecipients(listToLines(initial.recipients));
    setOverrides({ H1: overridesToText(initial.periodOverrides, 'H1'), Y: overridesToText(initial.periodOverrides, 'Y') });
    setErrors({});
    setOverrideErrors({});
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ov = textToOverrides(overrides, initial.periodOverrides);
    setOverrideErrors(ov.errors);
    const next: UnitProfile = { ...draft, kinhGui: linesToList(kinhGui), recipients: linesToList(recipients), periodOverrides: ov.value };
    // The aggregator's code may be empty (Sở Nội vụ has none in the units' lists).
    const found = groupUnitErrors(validateUnitProfile({ ...next, code: next.code.trim() || 'X' }, profiles.map((p) => p.id)));
    setErrors(found);
    if (Object.keys(found).length || Object.keys(ov.errors).length) {
      toast({ message: 'Chưa lưu: còn thông tin chưa hợp lệ (ghi màu đỏ).', tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      setSettings(await call('aggregate.settings.set', next));
      toast({ message: 'Đã lưu cài đặt tổng hợp.' });
    } catch (err) {
      setErrors(err instanceof ApiError && err.details.length ? { ...groupUnitErrors(err.details), general: err.message } : { general: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  const note = settings ? SOURCE_TEXT[settings.source] : null;
  return (
    <form onSubmit={save} noValidate>
      {note ? (
        <div className="alert alert-warn" role="status">
          {note}
        </div>
      ) : null}
      {errors.general ? <ErrorBox message={errors.general} /> : null}
      <section className="card" aria-labelledby="agg-set-who-h">
        <h2 id="agg-set-who-h">Cơ quan tổng hợp</h2>
        <div className="grid-2">
          <TextField label="Tên đơn vị" value={draft.name} error={errors.name} hint="Ví dụ: Sở Nội vụ tỉnh Lào Cai; Ủy ban nhân dân xã Bình Lư." onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <TextField label="Mã đơn vị" value={draft.code} error={errors.code} hint="Có thể để trống; xã ghi mã của mình để báo cáo tổng hợp nộp tiếp lên tỉnh." onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          <SelectField label="Loại đơn vị" value={draft.kind} error={errors.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as UnitKind })}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_INFO[k].label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Hồ sơ tỉnh" value={draft.profileId} error={errors.profileId} hint="Chỉ tiêu, thời gian chốt số liệu và hạn nộp theo nghị quyết, kế hoạch của tỉnh." onChange={(e) => setDraft({ ...draft, profileId: e.target.value })}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      <section className="card" aria-labelledby="agg-set-print-h">
        <h2 id="agg-set-print-h">Thông tin in trên báo cáo tổng hợp và công văn</h2>
        <div className="grid-2">
          <TextField label="Cơ quan chủ quản (dòng trên tên đơn vị)" value={draft.parentBody} error={errors.parentBody} onChange={(e) => setDraft({ ...draft, parentBody: e.target.value })} />
          <TextField label="Địa danh (ở dòng ngày tháng)" value={draft.placeName} error={errors.placeName} onChange={(e) => setDraft({ ...draft, placeName: e.target.value })} />
          <TextField label="Ký hiệu cơ quan (Số: …/BC-…)" value={draft.docSymbol} error={errors.docSymbol} onChange={(e) => setDraft({ ...draft, docSymbol: e.target.value })} />
          <TextField label="Đơn vị soạn thảo, lưu (Lưu: VT, …)" value={draft.archiveTag} error={errors.archiveTag} onChange={(e) => setDraft({ ...draft, archiveTag: e.target.value })} />
        </div>
        <TextAreaField label="Văn bản thực hiện (trích dẫn ở đầu báo cáo)" rows={2} value={draft.planRef} error={errors.planRef} onChange={(e) => setDraft({ ...draft, planRef: e.target.value })} />
      </section>
      <section className="card" aria-labelledby="agg-set-signer-h">
        <h2 id="agg-set-signer-h">Người ký</h2>
        <SignerFields signer={draft.signer} errors={errors} onChange={(signer) => setDraft({ ...draft, signer })} />
      </section>
      <section className="card" aria-labelledby="agg-set-recv-h">
        <h2 id="agg-set-recv-h">Kính gửi và nơi nhận</h2>
        <div className="grid-2">
          <TextAreaField label="Kính gửi (mỗi dòng một cơ quan)" rows={3} value={kinhGui} error={errors.kinhGui} onChange={(e) => setKinhGui(e.target.value)} />
          <TextAreaField
            label="Nơi nhận khác (mỗi dòng một nơi)"
            rows={3}
            value={recipients}
            error={errors.recipients}
            hint="“Như trên” và “Lưu: VT, …” được thêm tự động."
            onChange={(e) => setRecipients(e.target.value)}
          />
        </div>
      </section>
      <section className="card" aria-labelledby="agg-set-period-h">
        <h2 id="agg-set-period-h">Thời gian chốt số liệu và hạn nộp của các đơn vị</h2>
        <p className="muted small">
          Hạn nộp dùng để xếp đơn vị “đã nộp đúng hạn” hay “nộp muộn”. Để trống để theo quy định của tỉnh (mặc định theo Nghị định 09/2019/NĐ-CP).
        </p>
        <div className="grid-2">
          {OVERRIDE_PERIODS.map((p) => (
            <PeriodOverrideFields
              key={p.type}
              type={p.type}
              label={p.label}
              value={overrides[p.type]}
              errors={overrideErrors}
              effective={aggregatorPeriodInfo(`${year}-${p.type}`, settings)}
              onChange={(v) => setOverrides({ ...overrides, [p.type]: v })}
            />
          ))}
        </div>
      </section>
      <div className="actions sticky-actions">
        <button type="button" className="btn" onClick={reset}>
          Hoàn lại
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Lưu cài đặt tổng hợp
        </button>
      </div>
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
      <Form key={JSON.stringify(settings.profile)} initial={settings.profile} profiles={profiles} />
    </div>
  );
}
