/** Reading uploaded sheets: shared by every module that imports (server/http/sheet-read.ts). */
export * from "../../http/sheet-read";
