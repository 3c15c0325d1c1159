// The report drawn from the same ReportDocument the .docx writer renders: a paper-like page in
// Times New Roman with the NĐ 30/2020 header, the body, Nơi nhận and the signer, then the
// appendices. Every number that carries a ref is a button that shows the records behind it.
import type { Appendix, Block, Cell, ReportDocument, Run, Table } from '../../../../shared/report/document';
import type { Ref } from '../../../../shared/report/document';
import type { AssessmentKey } from '../../../../shared/domain/unitProfile';
import { formatNumber } from '../../../../shared/format/vi';
import { agencyLines } from './agency';
import { FIRST_ROWS, useWholeTable } from './longTables';
import { usePaperZoom } from './usePaperZoom';

export type OnRef = (ref: Ref, text: string) => void;

function Runs({ runs, onRef }: { runs: Run[]; onRef: OnRef }) {
  return (
    <>
      {runs.map((r, i) => {
        const cls = [r.bold ? 'b' : '', r.italic ? 'i' : ''].filter(Boolean).join(' ') || undefined;
        if (r.ref && (r.ref.figure || r.ref.activityIds?.length) && r.text.trim()) {
          return (
            <button key={i} type="button" className={`ref ${cls ?? ''}`} data-figure={r.ref.figure} onClick={() => onRef(r.ref!, r.text)} title="Xem số liệu, hoạt động làm nên con số này">
              {r.text}
            </button>
          );
        }
        return (
          <span key={i} className={cls}>
            {r.text}
          </span>
        );
      })}
    </>
  );
}

function CellView({ cell, align, onRef }: { cell: Cell; align?: string; onRef: OnRef }) {
  if (typeof cell === 'string') return <>{cell}</>;
  return (
    <span style={cell.align ?? align ? { display: 'block', textAlign: (cell.align ?? align) as 'left' | 'center' | 'right' } : undefined}>
      <Runs runs={cell.runs} onRef={onRef} />
    </span>
  );
}

