// Quoting for commands the CLI suggests the user type next, so a name with spaces, quotes or
// Vietnamese letters pastes back as one argument: POSIX shells take '…', Windows shells (cmd and
// PowerShell) take "…" with an inner quote doubled.
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function shellQuote(arg: string, platform: string = process.platform): string {
  if (arg && SAFE.test(arg)) return arg;
  if (platform === 'win32') return `"${arg.replace(/"/g, '""')}"`;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
