#!/usr/bin/env node
// Renders .docx/.xlsx files through LibreOffice and poppler so a person can look at the pages:
//   node scripts/render-check.mjs [--out DIR] [--dpi N] FILE_OR_FOLDER...
// Writes DIR/<name>.pdf and DIR/<name>-<page>.png and prints each file's page count.
// Needs soffice, pdftoppm and pdfinfo on PATH (Debian: libreoffice-writer, libreoffice-calc, poppler-utils).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';

const OFFICE_EXT = new Set(['.docx', '.xlsx']);

function parseArgs(argv) {
  const opts = { out: '/tmp/render-check', dpi: 60, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') opts.out = argv[++i];
    else if (a === '--dpi') opts.dpi = Number(argv[++i]);
    else if (a === '-h' || a === '--help') opts.help = true;
    else opts.inputs.push(a);
  }
  return opts;
}

function collect(inputs) {
  const files = [];
  for (const input of inputs) {
    const p = resolve(input);
    if (!existsSync(p)) throw new Error(`not found: ${input}`);
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (OFFICE_EXT.has(extname(name).toLowerCase()) && !name.startsWith('~$')) files.push(join(p, name));
      }
    } else files.push(p);
  }
  return files;
}

function need(cmd) {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
  } catch {
    throw new Error(`${cmd} is not installed (apt-get install libreoffice-writer libreoffice-calc poppler-utils)`);
  }
}

function pageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = info.match(/^Pages:\s+(\d+)/m);
  return m ? Number(m[1]) : NaN;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help || opts.inputs.length === 0) {
    console.log('usage: node scripts/render-check.mjs [--out DIR] [--dpi N] FILE_OR_FOLDER...');
    process.exit(opts.help ? 0 : 2);
  }
  let files;
  try {
    for (const cmd of ['soffice', 'pdftoppm', 'pdfinfo']) need(cmd);
    files = collect(opts.inputs);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  }
  if (files.length === 0) {
    console.error('no .docx or .xlsx files found');
    process.exit(2);
  }
  mkdirSync(opts.out, { recursive: true });

  // A private profile: a running LibreOffice (or a stale lock in the user's profile) would make
  // the headless conversion exit silently without writing anything.
  const profile = mkdtempSync(join(tmpdir(), 'render-check-lo-'));
  let failed = 0;
  try {
    for (const file of files) {
      // The .docx and .xlsx of one report share a base name; keep their pages apart.
      const stem = `${basename(file, extname(file))}-${extname(file).slice(1)}`;
      const converted = join(opts.out, `${basename(file, extname(file))}.pdf`);
      const pdf = join(opts.out, `${stem}.pdf`);
      rmSync(pdf, { force: true });
      rmSync(converted, { force: true });
      try {
        execFileSync(
          'soffice',
          [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', opts.out, file],
          { stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
        );
        if (!existsSync(converted)) throw new Error('LibreOffice wrote no PDF');
        renameSync(converted, pdf);
        for (const old of readdirSync(opts.out)) {
          if (old.startsWith(`${stem}-`) && old.endsWith('.png')) rmSync(join(opts.out, old));
        }
        execFileSync('pdftoppm', ['-png', '-r', String(opts.dpi), pdf, join(opts.out, stem)]);
        const pngs = readdirSync(opts.out).filter((n) => n.startsWith(`${stem}-`) && n.endsWith('.png'));
        console.log(`${basename(file)}: ${pageCount(pdf)} page(s) -> ${pdf} (${pngs.length} png)`);
      } catch (err) {
        failed++;
        console.error(`${basename(file)}: FAILED ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  process.exit(failed > 0 ? 1 : 0);
}

main();
