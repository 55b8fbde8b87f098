import type ExcelJSModule from "exceljs";

/**
 * exceljs, imported on the first workbook made or read, not when the server starts: the library
 * costs ~29 MB of resident memory an idle server need not hold (#11 item 8, idle RSS). Node caches
 * the module, so later calls cost one resolved promise.
 */
export async function excel(): Promise<typeof ExcelJSModule> {
  return (await import("exceljs")).default;
}
