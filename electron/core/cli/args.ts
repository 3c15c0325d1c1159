// A small argument reader: positionals, "--name value", "--name=value" and boolean flags.
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string>;
  flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], booleanFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (booleanFlags.includes(name)) {
        flags.add(name);
        continue;
      }
      const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
      // "--period --db x" means the period was forgotten, not that the period is "--db".
      if (value === undefined || (eq === -1 && value.startsWith('--'))) throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
      options.set(name, value);
    } else positionals.push(a);
  }
  return { positionals, options, flags };
}
