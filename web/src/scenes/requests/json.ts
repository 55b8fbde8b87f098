// biome-ignore lint/suspicious/noExplicitAny: request views are read loosely (the presenter is the contract)
export type Json = any;
