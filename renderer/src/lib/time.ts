// Moments the app stores as UTC ISO strings (chốt số liệu, backups, imports), shown in Viet Nam time
// by the one formatter in shared/format/vi.ts ("11:12 ngày 02/12/2026"), on the app's one clock.
export { formatLocalDate as localDate, formatLocalDateTime as localDateTime } from '../../../shared/format/vi';
