/**
 * What a hostile or broken file may not make us do. The caps sit far above any real plan (a
 * 50,000-row plan has about 1 million cells, some 20 MB of sheet XML and 100,000 strings) and
 * far below what would exhaust the pane's tab or the CLI's 500 MB.
 */
export const LIMITS = {
  /** Uncompressed bytes of one part we inflate. */
  partBytes: 256 * 1024 * 1024,
  /** Uncompressed bytes of every part of the package together, as the zip declares them. */
  packageBytes: 2 * 1024 * 1024 * 1024,
  /** Uncompressed ÷ compressed size above which a large part is taken for a zip bomb. */
  ratio: 250,
  /** Parts smaller than this are never taken for a bomb, whatever their ratio. */
  ratioFloor: 4 * 1024 * 1024,
  sharedStrings: 2_000_000,
  /** Unpacked bytes of the shared strings: a 50,000-row plan's are about a third of this. */
  sharedStringsBytes: 32 * 1024 * 1024,
  cellsPerSheet: 5_000_000,
} as const;
