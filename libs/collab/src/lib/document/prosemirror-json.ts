/** A mark of ProseMirror's JSON form (`Mark.toJSON()`). */
export interface ProseMirrorMarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A node of ProseMirror's JSON form (`Node.toJSON()`); a whole document has `type: 'doc'`. */
export interface ProseMirrorNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: ProseMirrorNodeJSON[];
  marks?: ProseMirrorMarkJSON[];
  text?: string;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target if it is an absolute http, https or mailto URL, else null. Exports render other
 * links (javascript:, data:, relative paths…) as plain text: a file may be opened anywhere.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 2048) return null;
  const trimmed = href.trim();
  try {
    return SAFE_PROTOCOLS.has(new URL(trimmed).protocol) ? trimmed : null;
  } catch {
    return null;
  }
}

/** The heading level of a heading node, within 1..6 (the note editor uses 2 and 3). */
export function headingLevel(node: ProseMirrorNodeJSON): number {
  const level = Number(node.attrs?.level);
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level)) : 2;
}

/** The first number of an ordered list (`start`, default 1). */
export function orderedListStart(node: ProseMirrorNodeJSON): number {
  const start = Number(node.attrs?.start ?? 1);
  return Number.isSafeInteger(start) && start >= 0 ? start : 1;
}

/** One cell of a table laid out on its grid. */
export interface TableGridCell {
  cell: ProseMirrorNodeJSON;
  /** `tableHeader` rather than `tableCell`. */
  header: boolean;
  colspan: number;
  rowspan: number;
}

/**
 * A table on a rectangular grid. Each position holds the cell that starts there, `'spanned'` when
 * a colspan/rowspan from another cell covers it, or null when the row is short (an empty cell).
 */
export interface TableGrid {
  rows: (TableGridCell | 'spanned' | null)[][];
  columns: number;
  /** Leading rows made only of header cells (at least 1 when the first row is; 0 otherwise). */
  headerRows: number;
}

const span = (value: unknown) => {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 1000) : 1;
};

/**
 * Places a `table` node's cells on a grid, honouring colspan and rowspan, and pads short rows, so
 * renderers that need a rectangle (Markdown, pdfmake) get one.
 */
export function tableGrid(table: ProseMirrorNodeJSON): TableGrid {
  const rowNodes = (table.content ?? []).filter((r) => r.type === 'tableRow');
  const rows: (TableGridCell | null)[][] = rowNodes.map(() => []);
  /** Positions already taken by a rowspan from above. */
  const covered = rowNodes.map(() => new Set<number>());
  rowNodes.forEach((row, r) => {
    let col = 0;
    for (const cell of row.content ?? []) {
      while (covered[r].has(col)) col++;
      const colspan = span(cell.attrs?.colspan);
      const rowspan = Math.min(span(cell.attrs?.rowspan), rowNodes.length - r);
      rows[r][col] = { cell, header: cell.type === 'tableHeader', colspan, rowspan };
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          if (dr === 0 && dc === 0) continue;
          covered[r + dr].add(col + dc);
        }
      }
      col += colspan;
    }
  });
  const columns = Math.max(
    0,
    ...rows.map((row, r) => Math.max(row.length, ...[...covered[r]].map((c) => c + 1))),
  );
  const grid = rows.map((row, r) =>
    Array.from({ length: columns }, (_, c) => row[c] ?? (covered[r].has(c) ? 'spanned' : null)),
  );
  const isCell = (slot: TableGridCell | 'spanned' | null): slot is TableGridCell =>
    slot !== null && slot !== 'spanned';
  let headerRows = 0;
  while (
    headerRows < grid.length &&
    grid[headerRows].some(isCell) &&
    grid[headerRows].every((slot) => !isCell(slot) || slot.header)
  ) {
    headerRows++;
  }
  return { rows: grid, columns, headerRows };
}
