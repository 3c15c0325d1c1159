// Cài đặt: the unit profile (who reports, who signs, who receives), the unit's own cut-off and
// deadline, and where the data lives.
import { useEffect, useState, type FormEvent } from 'react';
import type { PeriodInfo } from '../../../../shared/domain/periods';
import { validateUnitProfile, type UnitProfile } from '../../../../shared/domain/unitProfile';
import { UNIT_KIND_INFO, UNIT_KINDS, type UnitKind } from '../../../../shared/domain/units';
import type { ProfileSummary } from '../../../../shared/ipc/contract';
import { ApiError, call } from '../../api';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { ErrorBox, Loading } from '../../components/Status';
import { useToast } from '../../components/Toasts';
import { useApp, type FocusRequest } from '../../lib/appContext';
import { linesToList, listToLines } from '../../lib/files';
import { useFocusTarget } from '../../lib/useFocusTarget';
import { errorText } from '../../lib/useApi';
import { groupUnitErrors, type UnitErrors } from '../../lib/unitForm';
import { SignerFields } from '../setup/SignerFields';
import { OVERRIDE_PERIODS, overridesToText, textToOverrides, type OverrideErrors, type OverridePeriod, type OverrideText } from './overrides';
import { PeriodOverrideFields } from './PeriodOverrideFields';
import { BackupSection } from './BackupSection';

interface Info {
  dbPath: string;
  version: string;
  schemaVersion: number;
}

export function SettingsScreen({ focus }: { focus: FocusRequest | null }) {
  const { unit, setUnit, reloadAll } = useApp();
  const toast = useToast();
  const [draft, setDraft] = useState<UnitProfile>(unit);
  const [kinhGui, setKinhGui] = useState(listToLines(unit.kinhGui));
  const [recipients, setRecipients] = useState(listToLines(unit.recipients));
  const [overrides, setOverrides] = useState<Record<OverridePeriod, OverrideText>>({
    H1: overridesToText(unit.periodOverrides, 'H1'),
    Y: overridesToText(unit.periodOverrides, 'Y'),
  });
  const [errors, setErrors] = useState<UnitErrors>({});
  const [overrideErrors, setOverrideErrors] = useState<OverrideErrors>({});
  const [profiles, setProfiles] = useState<ProfileSummary[]>([]);
  const [info, setInfo] = useState<Info | null>(null);
  const [effective, setEffective] = useState<Partial<Record<OverridePeriod, PeriodInfo>>>({});
  const [busy, setBusy] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

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

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const ov = textToOverrides(overrides, unit.periodOverrides);
    setOverrideErrors(ov.errors);
    const next: UnitProfile = { ...draft, kinhGui: linesToList(kinhGui), recipients: linesToList(recipients), periodOverrides: ov.value };
    const found = groupUnitErrors(validateUnitProfile(next, profiles.map((p) => p.id)));
    setErrors(found);
    if (Object.keys(found).length || Object.keys(ov.errors).length) {
      toast({ message: 'Chưa lưu: còn thông tin chưa hợp lệ (ghi màu đỏ).', tone: 'error' });
      return;
    }
    setBusy(true);
    try {
      const saved = await call('unit.set', next);
      setUnit(saved);
      toast({ message: 'Đã lưu cài đặt.' });
    } catch (err) {
      setErrors(err instanceof ApiError && err.details.length ? { ...groupUnitErrors(err.details), general: err.message } : { general: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <ErrorBox message={loadError} />;
  if (!info) return <Loading />;

  return (
    <div className="settings">
    <form onSubmit={save} noValidate>
      {errors.general ? <ErrorBox message={errors.general} /> : null}
      <section className="card" aria-labelledby="set-unit-h">
        <h2 id="set-unit-h">Đơn vị báo cáo</h2>
        <div className="grid-2">
          <TextField label="Tên đơn vị" value={draft.name} error={errors.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          <TextField label="Mã đơn vị" value={draft.code} error={errors.code} hint="Chữ không dấu, chữ số, dấu gạch ngang." onChange={(e) => setDraft({ ...draft, code: e.target.value })} />
          <SelectField label="Loại đơn vị" value={draft.kind} error={errors.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as UnitKind })}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_INFO[k].label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Hồ sơ tỉnh" value={draft.profileId} error={errors.profileId} onChange={(e) => setDraft({ ...draft, profileId: e.target.value })}>
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      </section>
      <section className="card" aria-labelledby="set-print-h">
        <h2 id="set-print-h">Thông tin in trên báo cáo</h2>
        <div className="grid-2">
          <TextField label="Cơ quan chủ quản (dòng trên tên đơn vị)" value={draft.parentBody} error={errors.parentBody} onChange={(e) => setDraft({ ...draft, parentBody: e.target.value })} />
          <TextField label="Địa danh (ở dòng ngày tháng)" value={draft.placeName} error={errors.placeName} onChange={(e) => setDraft({ ...draft, placeName: e.target.value })} />
          <TextField label="Ký hiệu cơ quan (Số: …/BC-…)" value={draft.docSymbol} error={errors.docSymbol} onChange={(e) => setDraft({ ...draft, docSymbol: e.target.value })} />
          <TextField label="Đơn vị soạn thảo, lưu (Lưu: VT, …)" value={draft.archiveTag} error={errors.archiveTag} onChange={(e) => setDraft({ ...draft, archiveTag: e.target.value })} />
        </div>
        <TextAreaField
          label="Kế hoạch thực hiện (trích dẫn ở đầu báo cáo)"
          rows={2}
          value={draft.planRef}
          error={errors.planRef}
          placeholder="Ví dụ: Kế hoạch số 363/KH-UBND ngày 09/3/2026 của Ủy ban nhân dân xã … về thực hiện dân chủ ở cơ sở năm 2026"
          onChange={(e) => setDraft({ ...draft, planRef: e.target.value })}
        />
      </section>
      <section className="card" id="set-signer" tabIndex={-1} aria-labelledby="set-signer-h">
        <h2 id="set-signer-h">Người ký</h2>
        <SignerFields signer={draft.signer} errors={errors} onChange={(signer) => setDraft({ ...draft, signer })} />
      </section>
      <section className="card" aria-labelledby="set-recv-h">
        <h2 id="set-recv-h">Kính gửi và nơi nhận</h2>
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
      <section className="card" aria-labelledby="set-period-h">
        <h2 id="set-period-h">Thời gian chốt số liệu và hạn nộp</h2>
        <p className="muted small">Để trống để theo quy định của tỉnh (mặc định theo Nghị định 09/2019/NĐ-CP). Chỉ điền khi cấp trên yêu cầu khác.</p>
        <div className="grid-2">
          {OVERRIDE_PERIODS.map((p) => (
            <PeriodOverrideFields
              key={p.type}
              type={p.type}
              label={p.label}
              value={overrides[p.type]}
              errors={overrideErrors}
              effective={effective[p.type] ?? null}
              onChange={(v) => setOverrides({ ...overrides, [p.type]: v })}
            />
          ))}
        </div>
      </section>
      <div className="actions sticky-actions">
        <button type="button" className="btn" onClick={() => { setDraft(unit); setKinhGui(listToLines(unit.kinhGui)); setRecipients(listToLines(unit.recipients)); setErrors({}); }}>
          Hoàn lại
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Lưu cài đặt
        </button>
      </div>
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
