// The signer block of a unit form: authority, on behalf of whom, title, name (NĐ 30/2020).
import { SIGNER_AUTHORITIES, type Signer, type SignerAuthority } from '../../../../shared/domain/unitProfile';
import { SelectField, TextField } from '../../components/Field';
import { AUTHORITY_LABEL, type UnitErrors } from '../../lib/unitForm';

export function SignerFields({ signer, onChange, errors }: { signer: Signer; onChange: (s: Signer) => void; errors: UnitErrors }) {
  const set = (patch: Partial<Signer>) => onChange({ ...signer, ...patch });
  return (
    <div className="grid-2">
      <SelectField
        label="Quyền hạn ký"
        value={signer.authority}
        error={errors['signer.authority']}
        onChange={(e) => set({ authority: e.target.value as SignerAuthority })}
      >
        {SIGNER_AUTHORITIES.map((a) => (
          <option key={a} value={a}>
            {AUTHORITY_LABEL[a]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={signer.authority === 'TM.' ? 'Thay mặt (tập thể)' : 'Ký thay cho (chức vụ người đứng đầu)'}
        value={signer.onBehalfOf}
        disabled={signer.authority === ''}
        placeholder={signer.authority === '' ? 'Không cần khi ký trực tiếp' : signer.authority === 'TM.' ? 'Ví dụ: Ủy ban nhân dân' : 'Ví dụ: Chủ tịch'}
        error={errors['signer.onBehalfOf']}
        onChange={(e) => set({ onBehalfOf: e.target.value })}
      />
      <TextField label="Chức vụ người ký" value={signer.title} placeholder="Ví dụ: Chủ tịch" error={errors['signer.title']} onChange={(e) => set({ title: e.target.value })} />
      <TextField label="Họ và tên người ký" value={signer.name} placeholder="Ví dụ: Nguyễn Văn An" error={errors['signer.name']} onChange={(e) => set({ name: e.target.value })} />
    </div>
  );
}
