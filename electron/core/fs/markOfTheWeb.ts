// A file a sender chose (a received report copied out to be opened) carries Windows' "mark of the
// web", as a browser download does: Word and Excel then open it in Protected View, with macros and
// external content off, until the user says otherwise.
import { writeFileSync } from 'node:fs';

/** Writes the Zone.Identifier stream (Internet zone) beside `path` on Windows; elsewhere nothing. */
export function markAsFromElsewhere(path: string, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'win32') return false;
  try {
    writeFileSync(`${path}:Zone.Identifier`, '[ZoneTransfer]\r\nZoneId=3\r\n');
    return true;
  } catch {
    // A file system without alternate streams (FAT32, a network share): the copy opens unmarked.
    return false;
  }
}
