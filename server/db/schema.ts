// Every table of the app, for Drizzle and drizzle-kit. Modules own their tables.ts.
export * from "../audit/tables";
export * from "../auth/tables";
export * from "../directory/tables";
export * from "../jobs/tables";
export * from "../limits/tables";
export * from "../modules/accounts/tables";
export * from "../modules/assets/tables";
export * from "../modules/assurance/tables";
export * from "../modules/documents/tables";
export * from "../modules/incidents/tables";
export * from "../modules/org/tables";
export * from "../modules/registers/tables";
export * from "../modules/requests/tables";
export * from "../modules/software/tables";
export * from "../modules/suppliers/tables";
export * from "../notify/tables";
export * from "../settings/tables";
