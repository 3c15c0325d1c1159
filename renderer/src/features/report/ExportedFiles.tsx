// What one export wrote, as the unit's report and the consolidated report both list it: the
// files' full paths (to find them outside the app), then the export's warnings.
export function ExportedFiles({ title, result }: { title: string; result: { docx: string; xlsx: string | null; warnings: string[] } }) {
  return (
    <>
      <div className="b">{title}</div>
      <ul>
        <li>
          <code>{result.docx}</code>
        </li>
        {result.xlsx ? (
          <li>
            <code>{result.xlsx}</code>
          </li>
        ) : null}
      </ul>
      {result.warnings.length ? (
        <ul className="warn-list">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
