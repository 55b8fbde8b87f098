/** The asset list's request URL: shared with the server's index page (common/asset-list-url.ts). */
export {
  assetListParams,
  assetListQuery,
  assetListUrl,
  FILTER_KEYS,
  PAGE,
} from "../../../../common/asset-list-url";
