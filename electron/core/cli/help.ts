import { UNIT_KINDS, UNIT_KIND_INFO } from '../../../shared/domain/units';

export const HELP = `dcs: báo cáo kết quả thực hiện dân chủ ở cơ sở

Cách dùng: dcs LỆNH [tùy chọn] [--db ĐƯỜNG_DẪN] [--json]

Thiết lập
  dcs init --name TÊN --code MÃ --kind xa|co_quan|su_nghiep|dnnn|dn_khac --profile TỈNH_HOẶC_KẾ_HOẠCH
           [--place ĐỊA_DANH] [--parent CHỦ_QUẢN] [--symbol UBND] [--signer-name HỌ_TÊN] [--force]
  dcs unit show
  dcs unit set [--name …] [--code …] [--kind …] [--profile …] [--parent …] [--place …] [--symbol …]
               [--authority TM.|KT.|Q.|TL.|TUQ.] [--on-behalf-of …] [--signer-title …] [--signer-name …]
               [--kinh-gui "A;B"] [--recipients "A;B"] [--archive VP] [--plan-ref "Kế hoạch số …"]
               [--deadline-h1 05/5] [--deadline-y 05/11] [--cutoff-h1 15/12-30/4] [--cutoff-y 15/12-31/10]

Kế hoạch (hồ sơ tỉnh: 34 tỉnh, thành phố; kế hoạch của xã hoặc sở bổ sung kế hoạch của tỉnh)
  dcs profile list [--json]                 (mã để dùng với --profile, ví dụ lao-cai, ha-noi, lai-chau-binh-lu)
  dcs profile show MÃ [--json]              (chỉ tiêu, nhiệm vụ và đơn vị phải làm, hạn nộp, nơi nhận, văn bản căn cứ)
  dcs profile export MÃ --out TỆP.json      (ghi kế hoạch ra tệp để sửa và gửi các đơn vị)
  dcs profile validate TỆP.json [--json]    (kiểm tra tệp và cho biết sẽ thay đổi gì; không lưu)
  dcs profile import TỆP.json [--json]      (nhập tệp kế hoạch; tệp có lỗi thì không thay đổi gì)

Hoạt động
  dcs activity add --date dd/mm/yyyy --kind LOẠI --title TÊN [--form trực tiếp|trực tuyến|kết hợp]
                   [--sessions N] [--participants N] [--basis "Kế hoạch số …"] [--notes …] [--measures 3.1,3.2]
  dcs activity list --period KỲ
  dcs activity import TỆP.xlsx|.csv|.json [--dry-run] [--keep-duplicates]
      Cột: Ngày, Loại hoạt động, Tên hoạt động, Hình thức, Số buổi, Số lượt người, Văn bản căn cứ, Ghi chú
      Có lỗi ở bất kỳ dòng nào thì không nhập dòng nào. Dòng đã có (cùng ngày, loại và tên hoạt động)
      được bỏ qua và liệt kê; --keep-duplicates để vẫn nhập.
  dcs activity template --out TỆP.xlsx|.csv   (mẫu trống có đúng các cột trên để điền trong Excel)
  dcs activity remove SỐ

Số liệu, tự kiểm tra, nhiệm vụ, đánh giá
  dcs figure list --period KỲ
  dcs figure set --period KỲ MÃ GIÁ_TRỊ [--note …]   (GIÁ_TRỊ: số, có/không, "kps" = không phát sinh, "trong" = xóa)
  dcs inspect list --period KỲ
  dcs inspect set --period KỲ MÃ done|partly|not_done|na [--evidence …]
  dcs task list --period KỲ
  dcs task set --period KỲ MÃ not_started|in_progress|done [--note …]
  dcs text list --period KỲ
  dcs text set --period KỲ uu_diem|han_che|nguyen_nhan|phuong_huong|kien_nghi "nội dung"
  dcs text accept PHẦN|all --period KỲ       (chấp nhận bản nháp do ứng dụng soạn)

Kỳ báo cáo và báo cáo
  dcs period status --period KỲ
  dcs period changes --period KỲ             (thay đổi từ lần chốt số liệu gần nhất)
  dcs period adopt --period NĂM-Y            (xác nhận số liệu, tự kiểm tra, nhiệm vụ kế thừa từ 6 tháng đầu năm)
  dcs check --period KỲ [--json]             (mọi vấn đề của báo cáo theo từng phần, nơi sửa; mã thoát 1 khi còn lỗi)
  dcs report --period KỲ --out THƯ_MỤC [--accept-drafts] [--pdf]
      (ghi <mã đơn vị>_<kỳ>.docx và .xlsx; lần bổ sung ghi tệp mới …_lan2, không ghi đè tệp cũ;
       còn phần đánh giá là bản nháp thì cần --accept-drafts; --pdf thêm bản .pdf, cần LibreOffice)
  dcs template --period KỲ --kind LOẠI [--profile TỈNH] --out TỆP.xlsx   (biểu số liệu trống để điền tay)
  dcs backup --out TỆP.sqlite                (sao lưu ngay, an toàn cả khi ứng dụng đang mở)
  dcs restore TỆP.sqlite                     (kiểm tra tệp, giữ dữ liệu hiện tại làm bản sao lưu, rồi khôi phục)
  dcs demo [--out THƯ_MỤC]

Tổng hợp (Sở Nội vụ, hoặc xã tổng hợp các đơn vị trực thuộc)
  dcs aggregate setup [--profile TỈNH] [--name TÊN] [--code MÃ] [--kind LOẠI] [--parent CHỦ_QUẢN] [--place ĐỊA_DANH]
                      [--symbol SNV] [--archive XDCQ] [--signer-title …] [--signer-name …] [--authority KT.] [--on-behalf-of …]
                      [--kinh-gui "A;B"] [--recipients "A;B"] [--deadline-h1 04/5] [--deadline-y 04/11]
  dcs aggregate units import TỆP.xlsx|.csv     (cột Mã đơn vị, Tên đơn vị, Loại đơn vị, Cấp trên; có lỗi thì không nhập dòng nào)
  dcs aggregate units list [--json]
  dcs aggregate units add --code MÃ --name TÊN --kind LOẠI [--parent CẤP_TRÊN]
  dcs aggregate units remove MÃ
  dcs aggregate map MÃ_HOẶC_TÊN_TRONG_TỆP MÃ_ĐƠN_VỊ   (ghép đơn vị lạ với đơn vị trong danh sách)   dcs aggregate unmap …
  dcs aggregate import THƯ_MỤC|TỆP… --period KỲ [--received dd/mm/yyyy]
      Mỗi tệp một dòng: đã nhận / có cảnh báo / thay báo cáo trước / trùng / từ chối (kèm lý do).
      Tệp .docx/.pdf cùng tên (hoặc có mã đơn vị trong tên) được lưu kèm báo cáo. Có tệp bị từ chối thì mã thoát là 1.
      Ngày nhận: mặc định là ngày của từng tệp (ngày lưu tệp trên máy); --received đặt một ngày cho cả đợt. Mỗi dòng ghi ngày nhận đã dùng.
  dcs aggregate status --period KỲ [--json]   (tình trạng từng đơn vị, ngày nhận, cảnh báo, số liệu tổng hợp)
  dcs aggregate unit MÃ_ĐƠN_VỊ --period KỲ [--json]
  dcs aggregate received MÃ_ĐƠN_VỊ --period KỲ --date dd/mm/yyyy
  dcs aggregate report --period KỲ --out THƯ_MỤC [--pdf]   (báo cáo tổng hợp .docx và biểu tổng hợp .xlsx; --pdf thêm bản .pdf)
  dcs aggregate remind --period KỲ --out THƯ_MỤC [--deadline dd/mm/yyyy]   (công văn đôn đốc đơn vị chưa nộp)

Loại đơn vị (LOẠI): ${UNIT_KINDS.map((k) => `${k} = ${UNIT_KIND_INFO[k].label}`).join(';\n  ')}.
KỲ: 2026-H1 (6 tháng đầu năm), 2026-Y (năm), 2026-H2, hoặc 2026-05-01..2026-08-31 (đột xuất).
Loại hoạt động (mã hoặc số): 1 LANH_DAO, 2 TUYEN_TRUYEN, 3 TAP_HUAN, 4 CONG_KHAI, 5 DAN_CHU_TRUC_TIEP,
  6 DOI_THOAI, 7 LAY_Y_KIEN, 8 TIEP_CONG_DAN, 9 GIAM_SAT, 10 HUONG_UOC, 11 KIEM_TRA, 12 THI_DUA, 13 CNTT, 14 KHAO_SAT.
`;
