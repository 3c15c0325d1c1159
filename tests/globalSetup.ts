// Tests spawn the command line (bin/dcs.mjs runs the built out/cli/) and read workbooks on its
// built worker: both are rebuilt here first when a source changed, so tests always run current code.
export default async function setup(): Promise<void> {
  const { isStale, buildCli } = await import('../scripts/build-cli.mjs');
  if (isStale()) await buildCli();
}
