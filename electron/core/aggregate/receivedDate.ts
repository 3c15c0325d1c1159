// The date a received file is taken to have arrived, when the officer does not give one for the
// whole batch. The file's modification date is when it was saved on this computer (downloaded from
// the mail or the document system), read in Viet Nam time; the unit's export date inside the
// workbook is when the unit made it, so a report cannot have arrived before it (a copy that kept an
// older date, a wrong clock); and nothing arrives after today.
import { vnDateOf } from '../../../shared/format/vi';

export function receivedDateOf(modified: Date | null, generatedAt: string, today: string): string {
  const made = generatedAt ? vnDateOf(generatedAt) : null;
  let day = (modified ? vnDateOf(modified) : null) ?? made ?? today;
  if (made && day < made) day = made;
  return day > today ? today : day;
}
