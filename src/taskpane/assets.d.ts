/** A workbook bundled with the pane: webpack gives its URL (an asset/resource module). */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
