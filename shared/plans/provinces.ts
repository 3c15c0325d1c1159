// The 34 provincial units after Nghị quyết 202/2025/QH15 (from 01/7/2025), with the codes of
// QĐ 19/2025/QĐ-TTg (reference.md §6.3). A plan names its province by `provinceId`.

export interface Province {
  /** Stable id, the folded name: "lao-cai", "ho-chi-minh". Also the id of the province's plan. */
  id: string;
  /** Two-digit administrative code. */
  code: string;
  /** "Lào Cai", "Hà Nội", "Thành phố Hồ Chí Minh" as written after "tỉnh"/"thành phố". */
  name: string;
  type: 'tinh' | 'thanh_pho';
}

const P = (code: string, id: string, name: string, type: Province['type'] = 'tinh'): Province => ({ id, code, name, type });

export const PROVINCES: readonly Province[] = [
  P('01', 'ha-noi', 'Hà Nội', 'thanh_pho'),
  P('04', 'cao-bang', 'Cao Bằng'),
  P('08', 'tuyen-quang', 'Tuyên Quang'),
  P('11', 'dien-bien', 'Điện Biên'),
  P('12', 'lai-chau', 'Lai Châu'),
  P('14', 'son-la', 'Sơn La'),
  P('15', 'lao-cai', 'Lào Cai'),
  P('19', 'thai-nguyen', 'Thái Nguyên'),
  P('20', 'lang-son', 'Lạng Sơn'),
  P('22', 'quang-ninh', 'Quảng Ninh'),
  P('24', 'bac-ninh', 'Bắc Ninh'),
  P('25', 'phu-tho', 'Phú Thọ'),
  P('31', 'hai-phong', 'Hải Phòng', 'thanh_pho'),
  P('33', 'hung-yen', 'Hưng Yên'),
  P('37', 'ninh-binh', 'Ninh Bình'),
  P('38', 'thanh-hoa', 'Thanh Hóa'),
  P('40', 'nghe-an', 'Nghệ An'),
  P('42', 'ha-tinh', 'Hà Tĩnh'),
  P('44', 'quang-tri', 'Quảng Trị'),
  P('46', 'hue', 'Huế', 'thanh_pho'),
  P('48', 'da-nang', 'Đà Nẵng', 'thanh_pho'),
  P('51', 'quang-ngai', 'Quảng Ngãi'),
  P('52', 'gia-lai', 'Gia Lai'),
  P('56', 'khanh-hoa', 'Khánh Hòa'),
  P('66', 'dak-lak', 'Đắk Lắk'),
  P('68', 'lam-dong', 'Lâm Đồng'),
  P('75', 'dong-nai', 'Đồng Nai'),
  P('79', 'ho-chi-minh', 'Hồ Chí Minh', 'thanh_pho'),
  P('80', 'tay-ninh', 'Tây Ninh'),
  P('82', 'dong-thap', 'Đồng Tháp'),
  P('86', 'vinh-long', 'Vĩnh Long'),
  P('91', 'an-giang', 'An Giang'),
  P('92', 'can-tho', 'Cần Thơ', 'thanh_pho'),
  P('96', 'ca-mau', 'Cà Mau'),
];

const BY_ID = new Map(PROVINCES.map((p) => [p.id, p]));

export function provinceById(id: string): Province | undefined {
  return BY_ID.get(id);
}

/** "tỉnh Lào Cai", "thành phố Hà Nội", "Thành phố Hồ Chí Minh" (the city's name already says it). */
export function provinceFullName(p: Province): string {
  if (p.type === 'tinh') return `tỉnh ${p.name}`;
  return p.id === 'ho-chi-minh' ? 'Thành phố Hồ Chí Minh' : `thành phố ${p.name}`;
}

/** "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH". */
export function provinceBodyOf(p: Province): string {
  return `ỦY BAN NHÂN DÂN ${provinceFullName(p).toUpperCase()}`;
}
