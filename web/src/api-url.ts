/** Query strings for API paths: shared with the server (common/query-url.ts). */
export { type Query, withQuery } from "../../common/query-url";