export function TableView({ table, onRef }: { table: Table; onRef: OnRef }) {
  const total = table.columns.reduce((s, c) => s + c.width, 0) || 1;
  const groups = new Set(table.groupRows ?? []);
  const [whole, showWhole] = useWholeTable(table.rows.length);
  const rows = whole ? table.rows : table.rows.slice(0, FIRST_ROWS);
  const more = table.rows.length - rows.length;
  return (
    <>
      <table className={`doc-table ${table.columns.length >= 7 ? 'wide' : ''}`}>
        <colgroup>
          {table.columns.map((c, i) => (
            <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i}>{c.title}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) =>
            groups.has(r) ? (
              <tr key={r} className="group-row">
                <td colSpan={table.columns.length}>
                  <CellView cell={row[0] ?? ''} onRef={onRef} />
                </td>
              </tr>
            ) : (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} style={{ textAlign: table.columns[c]?.align ?? 'left' }}>
                    <CellView cell={cell} align={table.columns[c]?.align} onRef={onRef} />
                  </td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
      {more ? (
        <p className="more-rows">
          … còn {formatNumber(more)} dòng nữa; bản .docx có đầy đủ.{' '}
          <button type="button" className="btn btn-small" onClick={showWhole} title="Hiện mọi dòng của bảng (bảng dài cần vài giây). Khi in hoặc lưu PDF, mọi dòng luôn được in.">
            Hiện đủ {formatNumber(table.rows.length)} dòng
          </button>
        </p>
      ) : null}
    </>
  );
}

/** Accepts the app's draft of one assessment text as the unit's own. */
export type OnAccept = (key: AssessmentKey) => Promise<void>;

function BlockView({ block, onRef, onAccept }: { block: Block; onRef: OnRef; onAccept?: OnAccept }) {
  if (block.type === 'heading') {
    const Tag = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
    return <Tag className={`doc-h${block.level}`}>{block.text}</Tag>;
  }
  if (block.type === 'table') return <TableView table={block.table} onRef={onRef} />;
  const p = (
    <p className="doc-p">
      <Runs runs={block.runs} onRef={onRef} />
    </p>
  );
  if (!block.draft) return p;
  return (
    <div className="draft-para">
      <span className="draft-tag">bản nháp — cần rà soát</span>
      {block.textKey && onAccept ? (
        <button type="button" className="btn btn-small draft-accept" onClick={() => void onAccept(block.textKey as AssessmentKey)}>
          Chấp nhận bản nháp
        </button>
      ) : null}
      {p}
    </div>
  );
}

function AgencyName({ className, text }: { className: string; text: string }) {
  return (
    <div className={className}>
      {agencyLines(text).map((l) => (
        <div key={l}>{l}</div>
      ))}
    </div>
  );
}

function Header({ doc }: { doc: ReportDocument }) {
  return (
    <table className="doc-header">
      <tbody>
        <tr>
          <td className="hdr-left">
            {doc.header.parentBody ? <AgencyName className="hdr-parent" text={doc.header.parentBody} /> : null}
            <AgencyName className="hdr-unit" text={doc.header.unitName} />
            <div className="hdr-rule short" />
            <div className="hdr-number">{doc.header.numberLine}</div>
            {doc.header.subject ? <div className="hdr-subject">{doc.header.subject}</div> : null}
          </td>
          <td className="hdr-right">
            <div className="hdr-nation">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
            <div className="hdr-motto">Độc lập - Tự do - Hạnh phúc</div>
            <div className="hdr-rule long" />
            <div className="hdr-date">{doc.header.placeDate}</div>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function AppendixView({ a, onRef }: { a: Appendix; onRef: OnRef }) {
  return (
    <article className={`paper ${a.landscape ? 'landscape' : ''}`} aria-label={`Phụ lục ${a.number}`}>
      <div className="doc-appendix-no">Phụ lục {a.number}</div>
      <div className="doc-appendix-title">{a.title}</div>
      <div className="doc-appendix-ref">{a.reference}</div>
      {a.intro?.map((b, i) => <BlockView key={i} block={b} onRef={onRef} />)}
      <TableView table={a.table} onRef={onRef} />
    </article>
  );
}

export function ReportPaper({ doc, onRef, onAccept }: { doc: ReportDocument; onRef: OnRef; onAccept?: OnAccept }) {
  const papers = usePaperZoom<HTMLDivElement>();
  return (
    <div className="papers" ref={papers}>
      <article className="paper" aria-label="Báo cáo">
        <Header doc={doc} />
        {doc.docType || doc.title ? (
          <>
            <div className="doc-type">{doc.docType}</div>
            <div className="doc-title">{doc.title}</div>
            {doc.subtitle ? <div className="doc-subtitle">{doc.subtitle}</div> : null}
            <div className="doc-title-rule" />
          </>
        ) : null}
        {doc.kinhGui.length === 1 ? (
          <div className="doc-kinhgui single">Kính gửi: {doc.kinhGui[0]}.</div>
        ) : doc.kinhGui.length > 1 ? (
          <div className="doc-kinhgui">
            <span>Kính gửi:</span>
            <ul>
              {doc.kinhGui.map((k, i) => (
                <li key={k}>
                  - {k}
                  {i === doc.kinhGui.length - 1 ? '.' : ';'}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {doc.body.map((b, i) => (
          <BlockView key={i} block={b} onRef={onRef} onAccept={onAccept} />
        ))}
        <table className="doc-sign">
          <tbody>
            <tr>
              <td className="noi-nhan">
                <div className="nn-title">Nơi nhận:</div>
                {doc.noiNhan.map((l) => (
                  <div key={l}>{l}</div>
                ))}
              </td>
              <td className="signer">
                {doc.signer.titleLines.map((l) => (
                  <div key={l} className="b">
                    {l}
                  </div>
                ))}
                <div className="sign-space" />
                <div className="b">{doc.signer.name || <span className="muted-doc">(chưa có họ tên người ký)</span>}</div>
              </td>
            </tr>
          </tbody>
        </table>
      </article>
      {doc.appendices.map((a) => (
        <AppendixView key={a.number} a={a} onRef={onRef} />
      ))}
    </div>
  );
}
