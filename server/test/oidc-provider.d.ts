/** oidc-provider ships no types (tests only start it): the little the tests use. */
declare module "oidc-provider" {
  import type { Server } from "node:http";
  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    listen(port: number): Server;
  }
}
