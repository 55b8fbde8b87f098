/**
 * Generated from the server's OpenAPI document (/api/openapi.json) by
 * scripts/api-types/generate.ts — do not edit: run `npm run gen:api`.
 * `npm run check` fails when this file is older than the routes' schemas.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Service is up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "pglite" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in (ログイン) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LoginReq"];
                };
            };
            responses: {
                /** @description Signed in, or a second factor is owed ({mfaRequired:true}) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"] | components["schemas"]["MfaPending"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description invalid_credentials / invalid_code */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description account_disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description account_locked */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description rate_limited */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish signing in with a TOTP or recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MfaCodeReq"];
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SignedIn"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description account_locked */
                423: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, their duties and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed-in user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/banner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The login banner of the active profile */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Banner text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginBanner"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change one's own password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PasswordChangeReq"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start TOTP enrolment: secret, otpauth URL and QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Scan the QR code */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MfaSetup"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already on */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm TOTP enrolment with a code; returns 10 one-time recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MfaCodeReq"];
                };
            };
            responses: {
                /** @description Enabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MfaEnabled"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not set up */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn TOTP off (refused when the profile requires it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MfaDisableReq"];
                };
            };
            responses: {
                /** @description Disabled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not on */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Logins with their lock state (administrators) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    state?: "all" | "locked" | "disabled" | "active";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Logins */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UserLogin"][];
                            total: number;
                            policies: {
                                [key: string]: boolean;
                            };
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock a login locked by failed attempts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The login after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserLogin"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a login (ends its sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The login after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserLogin"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a disabled login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The login after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserLogin"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/mfa-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a login's authenticator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The login after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserLogin"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a temporary password (shown once; must be changed at next sign-in) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The temporary password */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemporaryPassword"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** シングルサインオンの有無 / Whether single sign-on is offered */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Shown on the sign-in screen */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SsoInfo"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OIDC: to the provider (authorization code + PKCE) / Start single sign-on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the provider, or back to /login?sso_error=… */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description oidc_not_configured */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OIDC: the provider's answer / Finish single sign-on */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                    session_state?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed in (to /), the second factor owed (/login?sso=mfa), or refused (/login?sso_error=…) */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description oidc_not_configured */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 組織図（局・部・課の木）/ The organization chart */
        get: {
            parameters: {
                query?: {
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tree */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DepartmentTree"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DepartmentCreateReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Code in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 改称・移動・廃止 / Rename, move, deactivate */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DepartmentUpdateReq"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description In use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 職員の検索 / Search people (only those the user may see) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    departmentId?: string;
                    employmentType?: "regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker";
                    includeInactive?: "true" | "false";
                    limit?: number;
                    offset?: number | null;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PeoplePage"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonCreateReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Number in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Person with role assignments and login state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PersonUpdateReq"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/people/{id}/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ログインの作成（仮パスワードは一度だけ表示）/ Create a login (temporary password shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateLoginReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CreateLoginRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/role-assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    roleKey?: string;
                    personId?: string;
                    departmentId?: string;
                    current?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["RoleAssignment"][];
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleAssignmentCreateReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoleAssignment"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/role-assignments/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 役割の終了（validTo = 最終日）/ End a role assignment (validTo = last day held) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RoleAssignmentEndReq"];
                };
            };
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoleAssignment"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already ended */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/role-assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 役割を本日付で終了（履歴は残る）/ End a role assignment as of today (history kept) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoleAssignment"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already ended */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    personId?: string;
                    current?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Deputy"][];
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DeputyCreateReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deputy"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deputies/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deputy"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already ended */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["TransferBatch"][];
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TransferCreateReq"];
                };
            };
            responses: {
                /** @description Planned batch */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransferBatch"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人事異動の取込み（職員番号・氏名・異動先所属・新職名・発令日）/ Import a transfer sheet (dry run by default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx or .csv (UTF-8 / Shift_JIS)
                         */
                        file?: string;
                        /**
                         * @description Default true: check only
                         * @enum {string}
                         */
                        dryRun?: "true" | "false";
                        /** @enum {string} */
                        commitValidRows?: "true" | "false";
                        title?: string;
                        /** Format: date */
                        effectiveDate?: string;
                    };
                };
            };
            responses: {
                /** @description Result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransferImportRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Batch with items and handover lists */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransferBatch"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人事異動の適用（発令日以降・一括）/ Apply a batch (on or after its effective date, atomically) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransferBatch"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not planned / not yet effective */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 人事異動の取消 / Cancel a planned batch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransferBatch"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not planned */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 緊急連絡網 / Emergency contact network */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Network in escalation order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactNetwork"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/directory-sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ディレクトリ同期の設定と実行履歴 / Directory sync settings and runs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Settings (without the bind password) and the latest runs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectorySyncOverview"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/directory-sync/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ドライラン（差分の確認・未反映）/ Dry run: read the directory and keep its differences */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, unknown>;
                };
            };
            responses: {
                /** @description The dry run */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectorySyncRun"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description directory_not_configured */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description directory_unavailable (nothing recorded) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/directory-sync/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "new" | "changed" | "moved" | "disabled" | "removed" | "enabled" | "linked";
                    offset?: number | null;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A run with a page of its differences and errors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectorySyncRun"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/directory-sync/runs/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ドライランの承認・反映 / Approve and apply a dry run (all or nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 無効化が上限を超えても反映する / apply although more than the allowed share is disabled */
                        confirmMassDisable?: boolean;
                    };
                };
            };
            responses: {
                /** @description Applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DirectorySyncRun"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description directory_changed / directory_has_errors / mass_disable_unconfirmed / run_not_previewed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description directory_unavailable (nothing applied) */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/separations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 休職・退職の一覧 / Leaves and retirements */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SeparationList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 休職・退職の登録 / Plan a leave or a retirement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SeparationCreateReq"];
                };
            };
            responses: {
                /** @description Planned */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Separation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already planned */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/separations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 休職・退職の引き継ぎ / What a leave or retirement ends and leaves to reassign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Detail */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Separation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/separations/{id}/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 休職・退職の反映（アクセス終了）/ Apply: access ends (on or after the effective date) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Separation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not planned / not yet effective */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/separations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 休職・退職の取消 / Cancel a planned leave or retirement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cancelled */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Separation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not planned */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報資産台帳のExcel出力 / Export the register as .xlsx */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    confidentiality?: string;
                    integrity?: string;
                    availability?: string;
                    confidentialityAtLeast?: string;
                    zone?: string;
                    kind?: string;
                    status?: string;
                    departmentId?: string;
                    hasPersonalInfo?: "true" | "false";
                    specificPersonalInfo?: "true" | "false";
                    sensitivePersonalInfo?: "true" | "false";
                    classificationPending?: "true" | "false";
                    disposalDueBefore?: string;
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The register (the list's filters; only what the caller may see) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報資産台帳のCSV出力（UTF-8 BOM付き / Shift_JIS）/ Export the register as CSV */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    confidentiality?: string;
                    integrity?: string;
                    availability?: string;
                    confidentialityAtLeast?: string;
                    zone?: string;
                    kind?: string;
                    status?: string;
                    departmentId?: string;
                    hasPersonalInfo?: "true" | "false";
                    specificPersonalInfo?: "true" | "false";
                    sensitivePersonalInfo?: "true" | "false";
                    classificationPending?: "true" | "false";
                    disposalDueBefore?: string;
                    encoding?: "utf-8" | "shift_jis";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The register (the list's filters; only what the caller may see) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/export.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報資産台帳の印刷用PDF（所管課ごと）/ The printable register per department (PDF) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    confidentiality?: string;
                    integrity?: string;
                    availability?: string;
                    confidentialityAtLeast?: string;
                    zone?: string;
                    kind?: string;
                    status?: string;
                    departmentId?: string;
                    hasPersonalInfo?: "true" | "false";
                    specificPersonalInfo?: "true" | "false";
                    sensitivePersonalInfo?: "true" | "false";
                    classificationPending?: "true" | "false";
                    disposalDueBefore?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The register, one section per department (at most 5000 assets) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 情報資産台帳の取込み（.xlsx / .csv）/ Import an asset register sheet
         * @description multipart/form-data: file (.xlsx, or .csv in UTF-8 or Shift_JIS; at most 50 MB), dryRun=true|false (default true), mode=all-or-nothing|valid-rows (default all-or-nothing), mapping (JSON {columnHeader: fieldKey}), background=true (answer 202 with a job id at once; poll GET /api/assets/import/{jobId}). Rows are upserted by asset number; each row is authorized for its department.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                        /** @enum {string} */
                        dryRun?: "true" | "false";
                        /** @enum {string} */
                        mode?: "all-or-nothing" | "valid-rows";
                        /** @description JSON: {"列名": "fieldKey"}; "" skips a column */
                        mapping?: string;
                        /** @enum {string} */
                        background?: "true" | "false";
                    };
                };
            };
            responses: {
                /** @description Result (dry run, or committed) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetImportResult"];
                    };
                };
                /** @description Started in the background */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobId: string;
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description File too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 取込みの進捗 / Progress of an import */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetImportProgress"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 保存した検索条件 / Saved views */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Views */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetSavedViewList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetSavedViewReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetSavedView"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Name in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetViewDeleted"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetSavedViewUpdateReq"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetSavedView"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/assets/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自分宛ての対応（分類の決定・所在不明）/ My open follow-ups */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetTaskList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 棚卸しの一覧（所管課ごとの完了状況）/ Inventory campaigns and completion per department */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaignList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 棚卸しの開始（年度・所管課）/ Start an inventory for a year and department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InventoryCampaignCreateReq"];
                };
            };
            responses: {
                /** @description Started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaign"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaign with items */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaign"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/campaigns/{id}/items/{assetId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 棚卸し結果の記録（確認・移動・所在不明・廃棄）/ Record a result */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    assetId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InventoryItemReq"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaign"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/campaigns/{id}/found": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 台帳にない資産の追加（分類未確定で登録）/ Add an unregistered asset found */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["InventoryFoundReq"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaign"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/campaigns/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Completed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryCampaign"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Items pending */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/inventory/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 棚卸し結果報告（年度・所管課別の完了状況）/ Inventory results report */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InventoryReport"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報資産台帳の一覧・検索 / List and search the asset register */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    confidentiality?: string;
                    integrity?: string;
                    availability?: string;
                    confidentialityAtLeast?: string;
                    zone?: string;
                    kind?: string;
                    status?: string;
                    departmentId?: string;
                    hasPersonalInfo?: "true" | "false";
                    specificPersonalInfo?: "true" | "false";
                    sensitivePersonalInfo?: "true" | "false";
                    classificationPending?: "true" | "false";
                    disposalDueBefore?: string;
                    sort?: "assetNumber" | "name" | "updatedAt" | "disposalDueDate";
                    order?: "asc" | "desc";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetPage"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 情報資産の登録 / Register an asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetCreateReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Asset number in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 一括変更（管理者・保管場所・分類）すべてか無しか / Bulk edit, all or nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetBulkReq"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報資産の詳細（実効分類・取扱制限・関連・履歴）/ An asset with its effective levels, restrictions, relations and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The asset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetUpdateReq"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Asset number in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/assets/{id}/reclassify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 分類の変更・決定（理由必須）/ Reclassify or decide a pending classification (reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReclassifyReq"];
                };
            };
            responses: {
                /** @description Reclassified */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 状態の変更（使用中・貸出中・持出中・紛失・廃棄）/ Change status */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetStatusReq"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 関連の追加（含む・複製・稼働・保管）/ Add a relation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetRelationReq"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/relations/{relationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    relationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/named-people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取扱者の指定（最高区分の閲覧者）/ Name a person who may see the asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssetNamedPersonReq"];
                };
            };
            responses: {
                /** @description Named */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/named-people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssetDetailOrGone"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査ログの検索 (search the audit log) */
        get: {
            parameters: {
                query?: {
                    type?: string;
                    actorPersonId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of events, newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: components["schemas"]["AuditEvent"][];
                            nextBefore: number | null;
                            policies: {
                                verify: boolean;
                                export: boolean;
                            };
                        };
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査ログの出力（Excel、先頭に機密性表示）(export the audit log, marked) */
        get: {
            parameters: {
                query?: {
                    type?: string;
                    actorPersonId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/events.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査ログの出力（CSV、先頭に機密性表示）(export the audit log, marked) */
        get: {
            parameters: {
                query?: {
                    type?: string;
                    actorPersonId?: string;
                    targetType?: string;
                    targetId?: string;
                    from?: string;
                    to?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査ログの改ざん検証 (verify the audit hash chain) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Chain verification result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditVerifyResult"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 署名済み先頭記録の出力 (export the signed head of the audit chain) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed head */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditSignedHead"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 有効なポリシープロファイル (the active policy profile) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The active profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 利用できるプロファイルの一覧 (profiles shipped with this installation) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Profiles */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProfileList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/profile/clauses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 条項の本文と対応 (a clause's text and how Sekimori meets it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The clause */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Clause"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 有効なプロファイルの変更 (switch the active profile) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProfileSettingReq"];
                };
            };
            responses: {
                /** @description The new active profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申請一覧の出力（Excel）/ Export the request list */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "waiting" | "all";
                    status?: string;
                    kind?: string;
                    followUp?: "overdue" | "return_to_confirm" | "late";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申請一覧の出力（CSV）/ Export the request list */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "waiting" | "all";
                    status?: string;
                    kind?: string;
                    followUp?: "overdue" | "return_to_confirm" | "late";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Request kinds of the active profile, in plain words, with their fields and rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kinds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestKindsRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whether this act needs approval, why (clauses) and who would approve — without creating anything */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        /** @default [] */
                        assetIds?: string[];
                        fields?: {
                            [key: string]: string | boolean | number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Decision */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestPreviewRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My requests, requests waiting for my decision, or all I may see */
        get: {
            parameters: {
                query?: {
                    scope?: "mine" | "waiting" | "all";
                    status?: string;
                    kind?: string;
                    followUp?: "overdue" | "return_to_confirm" | "late";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestListRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create a request (draft) with the decision it rests on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        /** @default [] */
                        assetIds?: string[];
                        /** @default {} */
                        fields?: {
                            [key: string]: string | boolean | number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My in-app notifications about requests */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestNotificationsRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestNotificationReadRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Report of self-approvals with their recorded reasons (for the CISO) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Overrides */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestOverridesRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A request with its assets (classification and handling restrictions), approvers and decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft (fields, assets); the approval decision is evaluated again (409 unless a draft) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assetIds?: string[];
                        fields?: {
                            [key: string]: string | boolean | number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The request after the edit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit (or resubmit after a return) for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields?: {
                            [key: string]: string | boolean | number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the waiting step (403 separation_of_duties for one's own request without an override) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject (reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return for changes (reason required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                        override?: {
                            reason: string;
                        };
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the approved act started (e.g. the asset was carried out) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/return-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a carried-out asset back (帰庁後の報告) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        returnedAt: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete with what the kind needs (return confirmed, disposal evidence, provision record) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nothingMissing?: boolean;
                        note?: string;
                        method?: string;
                        disposedOn?: string;
                        /** Format: uuid */
                        personId?: string;
                        certificateNumber?: string;
                        photoRef?: string;
                        providedOn?: string;
                        recipient?: string;
                        encrypted?: boolean;
                        quantity?: string;
                        mediumForm?: string;
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel (requester; not once in effect) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/post-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Post-report of an emergency exception (事後報告) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        report: string;
                    };
                };
            };
            responses: {
                /** @description The request after the action */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RequestRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed in the request's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Registers */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registers"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/media_loan_log/unreturned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Media lent and not returned */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Unreturned media */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnreturnedMedia"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{register}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a register (.xlsx or PDF) with the same filters and visibility as the list */
        get: {
            parameters: {
                query: {
                    state?: "open" | "overdue" | "to_confirm";
                    from?: string;
                    to?: string;
                    departmentId?: string;
                    personId?: string;
                    assetId?: string;
                    requestId?: string;
                    limit?: number;
                    format: "xlsx" | "pdf";
                };
                header?: never;
                path: {
                    register: "carry_out_log" | "disposal_log" | "area_access_log" | "media_loan_log" | "work_log" | "failure_log" | "data_handover_log";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description File */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registers/{register}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries of a register, with filters (date range in JST, department, person, asset) */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "overdue" | "to_confirm";
                    from?: string;
                    to?: string;
                    departmentId?: string;
                    personId?: string;
                    assetId?: string;
                    requestId?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    register: "carry_out_log" | "disposal_log" | "area_access_log" | "media_loan_log" | "work_log" | "failure_log" | "data_handover_log";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Entries: the carry-out log's rows, or the register's entries */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegisterEntries"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Append an entry (a correction names the entry it corrects; an exit/return/confirmation names the entry it ends) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    register: "disposal_log" | "area_access_log" | "media_loan_log" | "work_log" | "failure_log" | "data_handover_log";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entryType: string;
                        occurredAt: string;
                        /** Format: uuid */
                        departmentId?: string;
                        /** Format: uuid */
                        personId?: string | null;
                        /** Format: uuid */
                        assetId?: string | null;
                        /** @default {} */
                        data?: {
                            [key: string]: unknown;
                        };
                        /** Format: uuid */
                        correctsId?: string;
                        /** Format: uuid */
                        closesId?: string;
                    };
                };
            };
            responses: {
                /** @description Appended */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AppendedRegisterEntry"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** インシデント一覧の出力（Excel）/ Export the incident list */
        get: {
            parameters: {
                query?: {
                    stage?: "new" | "triage" | "containment" | "recovery" | "closed" | "open";
                    category?: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other";
                    awaiting?: "acknowledge";
                    ppc?: "undecided";
                    severity?: "low" | "medium" | "high" | "critical" | "none";
                    fiscalYear?: number;
                    month?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** インシデント一覧の出力（CSV）/ Export the incident list */
        get: {
            parameters: {
                query?: {
                    stage?: "new" | "triage" | "containment" | "recovery" | "closed" | "open";
                    category?: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other";
                    awaiting?: "acknowledge";
                    ppc?: "undecided";
                    severity?: "low" | "medium" | "high" | "critical" | "none";
                    fiscalYear?: number;
                    month?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 公開の報告フォーム（ログイン不要、添付は multipart で3個・各5MBまで） / Public report form (no sign-in; attachments as multipart, up to 3 of 5 MB) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["PublicReportReq"];
                    "multipart/form-data": components["schemas"]["PublicReportForm"];
                };
            };
            responses: {
                /** @description Received; keep the receipt number */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicReportRes"];
                    };
                };
                /** @description Invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many reports from this address */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/contact-point": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 統一的な窓口と連絡方法 / The security contact point and how to reach it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contact point */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPoint"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contact-point": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 統一的な窓口の電話番号・電子メール（連絡手段の公表）/ Set how to reach the contact point */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ContactMeansReq"];
                };
            };
            responses: {
                /** @description Contact point */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContactPoint"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** インシデント一覧（見てよいものだけ） / Cases the user may see */
        get: {
            parameters: {
                query?: {
                    stage?: "new" | "triage" | "containment" | "recovery" | "closed" | "open";
                    category?: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other";
                    awaiting?: "acknowledge";
                    ppc?: "undecided";
                    severity?: "low" | "medium" | "high" | "critical" | "none";
                    fiscalYear?: number;
                    month?: string;
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentPage"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 職員からの報告 / Report by staff */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StaffReportReq"];
                };
            };
            responses: {
                /** @description Reported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentReported"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年度の指標（確認・判断・封じ込め・終結までの時間、分類・重大度別件数） / Metrics per 年度 */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Metrics */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentMetrics"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自分宛ての通知 / My notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentNotifications"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 確認（受領） / Acknowledge the step told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AcknowledgeReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/escalations/{escalationId}/post-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 代行者の事後報告 / The deputy's report afterwards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    escalationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PostReportReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** CSIRTの判断 / CSIRT triage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TriageReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 段階を進める / Move the stage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StageReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 終結（原因・措置・再発防止策） / Close */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CloseReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/prevention-actions/{actionId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 再発防止策の完了 / Prevention action done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    actionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PreventionDoneReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作業の追加 / Add a task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentTaskCreateReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 作業の結果 / Task result */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IncidentTaskUpdateReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 経過の記録 / Timeline entry */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TimelineReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 関係する情報資産 / Link an affected asset */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkAssetReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/restriction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 閲覧制限 / Restrict to named members */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RestrictionReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 閲覧メンバーの解除 / Remove a named member */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case after the change, or that it is no longer visible */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCaseAnswer"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description The last member of a restricted case */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/outside-reports/{bodyKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 外部機関への報告の判断・送付 / Outside report decision */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    bodyKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["OutsideReportReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/ppc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 個人情報保護委員会への報告義務の事実 / PPC facts */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PpcFactsReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/press": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 報道発表の判断 / Press decision */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PressReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添付・証拠の登録（PDF/PNG/JPEG/テキスト、10MBまで、SHA-256） / Upload an attachment or evidence */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["IncidentFileUpload"];
                };
            };
            responses: {
                /** @description The case */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ファイルのダウンロード / Download a file */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (always as a download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/files/{fileId}/custody": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 証拠の引渡し記録 / Chain of custody */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CustodyReq"];
                };
            };
            responses: {
                /** @description The case after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IncidentCase"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 違反の一覧 / Violations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description List */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ViolationList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 違反の報告 / Report a violation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ViolationCreateReq"];
                };
            };
            responses: {
                /** @description Reported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Violation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/{id}/notify-manager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 所属課の管理者へ通知 / Notify the department's manager */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Empty"];
                };
            };
            responses: {
                /** @description The violation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Violation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 措置の記録 / Record measures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ViolationMeasuresReq"];
                };
            };
            responses: {
                /** @description The violation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Violation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/{id}/rights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** システム利用権の停止・剥奪・回復 / Suspend, withdraw or restore system rights */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ViolationRightsReq"];
                };
            };
            responses: {
                /** @description The violation */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Violation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emergency-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 緊急時対応計画（最新版と版の一覧） / Emergency response plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmergencyPlan"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** 緊急時対応計画の案を保存（承認と公開は文書の画面で、作成者以外が承認） / Save a draft of the plan (approved by another and published as a document) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmergencyPlanReq"];
                };
            };
            responses: {
                /** @description Plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmergencyPlan"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/emergency-plan/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Plan version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmergencyPlan"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/installations/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ソフトウェア台帳の出力（Excel）/ Export the software register */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    departmentId?: string;
                    assetId?: string;
                    eos?: "flagged" | "unknown" | "ok";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/installations/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ソフトウェア台帳の出力（CSV）/ Export the software register */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    departmentId?: string;
                    assetId?: string;
                    eos?: "flagged" | "unknown" | "ok";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/matches/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脆弱性の照合結果の出力（Excel）/ Export vulnerability matches */
        get: {
            parameters: {
                query?: {
                    state?: "unconfirmed" | "not_affected" | "in_progress" | "applied" | "workaround" | "accepted";
                    view?: "confirm" | "overdue" | "open" | "all";
                    departmentId?: string;
                    advisoryId?: string;
                    severity?: "critical" | "high" | "medium" | "low" | "none";
                    age?: "0-7" | "8-30" | "31-90" | "91+";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/matches/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脆弱性の照合結果の出力（CSV）/ Export vulnerability matches */
        get: {
            parameters: {
                query?: {
                    state?: "unconfirmed" | "not_affected" | "in_progress" | "applied" | "workaround" | "accepted";
                    view?: "confirm" | "overdue" | "open" | "all";
                    departmentId?: string;
                    advisoryId?: string;
                    severity?: "critical" | "high" | "medium" | "low" | "none";
                    age?: "0-7" | "8-30" | "31-90" | "91+";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/tasks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脆弱性の対応（私の対応）の出力（Excel）/ Export my vulnerability tasks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/tasks/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 脆弱性の対応（私の対応）の出力（CSV）/ Export my vulnerability tasks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/installations/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ソフトウェア台帳の取込み / Import the software inventory (.xlsx/.csv; dry run by default; a file with errors imports nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx or .csv (UTF-8 / Shift_JIS): ベンダー, 製品名, バージョン, 資産番号 … or a software list exported by an asset-management tool (発行元, ソフトウェア名, DisplayVersion …)
                         */
                        file?: string;
                        /**
                         * @description Default true: check only, write nothing
                         * @enum {string}
                         */
                        dryRun?: "true" | "false";
                    };
                };
            };
            responses: {
                /** @description The plan (dry run) or what was written, with located errors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareInventoryImport"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Software products (the shared catalog) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Products */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareProducts"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Register a product (vendor, product, version, edition, CPE 2.3, JVN product ids, end of support) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendor: string;
                        product: string;
                        /** @default  */
                        version?: string;
                        /** @default  */
                        edition?: string;
                        /** @default null */
                        cpe?: string | null;
                        /** @default [] */
                        jvnProductIds?: string[];
                        /** @default null */
                        endOfSupport?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareProductCreated"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Duplicate */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/cpe-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** CPE 2.3 候補（取り込んだ脆弱性情報と登録済み製品の名前から）/ CPE names suggested for a product being registered, from the imported advisories and the catalog */
        get: {
            parameters: {
                query: {
                    vendor?: string;
                    product: string;
                    version?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Suggestions, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareCpeSuggestions"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Correct a product (e.g. its CPE or end of support); a change of what matching reads re-matches its hosts in the same transaction */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendor?: string;
                        product?: string;
                        version?: string;
                        edition?: string;
                        cpe?: string | null;
                        jvnProductIds?: string[];
                        endOfSupport?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareProductUpdated"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/software/installations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Installations on systems and devices (mine=true: the ones I own) */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    departmentId?: string;
                    assetId?: string;
                    eos?: "flagged" | "unknown" | "ok";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Installations */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareInstallations"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Register an installation on a system or device (end of support checked per profile, with clause) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        assetId: string;
                        /** @default null */
                        plannedEndOfUse?: string | null;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareInstallationCreated"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused (end of support) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/installations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Record that software was removed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareInstallationRemoved"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Licences with installed vs licensed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Licences */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareLicences"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Record a licence (count, type, expiry) of a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        productId: string;
                        /** Format: uuid */
                        departmentId: string;
                        /** @enum {string} */
                        licenceType: "perpetual" | "subscription" | "volume" | "oem" | "open_source" | "other";
                        /** @default null */
                        seats?: number | null;
                        /** @default null */
                        expiresOn?: string | null;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareLicenceCreated"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/software/end-of-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ends of support under 年度 headings and by month, with the budget warning date */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Calendar */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SoftwareEndOfSupportCalendar"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/advisories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Advisories (one per problem: CVE, or JVNDB without CVE) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    severity?: "critical" | "high" | "medium" | "low" | "none";
                    kev?: "true" | "false";
                    matched?: "true" | "false";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Advisories */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnAdvisories"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/advisories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One advisory with its NVD and JVN parts and the matches the viewer may see */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Advisory */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnAdvisoryDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported files (successes and failures with their located errors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Imports */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnImports"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Upload one advisory file (NVD CVE JSON 2.0, .json or .json.gz; MyJVN XML (HND) or JSON (OKA)) as the request body; all or nothing */
        post: {
            parameters: {
                query: {
                    name: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/octet-stream": string;
                };
            };
            responses: {
                /** @description Imported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnFeedImported"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused with a located error */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnFeedRefused"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/advisories/{id}/staff-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全職員への注意喚起 / Send a malware or urgent notice about an advisory to all staff (the profile's staff_notice duty) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "malware" | "urgent";
                        message: string;
                    };
                };
            };
            responses: {
                /** @description Sent */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnStaffNoticeSent"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/match-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Match every advisory against every installation now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Run */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnMatchRun"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Matches (view=confirm: the confirmation queue; overdue; open; all) */
        get: {
            parameters: {
                query?: {
                    state?: "unconfirmed" | "not_affected" | "in_progress" | "applied" | "workaround" | "accepted";
                    view?: "confirm" | "overdue" | "open" | "all";
                    departmentId?: string;
                    advisoryId?: string;
                    severity?: "critical" | "high" | "medium" | "low" | "none";
                    age?: "0-7" | "8-30" | "31-90" | "91+";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Matches */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnMatches"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My tasks: open matches of what I own (and, for managers, of their departments' unowned installations) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnMatches"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/matches/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a match: 影響なし / 対応中 / 適用済 / 回避策 / 受容 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        state: "not_affected" | "in_progress" | "applied" | "workaround" | "accepted";
                        /** @default null */
                        reason?: string | null;
                        /** @default null */
                        evidence?: string | null;
                        /** @default null */
                        acceptedUntil?: string | null;
                    };
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnMatchDecided"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vulnerabilities/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organization summary (CISO): open tasks by severity and age, states, overdue, to confirm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Summary */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VulnSummary"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/systems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情報システム（ID管理対象）/ Systems whose IDs are managed, with owner department and counts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Systems */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSystemList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** システムの登録（資産台帳の種別システム）/ Register a system of the asset register */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assetId: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        administratorPersonId?: string | null;
                        /**
                         * @default departments
                         * @enum {string}
                         */
                        userScope?: "organization" | "departments";
                        /** @default [] */
                        userDepartmentIds?: string[];
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSystemRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already registered */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/systems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** システムの変更（管理担当者・利用課）/ Change a system's administrator or user departments */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        administratorPersonId?: string | null;
                        /** @enum {string} */
                        userScope?: "organization" | "departments";
                        userDepartmentIds?: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSystemRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/systems/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 利用者一覧の取込み（ログイン名・職員番号・氏名・種別・特権・権限・作成日・最終利用日・状態・承認記録）/ Import a system's user list (.csv/.xlsx; dry run by default; all rows or none) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        /** @enum {string} */
                        dryRun?: "true" | "false";
                    };
                };
            };
            responses: {
                /** @description Preview or result */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountImportResult"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 利用者ID / User IDs (mine=true: my own IDs; systemId, personId, q = login name) */
        get: {
            parameters: {
                query?: {
                    systemId?: string;
                    personId?: string;
                    mine?: "true" | "false";
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description IDs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 利用者IDの登録 / Enter a user ID by hand */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        loginName: string;
                        /** @enum {string} */
                        holderKind: "person" | "shared" | "system";
                        /**
                         * Format: uuid
                         * @default null
                         */
                        personId?: string | null;
                        /** @default false */
                        privileged?: boolean;
                        /** @default null */
                        role?: string | null;
                        /** @default null */
                        createdOn?: string | null;
                        /** @default null */
                        lastUsedOn?: string | null;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        state?: "active" | "suspended" | "removed";
                        /** @default null */
                        approvalRef?: string | null;
                        /** @default null */
                        renamedFrom?: string | null;
                        /** @default null */
                        renamedOn?: string | null;
                        /** @default null */
                        connectionLimitMinutes?: number | null;
                        /**
                         * @default operation
                         * @enum {string}
                         */
                        purpose?: "operation" | "development";
                        /** @default null */
                        developmentEndsOn?: string | null;
                        /** @default null */
                        note?: string | null;
                        /** Format: uuid */
                        systemId: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SystemAccountRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Login name exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 利用者IDの変更（停止・削除・特権・最終利用日）/ Change a user ID */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        holderKind?: "person" | "shared" | "system";
                        /** Format: uuid */
                        personId?: string | null;
                        privileged?: boolean;
                        role?: string | null;
                        lastUsedOn?: string | null;
                        /** @enum {string} */
                        state?: "active" | "suspended" | "removed";
                        approvalRef?: string | null;
                        loginName?: string;
                        renamedFrom?: string | null;
                        renamedOn?: string | null;
                        connectionLimitMinutes?: number | null;
                        /** @enum {string} */
                        purpose?: "operation" | "development";
                        developmentEndsOn?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SystemAccountRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/accounts/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 職員名簿との突合（退職・異動・未使用・職員不明・重複・承認のない特権）/ Reconciliation of IDs against the people register, with the transfer and the clause */
        get: {
            parameters: {
                query?: {
                    systemId?: string;
                    kind?: "retired" | "unfit_department" | "unused" | "unknown_person" | "duplicate" | "privileged_unapproved" | "privileged_default_name" | "privileged_no_time_limit" | "development_expired";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts by kind and the findings (paged) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReconciliation"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ID棚卸し結果の出力（Excel・CSV、見えるシステムのみ）/ Export an ID review's results (.xlsx or .csv, the systems the viewer sees) */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx" | "csv";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every ID of the review the viewer may see, with findings, decisions and tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ID棚卸し（進捗つき）/ ID review campaigns with progress over the systems the viewer sees */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns and the profile's review rule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** ID棚卸しの開始（システムごとに所管課の審査者へ）/ Start an ID review over systems, split per owner */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        systemIds?: string[];
                        /** @default null */
                        dueOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Started */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewStarted"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ID棚卸しの措置（変更・削除）・未判断のID / Change and removal tasks, or undecided IDs, of the systems the viewer sees */
        get: {
            parameters: {
                query?: {
                    reviewId?: string;
                    state?: "task_open" | "undecided";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open tasks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewTasks"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ID棚卸しの詳細（システムごとの進捗と審査者）/ One review: its systems, progress and reviewers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The review */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** システムのID一覧（突合の指摘・前回との差分・判断）/ One system's IDs in the review: findings, differences since the last review, decisions */
        get: {
            parameters: {
                query: {
                    systemId: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description IDs of the system */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewItems"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}/items/{itemId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** IDの判断（継続・変更・削除と理由）/ Decide on one ID: keep, change or remove, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "keep" | "change" | "remove";
                        /** @default null */
                        reason?: string | null;
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Decided */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewItemRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}/items/{itemId}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 措置の完了（削除はIDを削除済みに）/ Mark a change or removal done (a removal stops the ID) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewItemRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/reviews/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ID棚卸しの終了（全IDの判断後）/ Close a review once every ID is decided */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Closed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountReviewRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/privileged/checkouts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 特権IDの貸出し記録（利用者・目的・時間帯・返却・利用後の確認）/ Privileged check-outs: who, why, from–to, return and review */
        get: {
            parameters: {
                query?: {
                    accountId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Check-outs the viewer took or whose system they see */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedCheckoutList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 特権IDの貸出し（保有者又は承認された代行者、プロファイルの時間内）/ Check out a privileged ID for a task (its holder or an approved deputy, within the profile's window) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        purpose: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: date-time */
                        endsAt: string;
                    };
                };
            };
            responses: {
                /** @description Checked out */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedCheckoutRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/privileged/checkouts/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 特権IDの返却（作業の内容）/ Return a privileged ID with what was done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workNote: string;
                    };
                };
            };
            responses: {
                /** @description Returned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedCheckoutRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/privileged/checkouts/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 特権ID利用後の確認（利用者以外の管理者）/ Review a returned check-out (a keeper other than the one who used it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reviewNote: string;
                    };
                };
            };
            responses: {
                /** @description Reviewed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedCheckoutRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/privileged/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 特権IDの代行者の記録（承認済みの特権代行者申請から）/ Record a deputy of a privileged ID from an approved privileged-deputy request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        accountId: string;
                        requestNumber: number;
                    };
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedDeputyRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/privileged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 特権ID・開発用IDの台帳（承認・初期名の変更・接続時間の制限・代行者・開発終了日と指摘）/ Register of privileged and development IDs with approvals, renaming, time limits, deputies and findings */
        get: {
            parameters: {
                query?: {
                    systemId?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Privileged and development IDs with findings and the rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PrivilegedRegister"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/ic-cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ICカード（mine=true: 自分のカード）/ IC cards (mine=true: my own) */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Cards */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** ICカードの発行（職員又は共用）/ Issue an IC card to a person, or a shared card of a department */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        cardNumber: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        personId?: string | null;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        departmentId?: string | null;
                        issuedOn: string;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Issued */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Card number exists */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/ic-cards/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ICカードの紛失届（本人又は誰でも）: その時点で本人のセッションを終了、カードを紛失に、プロファイルの職務へ通知、インシデントを起票。本人・管理者以外への回答は番号の有無によらず同じ / Report a lost IC card: sessions end at once, card marked lost, the profile's duties told, an incident opened; anyone but the holder and the keepers gets the same answer for every number */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        cardId?: string;
                        cardNumber?: string;
                        circumstances: string;
                        /**
                         * Format: date-time
                         * @default null
                         */
                        lostAt?: string | null;
                    };
                };
            };
            responses: {
                /** @description Reported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardLossAnswer"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not in use (told to the holder and the keepers only) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too many reports by this person */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/ic-cards/{id}/found": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 紛失カードの発見 / The lost card was found */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Wrong state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/ic-cards/{id}/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ICカードの交換（旧カードを回収・廃棄）/ Replace a card (the old card collected and destroyed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newCardNumber: string;
                        issuedOn: string;
                        /** @default null */
                        destroyMethod?: string | null;
                    };
                };
            };
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Wrong state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/accounts/ic-cards/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** ICカードの返却（退職時等）/ The card was returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IcCardRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Wrong state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点検項目（条項から生成） / Check items generated from the clause catalog */
        get: {
            parameters: {
                query?: {
                    audience?: "staff" | "department" | "system" | "network" | "bureau";
                    status?: "active" | "retired" | "changed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Items, with the catalog changes not yet applied */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceItems"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/items/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 条項カタログの変更を点検項目に反映 / Apply catalog changes to the items */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts of new, changed, retired and restored items */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceItemSync"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 点検項目の文言・対象の編集 / Edit a check item's wording or audience */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceItemEdit"];
                };
            };
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceItemWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/assurance/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自己点検（年度・種類ごと） / Self-inspection campaigns */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Campaigns and the scopes the profile defines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceCampaigns"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 年度の自己点検を生成 / Generate a self-inspection campaign for a fiscal year */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceCampaignCreate"];
                };
            };
            responses: {
                /** @description The campaign with its item and sheet counts */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceCampaignCreated"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/campaigns/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 自己点検の終了 / Close a campaign */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The campaign */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceCampaignClosed"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 局・課ごとの進捗 / Progress per bureau or department */
        get: {
            parameters: {
                query?: {
                    by?: "bureau" | "department";
                    bureauId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts per unit among the sheets the viewer may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceProgress"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/campaigns/{id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点検項目ごとの集計 / Answers per item */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts of each answer per item among the sheets the viewer may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceCampaignSummary"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/campaigns/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自己点検結果の出力（.xlsx / PDF、和暦） / Export campaign results */
        get: {
            parameters: {
                query: {
                    format: "xlsx" | "pdf";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description File (progress per 局 and 課, answers per item) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/sheets/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自分が回答する点検票 / The sheets I answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open sheets of the viewer and of the units they answer for */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceSheets"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/campaigns/{id}/sheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 課・局の点検票 / A unit's sheets of a campaign */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    bureauId?: string;
                    status?: "not_started" | "in_progress" | "submitted";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sheets of the unit the viewer may read (at most 500) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceSheets"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/sheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 点検票（質問・回答・証跡） / A sheet with its questions, answers and evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sheet */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceSheetDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/sheets/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 回答の保存（期限後は遅延として記録） / Save answers (late after the deadline) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceAnswers"];
                };
            };
            responses: {
                /** @description Counts after saving */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAnswersSaved"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Sheet submitted or campaign closed */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/sheets/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 点検票の提出 / Submit a sheet */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Submitted (late when after the deadline) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceSheetSubmitted"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already submitted */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/answers/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 回答の証跡（PDF/PNG/JPEG/テキスト、10MBまで） / Evidence for an answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["AssuranceFileUpload"];
                };
            };
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFileAdded"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/answers/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 証跡のダウンロード / Download evidence of an answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (always as a download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指摘事項（ボード） / Findings board */
        get: {
            parameters: {
                query?: {
                    state?: "open" | "in_progress" | "done" | "verified" | "closed" | "overdue" | "not_closed";
                    departmentId?: string;
                    auditId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Findings the viewer may read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFindings"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 「できていない」の回答を指摘事項にする / Turn a gap into a finding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceFindingCreate"];
                };
            };
            responses: {
                /** @description The finding */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFindingWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指摘事項（証跡・横展開） / A finding with its evidence and lateral checks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The finding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFindingDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 指摘事項の更新・状態遷移 / Update a finding or move its state */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceFindingUpdate"];
                };
            };
            responses: {
                /** @description The finding */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFindingWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Evidence required */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/assurance/findings/{id}/lateral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 横展開（他の課で同じ点検） / Open the same check in other departments */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceLateral"];
                };
            };
            responses: {
                /** @description The lateral findings */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceLateralFindings"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/findings/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 是正の証跡（PDF/PNG/JPEG/テキスト、10MBまで） / Evidence for the correction of a finding */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["AssuranceFileUpload"];
                };
            };
            responses: {
                /** @description The stored file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceFileAdded"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/findings/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 証跡のダウンロード / Download evidence of the correction of a finding */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (always as a download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/improvement-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 改善計画 / Improvement plans */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Plans the viewer may read, with the profile's approval rule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePlans"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 改善計画の作成（指摘事項をまとめる） / Group findings into an improvement plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssurancePlanCreate"];
                };
            };
            responses: {
                /** @description The plan (draft) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePlanWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/improvement-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 改善計画（指摘事項・承認） / An improvement plan with its findings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePlanDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/improvement-plans/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改善計画の承認依頼 / Submit a plan for approval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePlanWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/improvement-plans/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改善計画の承認・差し戻し（プロファイルが定める職） / Approve or return a plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssurancePlanDecision"];
                };
            };
            responses: {
                /** @description The plan */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePlanWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査・内部検査 / Audits and internal inspections */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Audits the viewer may read, and the kinds the profile defines */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAudits"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 監査実施計画（監査人の独立性を確認） / Plan an audit (auditor independence checked) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceAuditCreate"];
                };
            };
            responses: {
                /** @description The planned audit */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditPlanned"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査（計画・調書・報告） / An audit with its auditors, working papers and report */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 監査実施計画の承認 / Approve the audit plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 監査の開始（監査人の閲覧権限を付与） / Start fieldwork (auditors' read access begins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 監査の終了（調書は閲覧のみ、閲覧権限終了） / Close (papers read-only, read access ends) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The audit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 監査報告 / Report the audit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceAuditReport"];
                };
            };
            responses: {
                /** @description The audit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssuranceAuditRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 監査調書の作成 / Add a working paper */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssuranceWorkingPaper"];
                };
            };
            responses: {
                /** @description The working paper */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AssurancePaperRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assurance/audits/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 監査報告書の出力（.xlsx / PDF、和暦） / Export the audit report */
        get: {
            parameters: {
                query: {
                    format: "xlsx" | "pdf";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description File (plan, auditors, working papers, findings, report) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文書の種類（プロファイル）と作成できる範囲 / Document kinds of the profile and where I may create them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Kinds */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentKinds"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文書の一覧（view=to_read: 閲覧確認が必要なもの） / Documents (to_read: those I must acknowledge) */
        get: {
            parameters: {
                query?: {
                    view?: "all" | "to_read";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 文書の登録（種類の所管者） / Create a document (by the keeper the profile names) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentReq"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文書と版の一覧 / A document and its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Document */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 文書の件名・公開先の変更 / Change a document's title, system or audience */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 評価（見直し）の記録（西原村 10.3 毎年度） / Record the periodic evaluation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentReviewReq"];
                };
            };
            responses: {
                /** @description Reviewed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新しい版（案）の作成 / Draft a new version */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentVersionReq"];
                };
            };
            responses: {
                /** @description Drafted */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersionWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description A version is already pending */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版の本文（非公開文書は閲覧を記録し、閲覧者名の透かしを付ける） / A version's text (restricted: logged and watermarked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersionPage"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 版（案）の修正 / Edit a draft version */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentVersionPatch"];
                };
            };
            responses: {
                /** @description Edited */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersionWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not a draft */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/documents/{id}/versions/{number}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版のPDF（非公開文書は閲覧を記録し、全ページに閲覧者名と日時の透かし） / A version as PDF (restricted: logged, watermarked) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description PDF */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions/{number}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 版の承認（プロファイルが定める承認者、施行日を定める。作成者本人は承認できない） / Approve a version (the profile's approver, never its drafter; sets the effective date) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentApproveReq"];
                };
            };
            responses: {
                /** @description Approved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersionWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not a draft */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/versions/{number}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 版の公開（周知）。前の版は旧版になる / Publish a version to the document's audience */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    number: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Published */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentVersionWritten"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not approved */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 新旧対照表（2つの版の比較） / Side-by-side comparison of two versions */
        get: {
            parameters: {
                query: {
                    from: number;
                    to: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Comparison */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentComparison"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 閲覧確認の状況（課ごと、確認済み・未確認の職員） / Who has and hasn't acknowledged, per 課 */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentAcknowledgementFigures"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 閲覧確認（本人） / Acknowledge the published version (myself) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentAckReq"];
                };
            };
            responses: {
                /** @description Acknowledged */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentAcknowledgementRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already acknowledged */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}/acknowledgements/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 紙での閲覧確認の記録（ログインのない職員、所属の課長） / Record a paper acknowledgement for a person of my 課 without a login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DocumentPaperAckReq"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DocumentAcknowledgementRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Already acknowledged */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託契約一覧の出力（Excel）/ Export the contract list */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    state?: "draft" | "checked" | "active" | "ending" | "closed";
                    departmentId?: string;
                    contractorId?: string;
                    view?: "all" | "mine" | "checks_due";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託契約一覧の出力（CSV）/ Export the contract list */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    state?: "draft" | "checked" | "active" | "ending" | "closed";
                    departmentId?: string;
                    contractorId?: string;
                    view?: "all" | "mine" | "checks_due";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部サービス台帳の出力（Excel）/ Export the external-services register */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "requested" | "refused" | "in_use" | "terminated";
                    category?: "general" | "free_mail" | "online_storage";
                    departmentId?: string;
                    view?: "all" | "mine" | "checks_due";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部サービス台帳の出力（CSV）/ Export the external-services register */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "requested" | "refused" | "in_use" | "terminated";
                    category?: "general" | "free_mail" | "online_storage";
                    departmentId?: string;
                    view?: "all" | "mine" | "checks_due";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/checks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託事業者の確認一覧の出力（Excel）/ Export the contractor checks */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
                    importance?: "normal" | "high";
                    result?: "ok" | "issues";
                    view?: "all" | "reported_to_me";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/checks/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託事業者の確認一覧の出力（CSV）/ Export the contractor checks */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
                    importance?: "normal" | "high";
                    result?: "ok" | "issues";
                    view?: "all" | "reported_to_me";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The list's rows (its filters; only what the caller may see), marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contractors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託事業者の一覧 / Contractors (with the departments whose contracts you see) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contractors */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractorList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 委託事業者の登録（法人番号はチェックディジットを検査）/ Register a contractor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContractor"];
                };
            };
            responses: {
                /** @description Registered */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractorRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contractors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託事業者 / A contractor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contractor */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractorRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 委託事業者の訂正 / Correct a contractor */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContractorPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractorRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/suppliers/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託契約の一覧（mine: 所管課 / checks_due: 確認期限の到来）/ Contracts */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    state?: "draft" | "checked" | "active" | "ending" | "closed";
                    departmentId?: string;
                    contractorId?: string;
                    view?: "all" | "mine" | "checks_due";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Contracts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 委託契約の作成（作成中）/ Prepare a contract (draft) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContract"];
                };
            };
            responses: {
                /** @description Prepared */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託契約（条項チェックリスト・誓約書・確認・貸与物・未了事項）/ A contract */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The contract */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 委託契約の変更（作成中のみ）/ Change a draft contract */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContractPatch"];
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/clauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 契約条項の確認（記載の頁・条）/ Confirm required clauses with their page or article */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierClauseConfirm"];
                };
            };
            responses: {
                /** @description Confirmed; the clauses still missing are listed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierClausesConfirmed"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 状態の変更（条項・誓約書・安全管理計画・貸与物・複写なしの確認を検査）/ Move the contract to its next state */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContractTransition"];
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/security-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 安全管理体制等の書面の受領 / Record the security plan received */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierSecurityPlan"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/no-copy-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 複写・複製をしていないことの書面確認 / Record the no-copy confirmation */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierNoCopyConfirmation"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/checklist.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 契約条項チェックリスト（仕様書の記載例）/ The clause checklist as .xlsx, wording for the 仕様書 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The checklist */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委託事業者の責任者・作業員の登録（ログインなしの職員等として）/ Add the contractor's person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierContractPerson"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractPersonRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/pledges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 誓約書（契約ごと）/ Pledges of a contract */
        get: {
            parameters: {
                query: {
                    contractId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Pledges */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierPledgeList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 誓約書の受領の記録（課長）/ Record a pledge received on paper */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierPledge"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierPledgeRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 委託事業者の確認（見える契約のみ。reported_to_me: 自分の職務に報告されたもの、重要度順）/ Contractor checks */
        get: {
            parameters: {
                query?: {
                    contractId?: string;
                    importance?: "normal" | "high";
                    result?: "ok" | "issues";
                    view?: "all" | "reported_to_me";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Checks, the important first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierCheckList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 委託事業者の確認の記録と報告（重要度に応じて）/ Record a contractor check and report it up the chain */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierCheck"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierCheckRecorded"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 委託事業者が関わったインシデントを契約に記録 / Name an incident the contractor was involved in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierIncidentName"];
                };
            };
            responses: {
                /** @description Named */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContractIncidentRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/lendings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受渡票による貸与の記録（データ等の受渡し記録にも記載）/ Record information lent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierLending"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierLendingRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/lendings/{lendingId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 貸与物の返却 / Record a lent item returned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lendingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierLendingReturn"];
                };
            };
            responses: {
                /** @description Returned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierLendingReturned"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/lendings/{lendingId}/disposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 廃棄証明の登録（証明書番号・日付・PDF/PNG/JPEG）/ Certify the disposal of a lent item */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lendingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["SupplierDisposalCertificate"];
                };
            };
            responses: {
                /** @description Certified */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierLendingDisposed"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/lendings/{lendingId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 廃棄証明書のダウンロード / Download a disposal certificate */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lendingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file (always as a download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/subcontracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 再委託の申請（申請・承認で決裁、再々委託以降も各段階）/ File a subcontract for approval through the request engine */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierSubcontract"];
                };
            };
            responses: {
                /** @description Filed with its request */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierSubcontractFiled"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/suppliers/contracts/{id}/subcontracts/{subcontractId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 再委託の書面による許諾の記録（課長）/ Record the written consent of an approved level */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    subcontractId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SupplierSubcontractConsent"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierSubcontractRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部サービスの一覧（所管課・管理者・全体、確認期限）/ External services the viewer may see */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "requested" | "refused" | "in_use" | "terminated";
                    category?: "general" | "free_mail" | "online_storage";
                    departmentId?: string;
                    view?: "all" | "mine" | "checks_due";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Services */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 外部サービスの利用申請（台帳への登録と申請）/ File a service with its external_service request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalService"];
                };
            };
            responses: {
                /** @description Filed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 利用の経路（機密性・種別から、必要な承認・協議・確認と根拠）/ The path a service would take, with its clause */
        get: {
            parameters: {
                query?: {
                    category?: "general" | "free_mail" | "online_storage";
                    highestLevel?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The path (null when the profile keeps no register) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServicePath"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/criteria": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部サービスの利用に関する規定と提供者の信頼性の判断（西原村 9.2(1)・9.2(2)⑨）/ The rules for external services and the providers' reliability */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The rules (null when the profile names none) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceCriteria"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/criteria/{sectionKey}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 規定の項目の改定（ネットワーク管理者）/ Write a new version of one section of the rules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sectionKey: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalServiceCriteriaWrite"];
                };
            };
            responses: {
                /** @description Written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceCriteriaVersion"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部サービス（経路・根拠、承認、確認）/ An external service */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The service */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 情報監理者との協議の記録 / Record the consultation (川崎市 第9章2(2)イ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalServiceConsultation"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/{id}/reliability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 外部サービス提供者の信頼性の判断の記録（ネットワーク管理者、西原村 9.2(2)⑨）/ Record the provider's reliability judgement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalServiceReliability"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceReliabilityJudgement"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/{id}/checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 構築時・定期・利用終了時の確認の記録（外部サービス管理者）/ Record a lifecycle check */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalServiceCheck"];
                };
            };
            responses: {
                /** @description Recorded */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceCheckRow"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/external-services/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 外部サービスの利用終了（終了時の確認の後）/ End the use (after the termination check) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ExternalServiceEnd"];
                };
            };
            responses: {
                /** @description Ended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExternalServiceRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Refused by the profile's rules (the blockers are named) */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修計画（年度ごと） / Training plans per fiscal year */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Plans and the profile's training rules */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingPlanList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 研修計画の作成 / Draft a training plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingPlanCreate"];
                };
            };
            responses: {
                /** @description The plan */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingPlanRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修計画と研修 / A training plan with its courses */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The plan with its courses */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingPlanDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/plans/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 研修計画の提出・承認・差戻し・実施 / Submit, approve, return or put a plan in effect */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingPlanAction"];
                };
            };
            responses: {
                /** @description The plan in its new state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingPlanRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修（科目）の一覧 / Courses */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Courses of the plans */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourseList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 研修（科目）の追加 / Add a course to a draft plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingCourseCreate"];
                };
            };
            responses: {
                /** @description The course */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourseRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修の回の一覧 / Sessions */
        get: {
            parameters: {
                query?: {
                    courseId?: string;
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sessions with their course and attendance count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSessionList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 研修の回の登録（日時・場所・定員・主催者） / Add a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingSessionCreate"];
                };
            };
            responses: {
                /** @description The session */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSessionRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/sheet": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 出席簿（印刷用・チェック入力用） / Sign-in sheet of a session for one's 課 */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The people of the course's audience in the units, with who already attended */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingSessionSheet"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受講の記録（本人・課長の出席簿チェック・主催者） / Record attendance of a session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingAttendance"];
                };
            };
            responses: {
                /** @description How many were recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingRecorded"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/attendance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受講記録の取込み（職員番号・受講日）/ Import attendance (.xlsx/.csv, dry run by default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx or .csv with 職員番号 (UTF-8 / Shift_JIS)
                         */
                        file?: string;
                        /**
                         * @description Default true: check only, write nothing
                         * @enum {string}
                         */
                        dryRun?: "true" | "false";
                        /**
                         * @description true: write the valid rows despite errors
                         * @enum {string}
                         */
                        commitValidRows?: "true" | "false";
                    };
                };
            };
            responses: {
                /** @description Rows, valid rows, located errors; what was written */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingAttendanceImport"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受講状況（基準日時点の所属で集計、.xlsx・PDF出力可） / Completion as of a date per person, 課, 局 or organization */
        get: {
            parameters: {
                query: {
                    fiscalYear: number;
                    asOf?: string;
                    by?: "organization" | "bureau" | "department" | "person";
                    departmentId?: string;
                    courseId?: string;
                    state?: "completed" | "pending" | "overdue";
                    format?: "json" | "xlsx" | "pdf";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures (JSON) or the same as an Excel sheet or a PDF, marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCompletion"];
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                        "application/pdf": string;
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 期限を過ぎた未受講者 / Who is overdue */
        get: {
            parameters: {
                query: {
                    fiscalYear: number;
                    asOf?: string;
                    departmentId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description People overdue with their course and deadline */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingOverdue"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/my": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自分の研修（受講状況・期限・同意書） / My training */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description My courses with their state, and my consent forms */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyTraining"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/new-hires": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 新規採用者研修の割当（期限は営業日で） / Assign the new-hire course to a person who joined */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingNewHire"];
                };
            };
            responses: {
                /** @description The assignment with its deadline */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingNewHireRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 同意書の一覧（課ごと: 署名済み・未署名・未依頼） / Consent forms per 課: who signed which version, who is still to sign */
        get: {
            parameters: {
                query?: {
                    departmentId?: string;
                    standing?: "signed" | "pending" | "not_requested";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The profile's consent rule, counts per 課 and each eligible person's consents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingConsentList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 同意書の依頼（課長が必要と判断した職員に） / Ask a person for the consent form */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingConsentRequest"];
                };
            };
            responses: {
                /** @description The consent request */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingConsent"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/consents/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意書の署名（本人）・紙の受領記録（課長） / Sign, or record the paper form as received */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingConsentSign"];
                };
            };
            responses: {
                /** @description The signed consent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingConsent"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修実施状況の報告（報告の連鎖） / The chain of reports of a plan */
        get: {
            parameters: {
                query: {
                    planId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reports with their step, date and figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingReportChain"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 研修実施状況の報告（課長→ネットワーク管理者→CISO→委員会） / Report a step of the chain */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingReport"];
                };
            };
            responses: {
                /** @description The report with the figures as of its date */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingReportRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses/{id}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** eラーニング教材（PDF）のダウンロード / A course's PDF material */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The PDF (as a download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** eラーニング教材（PDF、10MBまで）の登録・差替え / Upload a course's PDF material */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": components["schemas"]["TrainingMaterialUpload"];
                };
            };
            responses: {
                /** @description The course with its material */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCourseRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses/{id}/learn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 研修の教材と確認テスト（受講者向け） / A course's material and quiz, with my state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The course (no answers), whether I am a trainee, and my completion */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingLearn"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/courses/{id}/quiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 確認テストの解答（合格で修了） / Answer the quiz (passing completes the course) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingQuizAnswers"];
                };
            };
            responses: {
                /** @description The score, the pass mark and whether it passed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingQuizResult"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/drills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 緊急時対応訓練の一覧 / Drills (organizers see all; others those they take part in) */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Drills with their state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 訓練計画の登録（想定・体制・範囲・参加者・日付） / Plan a drill */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingDrillCreate"];
                };
            };
            responses: {
                /** @description The drill */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Conflict with the record's state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/drills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 訓練の記録（経過・参加者・教訓・改善事項） / A drill with its run, lessons and improvement items */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The drill */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/drills/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 訓練の経過の記録 / Add an entry to the drill's timeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingDrillEvent"];
                };
            };
            responses: {
                /** @description The drill */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/drills/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 訓練の実施記録（教訓と改善事項） / Close the drill with lessons and improvement items */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingDrillClose"];
                };
            };
            responses: {
                /** @description The drill, held */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillRes"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/drill-actions/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改善事項の完了（担当者・主催者） / Mark an improvement item done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The item */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingDrillActionDone"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 受講登録用QRコード（主催者・課長） / The session's check-in QR code */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The check-in link and its QR code (PNG data URL) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingCheckinQr"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/training/sessions/{id}/checkin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** QRコードによる本人の受講登録（実施日当日のみ） / Check in to a session by its QR code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainingCheckin"];
                };
            };
            responses: {
                /** @description Recorded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainingRecorded"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年次報告の一覧 / Yearly reports */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Reports of the active profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearlyReportList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** 年次報告の作成（基準日で固定） / Generate a yearly report frozen at its snapshot date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["YearlyReportGenerate"];
                };
            };
            responses: {
                /** @description The report (draft) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearlyReportDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年次報告（区分ごとの数値・内訳・署名済み先頭） / A yearly report with its sections */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearlyReportDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 年次報告の承認 / Approve a yearly report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["YearlyReportApprove"];
                };
            };
            responses: {
                /** @description The approved report */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearlyReportDetail"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly/{id}/figures/{key}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数値の内訳となる記録（基準日時点、閲覧権限のあるもののみ） / The records a figure counts, as the viewer may see them */
        get: {
            parameters: {
                query?: {
                    offset?: number | null;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of the figure's records */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["YearlyFigureRecords"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年次報告のPDF（和暦・頁番号・機密性表示） / The yearly report as PDF */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/yearly/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 年次報告の.xlsx（同じ数値・機密性表示） / The yearly report as .xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Excel workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ホームの件数（自分が対応すべきもの）/ What needs my attention, counted with each list's access rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DashboardCounts"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** ダッシュボード（全体の状況、閲覧できる範囲で集計）/ Steering overview: figures counted with each list's access rules, each linking to its list */
        get: {
            parameters: {
                query?: {
                    fiscalYear?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DashboardOverview"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自分宛ての通知（全モジュール）と未読数 / My notifications of every module and unread counts */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    module?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Notifications */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationList"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 通知を既読にする / Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationRead"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** メール通知の設定 / My mail preference */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Preference */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreference"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** メール通知の設定を変える（即時／毎日まとめて） / Choose immediate mails or a daily digest */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mailMode: "immediate" | "digest";
                    };
                };
            };
            responses: {
                /** @description Preference */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NotificationPreferenceSet"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 送信メール（管理者） / The mail outbox (administrators) */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "sending" | "sent" | "rejected" | "failed" | "unknown";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Outbox */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Outbox"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mail/outbox/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 送信メールを再送する（管理者） / Send a mail again (administrators) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued again */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutboxResent"];
                    };
                };
                /** @description Invalid input (field errors in Japanese and English) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not in a state that may be resent */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        SignedIn: {
            user: components["schemas"]["MeUser"];
            csrfToken: string;
            /** @enum {boolean} */
            mustChangePassword?: true;
            /** @enum {boolean} */
            mfaEnrollmentRequired?: true;
            previousLogin: {
                at: string;
                ip: string | null;
            } | null;
        };
        MeUser: {
            id: string;
            personId: string;
            loginId: string;
            name: string;
            departmentId: string | null;
            departmentName: string | null;
            duties: string[];
            grants: {
                /** @enum {string} */
                duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                /** @enum {string} */
                scope: "organization" | "bureau" | "department";
                scopeDepartmentId: string | null;
                roleKey: string;
                deputyFor: string | null;
            }[];
            mfaEnabled: boolean;
            mfaRequired: boolean;
            mustChangePassword: boolean;
            locale: string;
            policies: {
                manageTransfers?: boolean;
                readRequestOverrides?: boolean;
                readAuditLog?: boolean;
                administerUsers?: boolean;
                switchProfile?: boolean;
                readMailOutbox?: boolean;
                readYearlyReports?: boolean;
                overseeVulnerabilities?: boolean;
                importAdvisories?: boolean;
                keepSoftwareCatalog?: boolean;
                readAudits?: boolean;
                manageAccounts?: boolean;
                seeDirectorySync?: boolean;
                runTraining?: boolean;
                readTrainingConsents?: boolean;
                createPeople?: boolean;
                assignRoles?: boolean;
                recordDeputies?: boolean;
                editContactPoint?: boolean;
            };
        };
        MfaPending: {
            /** @enum {boolean} */
            mfaRequired: true;
            csrfToken: string;
        };
        LoginReq: {
            loginId: string;
            password: string;
            totp?: string;
            recoveryCode?: string;
        };
        MfaCodeReq: {
            code: string;
        };
        Me: {
            user: components["schemas"]["MeUser"];
            csrfToken: string;
            previousLogin: {
                at: string;
                ip: string | null;
            } | null;
        };
        LoginBanner: {
            ja: string;
            en: string;
        };
        PasswordChangeReq: {
            currentPassword: string;
            newPassword: string;
        };
        MfaSetup: {
            secret: string;
            otpauthUrl: string;
            qrDataUrl: string;
        };
        MfaEnabled: {
            recoveryCodes: string[];
        };
        MfaDisableReq: {
            password: string;
        };
        UserLogin: {
            id: string;
            personId: string;
            loginId: string;
            name: string;
            departmentId: string | null;
            departmentName: string | null;
            locked: boolean;
            lockedUntil: string | null;
            failedAttempts: number;
            disabled: boolean;
            mfaEnabled: boolean;
            mustChangePassword: boolean;
            lastLoginAt: string | null;
            lastLoginIp: string | null;
            policies: {
                [key: string]: boolean;
            };
        };
        TemporaryPassword: {
            temporaryPassword: string;
            user: components["schemas"]["UserLogin"];
        };
        SsoInfo: {
            enabled: boolean;
            label: {
                ja: string;
                en: string;
            } | null;
            pendingMfa: {
                csrfToken: string;
            } | null;
        };
        DepartmentTree: {
            items: components["schemas"]["DepartmentNode"][];
            policies: components["schemas"]["Policies"];
        };
        DepartmentNode: components["schemas"]["Department"] & {
            children: components["schemas"]["DepartmentNode"][];
        };
        Policies: {
            [key: string]: boolean;
        };
        Department: {
            id: string;
            code: string;
            name: string;
            nameEn: string | null;
            /** @enum {string} */
            kind: "bureau" | "department";
            parentId: string | null;
            sortOrder: number;
            active: boolean;
            peopleCount?: number;
            policies: components["schemas"]["Policies"];
        };
        DepartmentCreateReq: {
            code: string;
            name: string;
            nameEn?: string | null;
            /** @enum {string} */
            kind: "bureau" | "department";
            /** Format: uuid */
            parentId?: string | null;
            sortOrder?: number;
        };
        DepartmentUpdateReq: {
            code?: string;
            name?: string;
            nameEn?: string | null;
            /** Format: uuid */
            parentId?: string | null;
            sortOrder?: number;
            active?: boolean;
        };
        PeoplePage: {
            items: components["schemas"]["PersonSummary"][];
            total: number;
            nextCursor: string | null;
        };
        PersonSummary: {
            id: string;
            employeeNumber: string | null;
            name: string;
            nameKana: string | null;
            nameEn: string | null;
            email: string | null;
            phone: string | null;
            emergencyPhone: string | null;
            /** @enum {string} */
            employmentType: "regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker";
            departmentId: string | null;
            departmentName: string | null;
            title: string | null;
            active: boolean;
            hasLogin: boolean;
            policies: components["schemas"]["Policies"];
        };
        PersonDetail: components["schemas"]["PersonSummary"] & {
            roleAssignments: components["schemas"]["RoleAssignment"][];
            login: components["schemas"]["LoginState"] | null;
        };
        RoleAssignment: {
            id: string;
            personId: string;
            personName: string | null;
            personDepartmentId: string | null;
            roleKey: string;
            roleTitle: {
                ja: string;
                en: string;
            };
            /** @enum {string|null} */
            scope: "organization" | "bureau" | "department" | null;
            scopeDepartmentId: string | null;
            scopeDepartmentName: string | null;
            validFrom: string | null;
            validTo: string | null;
            current: boolean;
            policies: components["schemas"]["Policies"];
        };
        LoginState: {
            loginId: string;
            mustChangePassword: boolean;
            locked: boolean;
            disabled: boolean;
            totpEnabled: boolean;
            lastLoginAt: string | null;
        };
        PersonCreateReq: {
            employeeNumber?: string | null;
            name: string;
            nameKana?: string | null;
            nameEn?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            emergencyPhone?: string | null;
            /** @enum {string} */
            employmentType: "regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker";
            /** Format: uuid */
            departmentId?: string | null;
            title?: string | null;
        };
        PersonUpdateReq: {
            employeeNumber?: string | null;
            name?: string;
            nameKana?: string | null;
            nameEn?: string | null;
            /** Format: email */
            email?: string | null;
            phone?: string | null;
            emergencyPhone?: string | null;
            /** @enum {string} */
            employmentType?: "regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker";
            /** Format: uuid */
            departmentId?: string | null;
            title?: string | null;
            active?: boolean;
        };
        CreateLoginRes: {
            loginId: string;
            temporaryPassword: string;
            /** @enum {boolean} */
            mustChangePassword: true;
        };
        CreateLoginReq: {
            loginId: string;
        };
        RoleAssignmentCreateReq: {
            /** Format: uuid */
            personId: string;
            roleKey: string;
            /** Format: uuid */
            scopeDepartmentId?: string | null;
            /** Format: date */
            validFrom?: string | null;
            /** Format: date */
            validTo?: string | null;
        };
        RoleAssignmentEndReq: {
            /** Format: date */
            validTo?: string;
        };
        Deputy: {
            id: string;
            principalPersonId: string;
            principalName: string | null;
            deputyPersonId: string;
            deputyName: string | null;
            roleAssignmentId: string | null;
            roleKey: string | null;
            roleTitle: {
                ja: string;
                en: string;
            } | null;
            validFrom: string;
            validTo: string;
            reason: string | null;
            current: boolean;
            policies: components["schemas"]["Policies"];
        };
        DeputyCreateReq: {
            /** Format: uuid */
            principalPersonId: string;
            /** Format: uuid */
            deputyPersonId: string;
            /** Format: uuid */
            roleAssignmentId?: string | null;
            validFrom: string;
            validTo: string;
            reason: string;
        };
        TransferBatch: {
            id: string;
            title: string;
            effectiveDate: string;
            /** @enum {string} */
            status: "planned" | "applied" | "cancelled";
            /** @enum {string} */
            source: "form" | "import";
            sourceFile: string | null;
            itemCount: number;
            createdAt: string;
            appliedAt: string | null;
            cancelledAt: string | null;
            items?: components["schemas"]["TransferItem"][];
            policies: components["schemas"]["Policies"];
        };
        TransferItem: {
            id: string;
            personId: string;
            personName: string | null;
            employeeNumber: string | null;
            fromDepartmentId: string | null;
            fromDepartmentName: string | null;
            toDepartmentId: string | null;
            toDepartmentName: string | null;
            newTitle: string | null;
            roleChanges: {
                /** @enum {string} */
                op: "add" | "remove";
                roleKey: string;
                /** Format: uuid */
                scopeDepartmentId?: string | null;
            }[];
            handover: components["schemas"]["HandoverEntry"][];
            handoverIsPreview: boolean;
            assetsToReassign: {
                assetId: string;
                /** @enum {string} */
                as: "custodian" | "named";
                hidden: boolean;
                assetNumber: string | null;
                name: string | null;
            }[];
        };
        HandoverEntry: {
            /** @enum {string} */
            kind: "role_assignment" | "deputy";
            /** @enum {string} */
            action: "ended" | "review";
            id: string;
            roleKey: string | null;
            roleTitle: {
                ja: string;
                en: string;
            } | null;
            scope: string | null;
            scopeDepartmentId: string | null;
            scopeDepartmentName: string | null;
            /** @enum {string|null} */
            as: "principal" | "deputy" | null;
            otherPersonId: string | null;
            otherPersonName: string | null;
        };
        TransferCreateReq: {
            title: string;
            /** Format: date */
            effectiveDate: string;
            items: {
                /** Format: uuid */
                personId: string;
                /** Format: uuid */
                toDepartmentId: string;
                newTitle?: string | null;
                roleChanges?: {
                    /** @enum {string} */
                    op: "add" | "remove";
                    roleKey: string;
                    /** Format: uuid */
                    scopeDepartmentId?: string | null;
                }[];
            }[];
        };
        TransferImportRes: {
            dryRun: boolean;
            rows: number;
            validRows: number;
            errors: components["schemas"]["ImportRowError"][];
            items: {
                row: number;
                personId: string;
                personName: string;
                toDepartmentId: string;
                toDepartmentName: string;
                newTitle: string | null;
                effectiveDate: string;
            }[];
            batch: components["schemas"]["TransferBatch"] & (Record<string, unknown> | null);
        };
        ImportRowError: {
            row: number;
            column: string | null;
            message_ja: string;
            message_en: string;
        };
        ContactNetwork: {
            generatedAt: string;
            /** @enum {string} */
            order: "escalation" | "roles";
            phonesVisible: boolean;
            entries: {
                step: number | null;
                roleKey: string;
                roleTitle: {
                    ja: string;
                    en: string;
                };
                scope: string;
                duties: string[];
                holders: (components["schemas"]["ContactPerson"] & {
                    deputies: (components["schemas"]["ContactPerson"] & {
                        validFrom: string;
                        validTo: string;
                    })[];
                })[];
            }[];
        };
        ContactPerson: {
            personId: string;
            name: string;
            title: string | null;
            departmentId: string | null;
            departmentName: string | null;
            email: string | null;
            phone: string | null;
            emergencyPhone: string | null;
            scopeDepartmentId: string | null;
            scopeDepartmentName: string | null;
        };
        DirectorySyncOverview: {
            configured: boolean;
            config: {
                [key: string]: unknown;
            } | null;
            runs: {
                id: string;
                /** @enum {string} */
                status: "previewed" | "applied" | "failed";
                createdAt: string;
                byJob: boolean;
                appliedAt: string | null;
                counts: {
                    [key: string]: number;
                };
                failure: {
                    code: string;
                    message_ja: string;
                    message_en: string;
                } | null;
                disable: {
                    count: number;
                    share: number;
                    needsConfirmation: boolean;
                };
                policies: {
                    [key: string]: boolean;
                };
            }[];
            policies: {
                [key: string]: boolean;
            };
        };
        DirectorySyncRun: {
            id: string;
            /** @enum {string} */
            status: "previewed" | "applied" | "failed";
            createdAt: string;
            byJob: boolean;
            appliedAt: string | null;
            counts: {
                [key: string]: number;
            };
            failure: {
                code: string;
                message_ja: string;
                message_en: string;
            } | null;
            disable: {
                count: number;
                share: number;
                needsConfirmation: boolean;
            };
            departments: {
                /** @enum {string} */
                kind: "new" | "renamed";
                code: string;
                name: string;
                from: string | null;
                dn: string;
            }[];
            changes: {
                total: number;
                items: {
                    /** @enum {string} */
                    kind: "new" | "changed" | "moved" | "disabled" | "removed" | "enabled" | "linked";
                    employeeNumber: string;
                    dn: string | null;
                    personId: string | null;
                    name: string;
                    changes: {
                        [key: string]: {
                            from?: unknown;
                            to?: unknown;
                        };
                    };
                }[];
            };
            errors: {
                total: number;
                items: {
                    dn: string;
                    attribute: string | null;
                    code: string;
                    message_ja: string;
                    message_en: string;
                }[];
            };
            policies: {
                [key: string]: boolean;
            };
        };
        SeparationList: {
            items: {
                id: string;
                personId: string;
                personName: string | null;
                /** @enum {string} */
                kind: "leave" | "retirement";
                kindLabel: {
                    ja: string;
                    en: string;
                };
                effectiveDate: string;
                /** @enum {string} */
                status: "planned" | "applied" | "cancelled";
                policies: components["schemas"]["Policies"];
            }[];
        };
        Separation: {
            id: string;
            personId: string;
            personName: string | null;
            /** @enum {string} */
            kind: "leave" | "retirement";
            kindLabel: {
                ja: string;
                en: string;
            };
            effectiveDate: string;
            expectedReturn: string | null;
            note: string | null;
            /** @enum {string} */
            status: "planned" | "applied" | "cancelled";
            fromDepartmentId: string | null;
            createdAt: string;
            appliedAt: string | null;
            cancelledAt: string | null;
            handover: components["schemas"]["HandoverEntry"][];
            handoverIsPreview: boolean;
            assetsToReassign: {
                assetId: string;
                /** @enum {string} */
                as: "custodian" | "named";
                hidden: boolean;
                assetNumber: string | null;
                name: string | null;
            }[];
            openRequests: {
                requestId: string;
                hidden: boolean;
                number: number | null;
                kind: string | null;
            }[];
            openTasks: {
                taskId: string;
                title: string | null;
                incidentId: string;
                hidden: boolean;
                receiptNumber: string | null;
            }[];
            notice: {
                duty: string;
                clause: string;
            } | null;
            policies: components["schemas"]["Policies"];
        };
        SeparationCreateReq: {
            /** Format: uuid */
            personId: string;
            /** @enum {string} */
            kind: "leave" | "retirement";
            /** Format: date */
            effectiveDate: string;
            /** Format: date */
            expectedReturn?: string | null;
            note?: string | null;
        };
        AssetImportResult: {
            importId: string;
            dryRun: boolean;
            /** @enum {string} */
            mode: "all-or-nothing" | "valid-rows";
            committed: boolean;
            /** @enum {string} */
            format: "xlsx" | "csv";
            encoding: string | null;
            sheetName: string | null;
            headerRow: number | null;
            rows: number;
            valid: number;
            created: number;
            updated: number;
            unchanged: number;
            errors: {
                row: number;
                column: string;
                message_ja: string;
                message_en: string;
            }[];
            errorCount: number;
            mapping: {
                [key: string]: string;
            };
            unmapped: string[];
        };
        AssetImportProgress: {
            jobId: string;
            /** @enum {string} */
            status: "running" | "done" | "failed";
            phase: string;
            processed: number;
            total: number | null;
            percent: number;
            result: components["schemas"]["AssetImportResult"] & (Record<string, unknown> | null);
            error: {
                code: string;
                message_ja: string;
                message_en: string;
            } | null;
        };
        AssetSavedViewList: {
            items: components["schemas"]["AssetSavedView"][];
        };
        AssetSavedView: {
            id: string;
            name: string;
            query: components["schemas"]["AssetSavedViewQuery"];
            policies: {
                update: boolean;
                delete: boolean;
            };
        };
        AssetSavedViewQuery: {
            q?: string;
            sort?: string;
            order?: string;
            confidentiality?: string;
            integrity?: string;
            availability?: string;
            confidentialityAtLeast?: string;
            kind?: string;
            zone?: string;
            status?: string;
            departmentId?: string;
            hasPersonalInfo?: string;
            classificationPending?: string;
            disposalDueBefore?: string;
        } & {
            [key: string]: string;
        };
        AssetSavedViewReq: {
            name: string;
            query: {
                [key: string]: string;
            };
        };
        AssetSavedViewUpdateReq: {
            name?: string;
            query?: {
                [key: string]: string;
            };
        };
        AssetViewDeleted: {
            deleted: boolean;
        };
        AssetTaskList: {
            items: {
                id: string;
                /** @enum {string} */
                kind: "inventory_missing" | "classify";
                assetId: string;
                assetNumber: string;
                assetName: string;
                campaignId: string | null;
                note: string | null;
                createdAt: string;
            }[];
        };
        InventoryCampaignList: {
            items: components["schemas"]["InventoryCampaign"][];
            policies: {
                start: boolean;
            };
        };
        InventoryCampaign: {
            id: string;
            fiscalYear: number;
            department: {
                id: string;
                code: string | null;
                name: string | null;
            };
            deadline: string | null;
            deadlineClause: string | null;
            /** @enum {string} */
            status: "open" | "completed";
            completedAt: string | null;
            summary: {
                total: number;
                counts: {
                    [key: string]: number;
                };
                checked: number;
            };
            policies: {
                record: boolean;
                complete: boolean;
            };
            items?: {
                assetId: string;
                /** @enum {string} */
                result: "pending" | "confirmed" | "moved" | "missing" | "disposed" | "found";
                newPlace: string | null;
                note: string | null;
                checkedAt: string | null;
                assetNumber: string;
                name: string;
                /** @enum {string} */
                kind: "information" | "document" | "system" | "device" | "medium" | "network" | "area";
                storagePlace: string | null;
                /** @enum {string} */
                status: "in_use" | "lent" | "carried_out" | "lost" | "disposed";
            }[];
        };
        InventoryCampaignCreateReq: {
            fiscalYear: number;
            /** Format: uuid */
            departmentId: string;
            /** Format: date */
            deadline?: string | null;
        };
        InventoryItemReq: {
            /** @enum {string} */
            result: "confirmed" | "moved" | "missing" | "disposed";
            newPlace?: string | null;
            note?: string | null;
        };
        InventoryFoundReq: {
            name: string;
            /** @enum {string} */
            kind: "information" | "document" | "system" | "device" | "medium" | "network" | "area";
            /** @enum {string|null} */
            subkind?: "server" | "pc" | "mobile" | "mfp" | "network_equipment" | "iot" | "usb_memory" | "external_disk" | "optical_disc" | "sd_card" | "other" | null;
            storagePlace?: string | null;
            note?: string | null;
        };
        InventoryReport: {
            fiscalYear: number | null;
            deadlineRule: {
                due: string | null;
                clause: string;
                text: string;
            } | null;
            completed: number;
            departments: {
                total: number;
                counts: {
                    [key: string]: number;
                };
                checked: number;
                campaignId: string;
                department: {
                    id: string;
                    code: string | null;
                    name: string | null;
                };
                fiscalYear: number;
                deadline: string | null;
                /** @enum {string} */
                status: "open" | "completed";
                completedAt: string | null;
                late: boolean;
            }[];
            totals: {
                [key: string]: number;
            };
        };
        AssetPage: {
            items: components["schemas"]["AssetListItem"][];
            nextCursor: string | null;
            policies: components["schemas"]["Policies"];
        };
        AssetListItem: {
            id: string;
            assetNumber: string;
            name: string;
            /** @enum {string} */
            kind: "information" | "document" | "system" | "device" | "medium" | "network" | "area";
            /** @enum {string|null} */
            subkind: "server" | "pc" | "mobile" | "mfp" | "network_equipment" | "iot" | "usb_memory" | "external_disk" | "optical_disc" | "sd_card" | "other" | null;
            department: {
                id: string;
                code: string | null;
                name: string | null;
            };
            departmentId: string;
            custodian: {
                id: string;
                name: string | null;
            } | null;
            levels: {
                confidentiality: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
                integrity: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
                availability: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
            };
            effective: {
                confidentiality: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
                integrity: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
                availability: {
                    key: string;
                    label: string;
                    labelEn: string;
                    rank: number | null;
                } | null;
            };
            topLevel: boolean;
            classificationPending: boolean;
            classificationDecideBy: string | null;
            /** @enum {string|null} */
            zone: "mynumber" | "lgwan" | "internet" | null;
            storagePlace: string | null;
            notes: string | null;
            retentionYears: number | null;
            retentionPermanent: boolean;
            retentionUntil: string | null;
            disposalDueDate: string | null;
            /** @enum {string} */
            origin: "created" | "received_internal" | "received_external";
            sourceClassification: {
                confidentiality?: string | null;
                integrity?: string | null;
                availability?: string | null;
                from?: string | null;
            } | null;
            hasPersonalInfo: boolean;
            specificPersonalInfo: boolean;
            sensitivePersonalInfo: boolean;
            personCount: number | null;
            exceptionRef: string | null;
            /** @enum {string} */
            status: "in_use" | "lent" | "carried_out" | "lost" | "disposed";
            acquiredOn: string | null;
            inUseSince: string | null;
            lastInventoriedOn: string | null;
            disposedOn: string | null;
            statusChangedOn: string | null;
            extra: components["schemas"]["AssetExtraValues"];
            handlingRestrictions: {
                code: string;
                text: string;
                textEn: string;
                clause: string;
                /** @enum {string} */
                scheme: "confidentiality" | "integrity" | "availability";
                level: string;
            }[];
            flags: {
                code: string;
                text: string;
                textEn: string;
                clause: string;
            }[];
            createdAt: string | null;
            updatedAt: string | null;
            policies: components["schemas"]["Policies"];
        };
        AssetExtraValues: {
            [key: string]: string | number | boolean | null;
        };
        AssetDetail: {
            data: components["schemas"]["AssetListItem"] & {
                relations: {
                    id: string;
                    /** @enum {string} */
                    type: "contains" | "copy_of" | "runs_on" | "stored_in";
                    /** @enum {string} */
                    direction: "out" | "in";
                    other: {
                        id: string;
                        assetNumber: string;
                        name: string;
                        /** @enum {boolean} */
                        hidden: false;
                    } | {
                        id: null;
                        assetNumber: null;
                        name: null;
                        /** @enum {boolean} */
                        hidden: true;
                    };
                }[];
                namedPeople: {
                    personId: string;
                    name: string | null;
                }[];
                history: {
                    id: number;
                    occurredAt: string;
                    type: string;
                    actor: {
                        id: string;
                        name: string | null;
                    } | null;
                    data: components["schemas"]["AuditEventData"];
                }[];
            };
            policies: components["schemas"]["Policies"];
        };
        AuditEventData: {
            changes?: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
            via?: string;
        } & {
            [key: string]: unknown;
        };
        AssetCreateReq: {
            assetNumber?: string;
            name: string;
            /** @enum {string} */
            kind: "information" | "document" | "system" | "device" | "medium" | "network" | "area";
            /** @enum {string|null} */
            subkind?: "server" | "pc" | "mobile" | "mfp" | "network_equipment" | "iot" | "usb_memory" | "external_disk" | "optical_disc" | "sd_card" | "other" | null;
            /** Format: uuid */
            departmentId: string;
            /** Format: uuid */
            custodianPersonId?: string | null;
            confidentiality?: string | null;
            integrity?: string | null;
            availability?: string | null;
            /** @enum {string|null} */
            zone?: "mynumber" | "lgwan" | "internet" | null;
            storagePlace?: string | null;
            notes?: string | null;
            retentionYears?: number | null;
            /** Format: date */
            retentionUntil?: string | null;
            retentionPermanent?: boolean;
            /** Format: date */
            disposalDueDate?: string | null;
            /** @enum {string} */
            origin?: "created" | "received_internal" | "received_external";
            sourceClassification?: {
                confidentiality?: string | null;
                integrity?: string | null;
                availability?: string | null;
                from?: string | null;
            } | null;
            hasPersonalInfo?: boolean;
            specificPersonalInfo?: boolean;
            sensitivePersonalInfo?: boolean;
            personCount?: number | null;
            /** @enum {string} */
            status?: "in_use" | "lent" | "carried_out" | "lost" | "disposed";
            /** Format: date */
            acquiredOn?: string | null;
            /** Format: date */
            inUseSince?: string | null;
            extra?: {
                [key: string]: string | number | boolean | null;
            };
            /** Format: uuid */
            containedIn?: string;
            /** Format: uuid */
            copyOf?: string;
        };
        AssetBulkReq: {
            ids: string[];
            set: {
                /** Format: uuid */
                custodianPersonId?: string | null;
                storagePlace?: string | null;
                levels?: {
                    confidentiality?: string;
                    integrity?: string;
                    availability?: string;
                };
            };
            reason?: string | null;
        };
        AssetUpdateReq: {
            assetNumber?: string;
            name?: string;
            /** @enum {string} */
            kind?: "information" | "document" | "system" | "device" | "medium" | "network" | "area";
            /** @enum {string|null} */
            subkind?: "server" | "pc" | "mobile" | "mfp" | "network_equipment" | "iot" | "usb_memory" | "external_disk" | "optical_disc" | "sd_card" | "other" | null;
            /** Format: uuid */
            departmentId?: string;
            /** Format: uuid */
            custodianPersonId?: string | null;
            /** @enum {string|null} */
            zone?: "mynumber" | "lgwan" | "internet" | null;
            storagePlace?: string | null;
            notes?: string | null;
            retentionYears?: number | null;
            /** Format: date */
            retentionUntil?: string | null;
            retentionPermanent?: boolean;
            /** Format: date */
            disposalDueDate?: string | null;
            hasPersonalInfo?: boolean;
            specificPersonalInfo?: boolean;
            sensitivePersonalInfo?: boolean;
            personCount?: number | null;
            /** Format: date */
            acquiredOn?: string | null;
            exceptionRef?: string | null;
            extra?: {
                [key: string]: string | number | boolean | null;
            };
        };
        ReclassifyReq: {
            levels: {
                confidentiality?: string;
                integrity?: string;
                availability?: string;
            };
            reason: string;
        };
        AssetStatusReq: {
            /** @enum {string} */
            status: "in_use" | "lent" | "carried_out" | "lost" | "disposed";
            /** Format: date */
            date: string;
            note?: string | null;
        };
        AssetRelationReq: {
            /** @enum {string} */
            type: "contains" | "copy_of" | "runs_on" | "stored_in";
            /** Format: uuid */
            toAssetId: string;
        };
        AssetNamedPersonReq: {
            /** Format: uuid */
            personId: string;
        };
        AssetDetailOrGone: components["schemas"]["AssetDetail"] | {
            data: {
                id: string;
            };
            policies: components["schemas"]["Policies"];
        };
        AuditEvent: {
            id: number;
            occurredAt: string;
            type: string;
            /** @description 種別の表示名 / the type in words */
            label: {
                ja: string;
                en: string;
            };
            actor: {
                personId: string;
                name: string | null;
            } | null;
            actingFor: {
                personId: string;
                name: string | null;
            } | null;
            ip: string | null;
            targetType: string | null;
            targetId: string | null;
            department: {
                id: string;
                name: string | null;
            } | null;
            data: components["schemas"]["AuditEventData"];
            hash: string;
        };
        AuditVerifyResult: {
            ok: boolean;
            count: number;
            firstBadEventId?: number;
            problems: ({
                kind: string;
                message_ja: string;
                message_en: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        AuditSignedHead: {
            seq: number;
            eventId: number;
            hash: string;
            occurredAt: string;
            signedAt: string;
            signature: string;
            printable: string;
        };
        Profile: {
            id: string;
            name: string;
            nameEn: string;
            title: {
                ja: string;
                en: string;
            };
            classification: {
                confidentiality: {
                    levels: ({
                        key: string;
                        label: string;
                        rank: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
                integrity: {
                    levels: ({
                        key: string;
                        label: string;
                        rank: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
                availability: {
                    levels: ({
                        key: string;
                        label: string;
                        rank: number;
                    } & {
                        [key: string]: unknown;
                    })[];
                } & {
                    [key: string]: unknown;
                };
            } & {
                [key: string]: unknown;
            };
            zones: unknown[];
            roles: unknown[];
            requestKinds: unknown[];
            coverage: {
                total: number;
                byKind: {
                    [key: string]: number;
                };
                byStatus: {
                    [key: string]: number;
                };
                plannedBy: {
                    [key: string]: number;
                };
                dishonest: number;
                modules: {
                    key: string;
                    label: {
                        ja: string;
                        en: string;
                    } | null;
                }[];
                unmapped: string[];
                notInCampaign: string[];
            } | null;
        } & {
            [key: string]: unknown;
        };
        ProfileList: {
            active: string;
            profiles: {
                id: string;
                name: string;
                nameEn: string;
            }[];
            policies: {
                change: boolean;
            };
        };
        Clause: {
            id: string;
            title: string | null;
            text: string;
            obligation: boolean;
            mapping: {
                [key: string]: unknown;
            } | null;
        };
        ProfileSettingReq: {
            profileId: string;
        };
        RequestKindsRes: {
            data: components["schemas"]["RequestKind"][];
        };
        RequestKind: {
            key: string;
            title: {
                ja: string;
                en: string;
            };
            plain: {
                ja: string;
                en: string;
            };
            text: {
                ja: string;
                en?: string;
            };
            clause: string;
            /** @enum {string} */
            assets: "required" | "optional" | "none";
            fields: {
                key: string;
                /** @enum {string} */
                type: "text" | "longtext" | "date" | "datetime" | "boolean" | "number" | "select" | "person";
                label: {
                    ja: string;
                    en: string;
                };
                required: boolean;
                options?: {
                    value: string;
                    ja: string;
                    en: string;
                }[];
                max?: number;
            }[];
            /** @enum {string} */
            followUp: "return_report" | "disposal_evidence" | "provision_record" | "validity" | "none";
            filedFrom: {
                ja: string;
                en: string;
            } | null;
            filedBy: {
                roles: {
                    ja: string;
                    en: string;
                };
                text: string;
                clause: string;
            } | null;
            canFile: boolean;
            approvalAlways: boolean;
            approvalNever: boolean;
            grounds: {
                clause: string;
                text: string;
            }[];
            approvers: {
                step: number;
                duty: string;
                dutyLabel: {
                    ja: string;
                    en: string;
                };
                scope: string;
                clause: string;
            }[];
            emergencyAllowed: {
                text: {
                    ja: string;
                    en: string;
                };
                clause: string;
                dueDays: number | {
                    business_days: number;
                };
            } | null;
            encryption: {
                clause: string;
                text: string;
            } | null;
            records: {
                key: string;
                text: {
                    ja: string;
                    en: string;
                };
                clause: string;
            }[];
        };
        RequestPreviewRes: {
            data: components["schemas"]["RequestPreview"];
        };
        RequestPreview: {
            approvalRequired: boolean;
            basis: {
                clause: string;
                text: string;
            }[];
            approvers: {
                step: number;
                duty: string;
                scope: string;
                dutyLabel: {
                    ja: string;
                    en: string;
                };
            }[];
            encryption: {
                required: boolean;
                clause: string | null;
                text: string | null;
            };
        };
        RequestRes: {
            data: components["schemas"]["Request"];
            policies: {
                [key: string]: boolean;
            };
        };
        Request: {
            id: string;
            number: number;
            kind: string;
            kindTitle: {
                ja: string;
                en: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "returned" | "in_effect" | "completed" | "expired" | "cancelled";
            statusLabel: {
                ja: string;
                en: string;
            };
            requester: {
                personId: string;
                name: string | null;
            };
            departmentId: string;
            approvalRequired: boolean | null;
            currentStep: number | null;
            startsAt: string | null;
            endsAt: string | null;
            returnedAt: string | null;
            createdAt: string;
            policies: {
                [key: string]: boolean;
            };
            departmentName: string | null;
            fields: components["schemas"]["RequestFieldValues"];
            fieldSpecs: {
                key: string;
                /** @enum {string} */
                type: "text" | "longtext" | "date" | "datetime" | "boolean" | "number" | "select" | "person";
                label: {
                    ja: string;
                    en: string;
                };
                required: boolean;
                options?: {
                    value: string;
                    ja: string;
                    en: string;
                }[];
                max?: number;
            }[];
            basis: {
                clause: string;
                text: string;
            }[];
            approvers: {
                step: number;
                duty: string;
                dutyLabel: {
                    ja: string;
                    en: string;
                };
                scope: string;
                people: {
                    personId: string;
                    name: string;
                    deputyFor: string | null;
                }[];
            }[];
            waitingDuty: string | null;
            encryptionRequired: boolean;
            encryptionClause: string | null;
            emergency: boolean;
            postReportDueAt: string | null;
            postReportedAt: string | null;
            returnReportDueAt: string | null;
            returnConfirmedAt: string | null;
            completion: components["schemas"]["RequestCompletion"] | null;
            /** @enum {string} */
            followUp: "return_report" | "disposal_evidence" | "provision_record" | "validity" | "none";
            submittedAt: string | null;
            decidedAt: string | null;
            inEffectAt: string | null;
            closedAt: string | null;
            assets: {
                id: string;
                hidden: boolean;
                assetNumber: string | null;
                name: string | null;
                kind: string | null;
                zone: string | null;
                levels: {
                    [key: string]: {
                        key: string;
                        label: string;
                    } | null;
                };
                handling: {
                    code: string;
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                }[];
            }[];
            decisions: {
                id: string;
                step: number;
                duty: string;
                /** @enum {string} */
                decision: "approved" | "rejected" | "returned" | "return_confirmed";
                personId: string;
                personName: string | null;
                actingForPersonId: string | null;
                override: boolean;
                overrideReason: string | null;
                comment: string | null;
                decidedAt: string;
            }[];
        };
        RequestFieldValues: {
            [key: string]: string | number | boolean | null;
        };
        RequestCompletion: {
            nothingMissing?: boolean;
            note?: string | null;
            method?: string;
            disposedOn?: string;
            personId?: string;
            certificateNumber?: string | null;
            photoRef?: string | null;
            providedOn?: string;
            recipient?: string;
            encrypted?: boolean;
            quantity?: string | null;
            mediumForm?: string | null;
            completedBy?: string;
            postReport?: string;
        };
        RequestListRes: {
            data: components["schemas"]["RequestSummary"][];
        };
        RequestSummary: {
            id: string;
            number: number;
            kind: string;
            kindTitle: {
                ja: string;
                en: string;
            };
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "rejected" | "returned" | "in_effect" | "completed" | "expired" | "cancelled";
            statusLabel: {
                ja: string;
                en: string;
            };
            requester: {
                personId: string;
                name: string | null;
            };
            departmentId: string;
            approvalRequired: boolean | null;
            currentStep: number | null;
            startsAt: string | null;
            endsAt: string | null;
            returnedAt: string | null;
            createdAt: string;
            policies: {
                [key: string]: boolean;
            };
        };
        RequestNotificationsRes: {
            data: components["schemas"]["RequestNotification"][];
        };
        RequestNotification: {
            id: string;
            personId: string;
            requestId: string | null;
            kind: string;
            messageJa: string;
            messageEn: string;
            /** @enum {string} */
            channel: "in_app";
            /** @enum {string} */
            delivery: "delivered";
            createdAt: string;
            readAt: string | null;
        };
        RequestNotificationReadRes: {
            data: components["schemas"]["RequestNotification"];
        };
        RequestOverridesRes: {
            data: components["schemas"]["RequestOverride"][];
        };
        RequestOverride: {
            requestId: string;
            number: number;
            kind: string;
            departmentId: string;
            step: number;
            duty: string;
            /** @enum {string} */
            decision: "approved" | "rejected" | "returned" | "return_confirmed";
            personId: string;
            personName: string | null;
            reason: string | null;
            decidedAt: string;
        };
        Registers: {
            data: components["schemas"]["RegisterMeta"][];
        };
        RegisterMeta: {
            key: string;
            title: {
                ja: string;
                en: string;
            };
            entryTypes: string[];
            columns: {
                key: string;
                label: {
                    ja: string;
                    en: string;
                };
            }[];
            clause: string | null;
            writable: boolean;
        };
        UnreturnedMedia: {
            data: components["schemas"]["UnreturnedMedium"][];
        };
        UnreturnedMedium: {
            id: string;
            occurred_at: string;
            department_id: string;
            person_id: string | null;
            person_name: string | null;
            asset_id: string | null;
            asset_label: string | null;
            assetHidden?: boolean;
            due_at: string | null;
            overdue: boolean | null;
        };
        RegisterEntries: {
            data: components["schemas"]["RegisterEntry"][] | components["schemas"]["CarryOutRow"][];
        };
        RegisterEntry: {
            id: string;
            seq: number;
            entryType: string;
            occurredAt: string;
            departmentId: string;
            departmentName: string | null;
            personId: string | null;
            personName: string | null;
            assetId: string | null;
            assetLabel: string | null;
            assetHidden?: boolean;
            data: {
                [key: string]: unknown;
            };
            correctsId: string | null;
            correctedBy: string | null;
            sourceRequestId: string | null;
            recordedByName: string | null;
            recordedAt: string;
            closedBy: {
                id: string;
                occurred_at: string;
                person_name: string | null;
                data: {
                    [key: string]: unknown;
                };
            } | null;
            policies: components["schemas"]["Policies"];
        };
        CarryOutRow: {
            id: string;
            seq: number | string;
            request_id: string | null;
            request_number: number | string | null;
            asset_id: string | null;
            asset_label: string | null;
            assetHidden?: boolean;
            event: string;
            department_id: string | null;
            department_name: string | null;
            person_id: string | null;
            person_name: string | null;
            destination: string | null;
            purpose: string | null;
            due_at: string | null;
            occurred_at: string;
            note: string | null;
            corrects_id: string | null;
            recorded_by_name: string | null;
            recorded_at: string;
        };
        AppendedRegisterEntry: {
            data: components["schemas"]["StoredRegisterEntry"];
        };
        StoredRegisterEntry: {
            id: string;
            seq: number;
            register: string;
            entryType: string;
            occurredAt: string;
            departmentId: string;
            personId: string | null;
            assetId: string | null;
            data: {
                [key: string]: unknown;
            };
            correctsId: string | null;
            closesId: string | null;
            sourceRequestId: string | null;
            recordedByPersonId: string | null;
            recordedAt: string;
        };
        PublicReportRes: {
            receiptNumber: string;
        };
        PublicReportReq: {
            summary: string;
            details: string;
            contact?: string | null;
        };
        PublicReportForm: {
            summary: string;
            details: string;
            contact?: string | null;
            files?: string | string[];
        };
        ContactPoint: {
            name: {
                ja: string;
                en: string;
            };
            howToReach: {
                ja: string;
                en: string;
            };
            phone: string | null;
            email: string | null;
            publicForm: boolean;
            clause: string;
        };
        ContactMeansReq: {
            phone: string | null;
            email: "" | string | null;
        };
        IncidentReported: {
            id: string;
            receiptNumber: string;
            /** @enum {string} */
            source: "staff" | "public";
            summary: string;
            occurredAt: string | null;
            place: string | null;
            personalInfo: boolean;
            personCount: number | null;
            reporter: components["schemas"]["PersonRef"] | null;
            departmentId: string | null;
            /** @enum {string} */
            stage: "new" | "triage" | "containment" | "recovery" | "closed";
            stageLabel: {
                ja: string;
                en: string;
            };
            /** @enum {string|null} */
            triageDecision: "incident" | "not_incident" | "duplicate" | null;
            triageReason: string | null;
            duplicateOfId: string | null;
            /** @enum {string|null} */
            severity: "low" | "medium" | "high" | "critical" | null;
            severityLabel: {
                ja: string;
                en: string;
            } | null;
            /** @enum {string|null} */
            category: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other" | null;
            categoryLabel: {
                ja: string;
                en: string;
            } | null;
            restricted: boolean;
            cause: string | null;
            measures: string | null;
            press: {
                /** @enum {string} */
                decision: "publish" | "not_publish";
                reason: string | null;
                approver: components["schemas"]["PersonRef"] | null;
                decidedAt: string | null;
            } | null;
            firstAcknowledgedAt: string | null;
            triagedAt: string | null;
            containedAt: string | null;
            recoveredAt: string | null;
            closedAt: string | null;
            createdAt: string | null;
            updatedAt: string | null;
            policies: components["schemas"]["Policies"];
            details: string;
            contact: string | null;
        };
        PersonRef: {
            id: string;
            name: string | null;
        };
        StaffReportReq: {
            summary: string;
            details: string;
            /** Format: date-time */
            occurredAt?: string | null;
            place?: string | null;
            /** @default false */
            personalInfo?: boolean;
            personCount?: number | null;
        };
        IncidentPage: {
            items: components["schemas"]["IncidentSummary"][];
            total: number;
            policies: components["schemas"]["Policies"];
        };
        IncidentSummary: {
            id: string;
            receiptNumber: string;
            /** @enum {string} */
            source: "staff" | "public";
            summary: string;
            occurredAt: string | null;
            place: string | null;
            personalInfo: boolean;
            personCount: number | null;
            reporter: components["schemas"]["PersonRef"] | null;
            departmentId: string | null;
            /** @enum {string} */
            stage: "new" | "triage" | "containment" | "recovery" | "closed";
            stageLabel: {
                ja: string;
                en: string;
            };
            /** @enum {string|null} */
            triageDecision: "incident" | "not_incident" | "duplicate" | null;
            triageReason: string | null;
            duplicateOfId: string | null;
            /** @enum {string|null} */
            severity: "low" | "medium" | "high" | "critical" | null;
            severityLabel: {
                ja: string;
                en: string;
            } | null;
            /** @enum {string|null} */
            category: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other" | null;
            categoryLabel: {
                ja: string;
                en: string;
            } | null;
            restricted: boolean;
            cause: string | null;
            measures: string | null;
            press: {
                /** @enum {string} */
                decision: "publish" | "not_publish";
                reason: string | null;
                approver: components["schemas"]["PersonRef"] | null;
                decidedAt: string | null;
            } | null;
            firstAcknowledgedAt: string | null;
            triagedAt: string | null;
            containedAt: string | null;
            recoveredAt: string | null;
            closedAt: string | null;
            createdAt: string | null;
            updatedAt: string | null;
            policies: components["schemas"]["Policies"];
        };
        IncidentMetrics: {
            reports: number;
            incidents: number;
            timeToAcknowledge: {
                count: number;
                averageHours: number | null;
                medianHours: number | null;
                maxHours: number | null;
            };
            timeToTriage: {
                count: number;
                averageHours: number | null;
                medianHours: number | null;
                maxHours: number | null;
            };
            timeToContain: {
                count: number;
                averageHours: number | null;
                medianHours: number | null;
                maxHours: number | null;
            };
            timeToClose: {
                count: number;
                averageHours: number | null;
                medianHours: number | null;
                maxHours: number | null;
            };
            byCategory: {
                [key: string]: number;
            };
            bySeverity: {
                [key: string]: number;
            };
            fiscalYear: number;
            range: {
                start: string;
                end: string;
            };
        };
        IncidentNotifications: {
            items: {
                id: string;
                incidentId: string | null;
                violationId: string | null;
                kind: string;
                message: {
                    ja: string;
                    en: string;
                };
                createdAt: string;
                readAt: string | null;
            }[];
        };
        IncidentCase: {
            id: string;
            receiptNumber: string;
            /** @enum {string} */
            source: "staff" | "public";
            summary: string;
            occurredAt: string | null;
            place: string | null;
            personalInfo: boolean;
            personCount: number | null;
            reporter: components["schemas"]["PersonRef"] | null;
            departmentId: string | null;
            /** @enum {string} */
            stage: "new" | "triage" | "containment" | "recovery" | "closed";
            stageLabel: {
                ja: string;
                en: string;
            };
            /** @enum {string|null} */
            triageDecision: "incident" | "not_incident" | "duplicate" | null;
            triageReason: string | null;
            duplicateOfId: string | null;
            /** @enum {string|null} */
            severity: "low" | "medium" | "high" | "critical" | null;
            severityLabel: {
                ja: string;
                en: string;
            } | null;
            /** @enum {string|null} */
            category: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other" | null;
            categoryLabel: {
                ja: string;
                en: string;
            } | null;
            restricted: boolean;
            cause: string | null;
            measures: string | null;
            press: {
                /** @enum {string} */
                decision: "publish" | "not_publish";
                reason: string | null;
                approver: components["schemas"]["PersonRef"] | null;
                decidedAt: string | null;
            } | null;
            firstAcknowledgedAt: string | null;
            triagedAt: string | null;
            containedAt: string | null;
            recoveredAt: string | null;
            closedAt: string | null;
            createdAt: string | null;
            updatedAt: string | null;
            policies: components["schemas"]["Policies"];
            details: string;
            contact: string | null;
            members: components["schemas"]["PersonRef"][];
            escalations: {
                id: string;
                step: number;
                duty: string;
                dutyLabel: {
                    ja: string;
                    en: string;
                };
                scope: string;
                text: {
                    ja: string;
                    en: string;
                } | null;
                clause: string | null;
                /** @enum {string} */
                status: "pending" | "acknowledged" | "escalated" | "skipped";
                targets: {
                    personId: string;
                    name: string;
                    actingForPersonId: string | null;
                }[];
                notifiedAt: string | null;
                dueAt: string | null;
                acknowledgedAt: string | null;
                acknowledgedBy: components["schemas"]["PersonRef"] | null;
                acknowledgedFor: components["schemas"]["PersonRef"] | null;
                escalatedAt: string | null;
                note: string | null;
                postReport: string | null;
                postReportedAt: string | null;
                mayPostReport: boolean;
            }[];
            tasks: {
                id: string;
                title: string;
                assignee: components["schemas"]["PersonRef"] | null;
                dueDate: string | null;
                result: string | null;
                done: boolean;
                doneAt: string | null;
                createdAt: string | null;
            }[];
            timeline: {
                id: string;
                /** @enum {string} */
                kind: "detection" | "report" | "decision" | "containment" | "recovery" | "outside_report" | "press" | "note";
                occurredAt: string | null;
                recordedAt: string | null;
                text: string;
                recordedBy: components["schemas"]["PersonRef"] | null;
            }[];
            assets: {
                assetId: string;
                hidden: boolean;
                assetNumber: string | null;
                assetName: string;
                needToKnowReason: string | null;
                departmentId: string | null;
                note: string | null;
                linkedBy: components["schemas"]["PersonRef"] | null;
                linkedAt: string | null;
            }[];
            files: {
                id: string;
                /** @enum {string} */
                kind: "attachment" | "evidence";
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
                description: string | null;
                uploadedByPersonId: string | null;
                uploadedBy: components["schemas"]["PersonRef"] | null;
                createdAt: string | null;
                custody: {
                    id: string;
                    handedFrom: string;
                    handedTo: string;
                    handedAt: string | null;
                    note: string | null;
                    recordedBy: components["schemas"]["PersonRef"] | null;
                    recordedAt: string | null;
                }[];
            }[];
            outsideReports: {
                bodyKey: string;
                name: {
                    ja: string;
                    en: string;
                };
                when: {
                    ja: string;
                    en?: string;
                };
                clause: string;
                /** @enum {string|null} */
                decision: "report" | "not_report" | null;
                reason: string | null;
                sentOn: string | null;
                referenceNumber: string | null;
                decidedBy: components["schemas"]["PersonRef"] | null;
                decidedAt: string | null;
            }[];
            ppc: {
                clause: string | null;
                facts: {
                    personCount: number | null;
                    sensitive: boolean;
                    financialHarm: boolean;
                    improperPurpose: boolean;
                    awareAt: string;
                } | null;
                mandatory: boolean | null;
                reasons: {
                    /** @enum {string} */
                    key: "over_100_people" | "sensitive" | "financial_harm" | "improper_purpose";
                    label: {
                        ja: string;
                        en: string;
                    };
                }[];
                deadlines: {
                    key: string;
                    label: {
                        ja: string;
                        en: string;
                    };
                    days: number;
                    businessDays: boolean;
                    period: {
                        ja: string;
                        en: string;
                    };
                    due: string;
                }[];
            };
            preventionActions: {
                id: string;
                title: string;
                owner: components["schemas"]["PersonRef"] | null;
                dueDate: string | null;
                /** @enum {string} */
                status: "open" | "done";
                result: string | null;
                doneAt: string | null;
            }[];
            pressRule: {
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
            } | null;
            callNow: {
                step: number;
                duty: string;
                text: {
                    ja: string;
                    en: string;
                };
                clause: string;
                people: {
                    personId: string;
                    name: string;
                    actingForPersonId: string | null;
                    phone: string | null;
                    emergencyPhone: string | null;
                }[];
                phonesVisible: boolean;
            }[];
            contracts: {
                contracts: {
                    contractId: string;
                    subject: string;
                    contractorName: string;
                    departmentName: string | null;
                    state: string;
                    involvement: string;
                    recordedAt: string;
                }[];
                hiddenCount: number;
            };
        };
        AcknowledgeReq: {
            note?: string | null;
        };
        PostReportReq: {
            report: string;
        };
        TriageReq: {
            /** @enum {string} */
            decision: "incident" | "not_incident" | "duplicate";
            reason?: string | null;
            /** Format: uuid */
            duplicateOfId?: string | null;
            /** @enum {string|null} */
            severity?: "low" | "medium" | "high" | "critical" | null;
            /** @enum {string|null} */
            category?: "unauthorized_access" | "malware" | "loss_theft" | "misdelivery" | "data_leak" | "service_outage" | "tampering" | "disaster" | "other" | null;
        };
        StageReq: {
            /** @enum {string} */
            stage: "recovery";
            note?: string | null;
        };
        CloseReq: {
            cause: string;
            measures: string;
            preventionActions: {
                title: string;
                /** Format: uuid */
                ownerPersonId?: string | null;
                /** Format: date */
                dueDate?: string | null;
            }[];
        };
        PreventionDoneReq: {
            result: string;
        };
        IncidentTaskCreateReq: {
            title: string;
            /** Format: uuid */
            assigneePersonId?: string | null;
            /** Format: date */
            dueDate?: string | null;
        };
        IncidentTaskUpdateReq: {
            result?: string | null;
            done?: boolean;
        };
        TimelineReq: {
            /** @enum {string} */
            kind: "detection" | "report" | "decision" | "containment" | "recovery" | "outside_report" | "press" | "note";
            /** Format: date-time */
            occurredAt: string;
            text: string;
        };
        LinkAssetReq: {
            /** Format: uuid */
            assetId?: string;
            assetNumber?: string | null;
            note?: string | null;
            needToKnowReason?: string | null;
        };
        RestrictionReq: {
            restricted: boolean;
            /** @default [] */
            memberPersonIds?: string[];
        };
        IncidentCaseAnswer: components["schemas"]["IncidentCase"] | {
            id: string;
            /** @enum {boolean} */
            visible: false;
        };
        OutsideReportReq: {
            /** @enum {string} */
            decision: "report" | "not_report";
            reason?: string | null;
            /** Format: date */
            sentOn?: string | null;
            referenceNumber?: string | null;
        };
        PpcFactsReq: {
            personCount: number | null;
            sensitive: boolean;
            financialHarm: boolean;
            improperPurpose: boolean;
            /** Format: date-time */
            awareAt: string;
        };
        PressReq: {
            /** @enum {string} */
            decision: "publish" | "not_publish";
            reason: string;
            /** Format: uuid */
            approverPersonId: string;
        };
        IncidentFileUpload: {
            /** Format: binary */
            file: string;
            /**
             * @default attachment
             * @enum {string}
             */
            kind?: "attachment" | "evidence";
            description?: string;
        };
        CustodyReq: {
            handedFrom: string;
            handedTo: string;
            /** Format: date-time */
            handedAt: string;
            note?: string | null;
        };
        ViolationList: {
            items: components["schemas"]["Violation"][];
            rightsMeasures: ("suspend" | "withdraw")[];
            clause: string | null;
            policies: components["schemas"]["Policies"];
        };
        Violation: {
            id: string;
            person: components["schemas"]["PersonRef"];
            departmentId: string | null;
            description: string;
            occurredOn: string | null;
            incidentId: string | null;
            reportedBy: components["schemas"]["PersonRef"] | null;
            managerNotifiedAt: string | null;
            managersNotified: {
                personId: string;
                name: string;
            }[];
            measures: string | null;
            /** @enum {string} */
            rightsAction: "none" | "suspend" | "withdraw";
            rightsActionAt: string | null;
            rightsReason: string | null;
            createdAt: string;
            clause: string | null;
            policies: components["schemas"]["Policies"];
        };
        ViolationCreateReq: {
            /** Format: uuid */
            personId: string;
            description: string;
            /** Format: date */
            occurredOn?: string | null;
            /** Format: uuid */
            incidentId?: string | null;
        };
        Empty: Record<string, unknown>;
        ViolationMeasuresReq: {
            measures: string;
        };
        ViolationRightsReq: {
            /** @enum {string} */
            action: "suspend" | "withdraw" | "restore";
            reason: string;
        };
        EmergencyPlan: {
            current: {
                version: number;
                content: {
                    contacts: {
                        role: string;
                        name: string;
                        phone?: string | null;
                        note?: string | null;
                    }[];
                    whatToReport: string[];
                    responseMeasures: string[];
                    recurrencePrevention: string[];
                };
                note: string | null;
                createdAt: string;
            } | null;
            versions: {
                version: number;
                note: string | null;
                createdAt: string;
                createdBy: string | null;
            }[];
            documentId: string | null;
            pending: {
                version: number;
                /** @enum {string} */
                state: "draft" | "approved";
                content: {
                    contacts: {
                        role: string;
                        name: string;
                        phone?: string | null;
                        note?: string | null;
                    }[];
                    whatToReport: string[];
                    responseMeasures: string[];
                    recurrencePrevention: string[];
                };
                note: string | null;
            } | null;
            rule: {
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
            } | null;
            policies: components["schemas"]["Policies"];
        };
        EmergencyPlanReq: {
            contacts: {
                role: string;
                name: string;
                phone?: string | null;
                note?: string | null;
            }[];
            whatToReport: string[];
            responseMeasures: string[];
            recurrencePrevention: string[];
            note?: string | null;
        };
        SoftwareInventoryImport: {
            data: {
                dryRun: boolean;
                rows: number;
                newProducts: number;
                installations: number;
                unchanged: number;
                flagged: number;
                matches: number;
                errors: components["schemas"]["SoftwareImportRowError"][];
            };
        };
        SoftwareImportRowError: {
            row: number;
            column: string;
            message_ja: string;
            message_en: string;
        };
        SoftwareProducts: {
            data: components["schemas"]["SoftwareProduct"][];
        };
        SoftwareProduct: {
            id: string;
            vendor: string;
            product: string;
            version: string;
            edition: string;
            cpe: string | null;
            jvnProductIds: string[];
            endOfSupport: string | null;
            installations: number;
        };
        SoftwareCpeSuggestions: {
            data: {
                cpe: string;
                /** @enum {string} */
                part: "a" | "o" | "h";
                vendor: string;
                product: string;
                advisories: number;
                /** @enum {string} */
                source: "advisories" | "catalog";
            }[];
        };
        SoftwareProductCreated: {
            data: {
                id: string;
                vendor: string;
                product: string;
                version: string;
                edition: string;
                cpe: string | null;
                cpeVendor: string | null;
                cpeProduct: string | null;
                jvnProductIds: string[];
                endOfSupport: string | null;
                createdAt: string;
                updatedAt: string;
            };
        };
        SoftwareProductUpdated: {
            data: {
                id: string;
                vendor: string;
                product: string;
                version: string;
                edition: string;
                cpe: string | null;
                cpeVendor: string | null;
                cpeProduct: string | null;
                jvnProductIds: string[];
                endOfSupport: string | null;
                createdAt: string;
                updatedAt: string;
            } & {
                rematched: {
                    matches: number;
                    inserted: number;
                    stale: number;
                } | null;
            };
        };
        SoftwareInstallations: {
            data: components["schemas"]["SoftwareInstallation"][];
        };
        SoftwareInstallation: {
            id: string;
            assetId: string;
            asset?: components["schemas"]["SoftwareAssetLabel"];
            departmentId: string;
            bureauId: string | null;
            departmentName: string | null;
            ownerPersonId: string | null;
            ownerName: string | null;
            productId: string;
            vendor: string;
            product: string;
            version: string;
            edition: string;
            cpe: string | null;
            endOfSupport: string | null;
            plannedEndOfUse: string | null;
            /** @enum {string} */
            eosStatus: "ok" | "flagged" | "unknown";
            eosClause: string | null;
            openMatches: number;
            policies: components["schemas"]["Policies"];
        };
        SoftwareAssetLabel: {
            id: string;
            /** @enum {boolean} */
            hidden: true;
        } | {
            id: string;
            /** @enum {boolean} */
            hidden: false;
            number: string;
            name: string;
            kind: string;
        };
        SoftwareInstallationCreated: {
            data: {
                installation: {
                    id: string;
                    productId: string;
                    assetId: string;
                    departmentId: string;
                    ownerPersonId: string | null;
                    plannedEndOfUse: string | null;
                    eosStatus: string;
                    eosClause: string | null;
                    eosWarnedAt: string | null;
                    approvalRequestId: string | null;
                    note: string | null;
                    removedAt: string | null;
                    createdAt: string;
                };
                /** @description The end-of-support finding for the installation */
                eos: {
                    /** @enum {string} */
                    status: "ok";
                } | {
                    /** @enum {string} */
                    status: "ended" | "ends_during_use" | "unknown";
                    /** @enum {string} */
                    action: "refuse" | "flag";
                    clause: string | null;
                    ja: string;
                    en: string;
                };
                matches: number;
            };
        };
        SoftwareInstallationRemoved: {
            data: {
                /** @enum {boolean} */
                removed: true;
            };
        };
        SoftwareLicences: {
            data: components["schemas"]["SoftwareLicence"][];
        };
        SoftwareLicence: {
            id: string;
            productId: string;
            vendor: string;
            product: string;
            version: string;
            departmentId: string;
            departmentName: string | null;
            licenceType: string;
            seats: number | null;
            expiresOn: string | null;
            note: string | null;
            licensedTotal: number | null;
            unlimited: boolean | null;
            installed: number;
        };
        SoftwareLicenceCreated: {
            data: {
                id: string;
                productId: string;
                departmentId: string;
                licenceType: string;
                seats: number | null;
                expiresOn: string | null;
                note: string | null;
                createdAt: string;
            };
        };
        SoftwareEndOfSupportCalendar: {
            data: {
                from: string;
                to: string;
                rule: {
                    action: string;
                    clause: string;
                    text: {
                        ja: string;
                        en: string;
                    };
                    budgetLeadMonths: number;
                } | null;
                years: {
                    fiscalYear: number;
                    warnFrom: string;
                    products: number;
                    installations: number;
                    months: {
                        month: string;
                        items: {
                            productId: string;
                            vendor: string;
                            product: string;
                            version: string;
                            endOfSupport: string;
                            installations: number;
                            departments: number;
                            warnFrom: string;
                        }[];
                    }[];
                }[];
            };
        };
        VulnAdvisories: {
            data: components["schemas"]["VulnAdvisoryRow"][];
            can: {
                notifyStaff: boolean;
            };
        };
        VulnAdvisoryRow: {
            id: string;
            key: string;
            cveId: string | null;
            jvndbIds: string[] | null;
            title: string;
            titleJa: string | null;
            severity: string | null;
            score: string | null;
            kev: boolean;
            published: string | null;
            modified: string | null;
            matched: boolean;
        };
        VulnAdvisoryDetail: {
            data: {
                id: string;
                key: string;
                cveId: string | null;
                jvndbIds: string[];
                title: string;
                titleJa: string | null;
                description: string;
                descriptionJa: string | null;
                severity: string | null;
                score: string | null;
                cvss: {
                    version: string;
                    baseScore: number;
                    /** @enum {string} */
                    severity: "critical" | "high" | "medium" | "low" | "none";
                    vector: string;
                    source: string;
                }[];
                kev: {
                    dateAdded: string;
                    dueDate?: string;
                    requiredAction?: string;
                    name?: string;
                } | null;
                configurations: {
                    /** @enum {string} */
                    operator: "AND" | "OR";
                    negate: boolean;
                    nodes: {
                        /** @enum {string} */
                        operator: "AND" | "OR";
                        negate: boolean;
                        cpeMatch: {
                            vulnerable: boolean;
                            criteria: string;
                            range?: {
                                startIncluding?: string;
                                startExcluding?: string;
                                endIncluding?: string;
                                endExcluding?: string;
                            };
                        }[];
                    }[];
                }[];
                jvnAffected: {
                    jvndbId: string;
                    items: {
                        vendorName: string;
                        productName: string;
                        cpe?: string;
                        versionText: string | null;
                        productIds: string[];
                    }[];
                }[];
                references: string[];
                published: string | null;
                modified: string | null;
                supersededBy: string | null;
                matches: {
                    id: string;
                    advisoryId: string;
                    advisoryKey: string;
                    title: string;
                    titleJa: string | null;
                    installationId: string;
                    assetId: string;
                    departmentId: string;
                    bureauId: string | null;
                    departmentName: string | null;
                    ownerPersonId: string | null;
                    ownerName: string | null;
                    vendor: string;
                    product: string;
                    version: string;
                    /** @enum {string} */
                    verdict: "affected" | "confirm";
                    reason: {
                        ja: string;
                        en: string;
                    } | null;
                    state: string;
                    severity: string | null;
                    kev: boolean;
                    dueOn: string | null;
                    decisionReason: string | null;
                    evidence: string | null;
                    acceptedUntil: string | null;
                    decidedAt: string | null;
                    firstMatchedAt: string;
                    stale: boolean;
                    asset?: components["schemas"]["AssetLabel"];
                }[];
            };
        };
        AssetLabel: {
            id: string;
            /** @enum {boolean} */
            hidden: true;
        } | {
            id: string;
            /** @enum {boolean} */
            hidden: false;
            assetNumber: string;
            name: string;
            departmentId: string;
            kind: string;
            status: string;
        };
        VulnImports: {
            data: components["schemas"]["VulnImport"][];
        };
        VulnImport: {
            id: string;
            fileName: string;
            sha256: string;
            format: string | null;
            /** @enum {string} */
            status: "imported" | "failed";
            advisoryCount: number;
            error: {
                location: string;
                ja: string;
                en: string;
            } | null;
            importedByPersonId: string | null;
            importedAt: string;
        };
        VulnFeedImported: {
            data: {
                file: string;
                importId: string;
                /** @enum {string} */
                status: "imported" | "failed";
                advisories: number;
                error?: {
                    location: string;
                    ja: string;
                    en: string;
                };
                matches: number;
                newMatches: number;
            };
        };
        VulnFeedRefused: {
            data: {
                file: string;
                importId: string;
                /** @enum {string} */
                status: "imported" | "failed";
                advisories: number;
                error?: {
                    location: string;
                    ja: string;
                    en: string;
                };
            };
        };
        VulnStaffNoticeSent: {
            data: {
                recipients: number;
                mailed: number;
            };
        };
        VulnMatchRun: {
            data: {
                matches: number;
                inserted: number;
                stale: number;
                ms: {
                    load: number;
                    match: number;
                    write: number;
                };
            };
        };
        VulnMatches: {
            data: components["schemas"]["VulnMatch"][];
        };
        VulnMatch: {
            id: string;
            advisoryId: string;
            advisoryKey: string;
            title: string;
            titleJa: string | null;
            installationId: string;
            assetId: string;
            asset?: components["schemas"]["SoftwareAssetLabel"];
            departmentId: string;
            bureauId: string | null;
            departmentName: string | null;
            ownerPersonId: string | null;
            ownerName: string | null;
            vendor: string;
            product: string;
            version: string;
            /** @enum {string} */
            verdict: "affected" | "confirm";
            reason: {
                ja: string;
                en: string;
            } | null;
            state: string;
            severity: string | null;
            kev: boolean;
            dueOn: string | null;
            decisionReason: string | null;
            evidence: string | null;
            acceptedUntil: string | null;
            decidedAt: string | null;
            firstMatchedAt: string;
            stale: boolean;
            policies: components["schemas"]["Policies"];
        };
        VulnMatchDecided: {
            data: {
                id: string;
                advisoryId: string;
                installationId: string;
                departmentId: string;
                ownerPersonId: string | null;
                verdict: string;
                reason?: unknown;
                state: string;
                severity: string | null;
                kev: boolean;
                dueOn: string | null;
                decisionReason: string | null;
                evidence: string | null;
                acceptedUntil: string | null;
                decidedByPersonId: string | null;
                decidedAt: string | null;
                escalatedAt: string | null;
                stale: boolean;
                firstMatchedAt: string;
                lastMatchedAt: string;
            };
        };
        VulnSummary: {
            data: {
                bySeverity: {
                    severity: string;
                    age: string;
                    n: number;
                }[];
                byState: {
                    state: string;
                    n: number;
                }[];
                overdue: number;
                confirm: number;
                kev: number;
            };
        };
        AccountSystemList: {
            data: components["schemas"]["AccountSystem"][];
        };
        AccountSystem: {
            id: string;
            assetId: string;
            departmentId: string;
            bureauId: string | null;
            administratorPersonId: string | null;
            userScope: string;
            userDepartmentIds: string[];
            note: string | null;
            accounts: number;
            privileged: number;
            name: string;
            asset?: components["schemas"]["AssetLabel"];
            departmentName: string | null;
            userDepartments: components["schemas"]["UnitRef"][];
            administratorName: string | null;
            policies: components["schemas"]["Policies"];
        };
        UnitRef: {
            id: string;
            name: string | null;
        };
        AccountSystemRow: {
            data: {
                id: string;
                assetId: string;
                departmentId: string;
                administratorPersonId: string | null;
                userScope: string;
                userDepartmentIds: string[];
                note: string | null;
                createdAt: string;
                updatedAt: string;
            };
        };
        AccountImportResult: {
            data: {
                dryRun: boolean;
                rows: number;
                errors: {
                    row: number;
                    column: string | null;
                    message_ja: string;
                    message_en: string;
                }[];
                unknownPeople: string[];
                create: {
                    row: number;
                    loginName: string;
                    /** @enum {string} */
                    holderKind: "person" | "shared" | "system";
                    personId: string | null;
                    personName: string | null;
                    privileged: boolean;
                    role: string | null;
                    createdOn: string | null;
                    lastUsedOn: string | null;
                    /** @enum {string} */
                    state: "active" | "suspended" | "removed";
                    approvalRef: string | null;
                    renamedFrom?: string | null;
                    renamedOn?: string | null;
                    connectionLimitMinutes?: number | null;
                    /** @enum {string} */
                    purpose?: "operation" | "development";
                    developmentEndsOn?: string | null;
                }[];
                update: {
                    row: number;
                    loginName: string;
                    /** @enum {string} */
                    holderKind: "person" | "shared" | "system";
                    personId: string | null;
                    personName: string | null;
                    privileged: boolean;
                    role: string | null;
                    createdOn: string | null;
                    lastUsedOn: string | null;
                    /** @enum {string} */
                    state: "active" | "suspended" | "removed";
                    approvalRef: string | null;
                    renamedFrom?: string | null;
                    renamedOn?: string | null;
                    connectionLimitMinutes?: number | null;
                    /** @enum {string} */
                    purpose?: "operation" | "development";
                    developmentEndsOn?: string | null;
                    id: string;
                    changed: ("holderKind" | "personId" | "privileged" | "role" | "createdOn" | "lastUsedOn" | "state" | "approvalRef" | "renamedFrom" | "renamedOn" | "connectionLimitMinutes" | "purpose" | "developmentEndsOn")[];
                    before: {
                        holderKind?: string | number | boolean | null;
                        personId?: string | number | boolean | null;
                        privileged?: string | number | boolean | null;
                        role?: string | number | boolean | null;
                        createdOn?: string | number | boolean | null;
                        lastUsedOn?: string | number | boolean | null;
                        state?: string | number | boolean | null;
                        approvalRef?: string | number | boolean | null;
                        renamedFrom?: string | number | boolean | null;
                        renamedOn?: string | number | boolean | null;
                        connectionLimitMinutes?: string | number | boolean | null;
                        purpose?: string | number | boolean | null;
                        developmentEndsOn?: string | number | boolean | null;
                    };
                }[];
                unchanged: number;
                applied: {
                    created: number;
                    updated: number;
                } | null;
            };
        };
        AccountList: {
            data: components["schemas"]["AccountView"][];
        };
        AccountView: {
            id: string;
            systemId: string;
            assetId: string;
            departmentId: string;
            bureauId: string | null;
            administratorPersonId: string | null;
            loginName: string;
            holderKind: string;
            personId: string | null;
            privileged: boolean;
            role: string | null;
            createdOn: string | null;
            lastUsedOn: string | null;
            state: string;
            approvalRef: string | null;
            renamedFrom: string | null;
            renamedOn: string | null;
            connectionLimitMinutes: number | null;
            /** @enum {string} */
            purpose: "operation" | "development";
            developmentEndsOn: string | null;
            note: string | null;
            source: string;
            personName: string | null;
            systemName: string | null;
            policies: components["schemas"]["Policies"];
        };
        SystemAccountRow: {
            data: {
                id: string;
                systemId: string;
                departmentId: string;
                loginName: string;
                holderKind: string;
                personId: string | null;
                privileged: boolean;
                role: string | null;
                createdOn: string | null;
                lastUsedOn: string | null;
                state: string;
                approvalRef: string | null;
                renamedFrom: string | null;
                renamedOn: string | null;
                connectionLimitMinutes: number | null;
                purpose: string;
                developmentEndsOn: string | null;
                note: string | null;
                source: string;
                createdAt: string;
                updatedAt: string;
            };
        };
        AccountReconciliation: {
            data: {
                systems: number;
                accounts: number;
                unusedDays: number;
                counts: {
                    retired?: number;
                    unfit_department?: number;
                    unused?: number;
                    unknown_person?: number;
                    duplicate?: number;
                    privileged_unapproved?: number;
                    privileged_default_name?: number;
                    privileged_no_time_limit?: number;
                    development_expired?: number;
                };
                total: number;
                findings: components["schemas"]["AccountFinding"][];
            };
        };
        AccountFinding: {
            /** @enum {string} */
            kind: "retired" | "unfit_department" | "unused" | "unknown_person" | "duplicate" | "privileged_unapproved" | "privileged_default_name" | "privileged_no_time_limit" | "development_expired";
            accountId: string;
            systemId: string;
            personId: string | null;
            /** @description The applied 人事異動 that made the ID unfit (unfit_department) */
            transfer: {
                id: string;
                batchId: string;
                personId: string;
                effectiveDate: string;
                fromDepartmentId: string | null;
                toDepartmentId: string | null;
                fromDepartmentName: string | null;
                toDepartmentName: string | null;
            } | null;
            /** @description The other IDs of the same person (duplicate) */
            others: string[];
            since: string | null;
            clause: string;
            loginName: string | null;
            privileged: boolean;
            lastUsedOn: string | null;
            systemName: string | null;
            personName: string | null;
            ruleText: {
                ja: string;
                en: string;
            };
        };
        AccountReviewList: {
            data: {
                reviews: {
                    id: string;
                    title: string;
                    startedOn: string;
                    dueOn: string;
                    /** @enum {string} */
                    state: "open" | "closed";
                    clause: string;
                    startedBy: string | null;
                    closedAt: string | null;
                    systems: number;
                    ids: number;
                    decided: number;
                    openTasks: number;
                }[];
                rule: {
                    cycleMonths: number;
                    dueDays: number;
                    taskDays: number;
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                };
                policies: components["schemas"]["Policies"];
            };
        };
        AccountReviewStarted: {
            data: {
                id: string;
                title: string;
                startedOn: string;
                dueOn: string;
                state: string;
                startedBy: string | null;
                systemIds: string[];
                clause: string;
                remindedBeforeAt: string | null;
                remindedOverdueAt: string | null;
                closedAt: string | null;
                closedBy: string | null;
                createdAt: string;
            } & {
                ids: number;
            };
        };
        AccountReviewTasks: {
            data: (components["schemas"]["AccountReviewItem"] & {
                reviewId: string;
                reviewTitle: string;
                systemName: string | null;
            })[];
        };
        AccountReviewItem: {
            id: string;
            systemId: string;
            departmentId: string;
            bureauId: string | null;
            administratorPersonId: string | null;
            accountId: string;
            loginName: string;
            holderKind: string;
            personId: string | null;
            privileged: boolean;
            role: string | null;
            lastUsedOn: string | null;
            findings: string[];
            /** @enum {string|null} */
            sinceLast: "added" | "privilege_changed" | null;
            decision: string | null;
            reason: string | null;
            decidedBy: string | null;
            decidedAt: string | null;
            taskDueOn: string | null;
            taskDoneAt: string | null;
            taskNote: string | null;
            currentState: string | null;
            personName: string | null;
            decidedByName: string | null;
            policies: components["schemas"]["Policies"];
        };
        AccountReviewDetail: {
            data: {
                id: string;
                title: string;
                startedOn: string;
                dueOn: string;
                /** @enum {string} */
                state: "open" | "closed";
                clause: string;
                startedBy: string | null;
                closedAt: string | null;
                systems: {
                    systemId: string;
                    departmentId: string;
                    ids: number;
                    decided: number;
                    openTasks: number;
                    flagged: number;
                    name: string | null;
                    departmentName: string | null;
                    administratorName: string | null;
                    mayDecide: boolean;
                }[];
                ids: number;
                decided: number;
                openTasks: number;
                startedByName: string | null;
                policies: components["schemas"]["Policies"];
            };
        };
        AccountReviewItems: {
            data: {
                items: {
                    id: string;
                    systemId: string;
                    departmentId: string;
                    bureauId: string | null;
                    administratorPersonId: string | null;
                    accountId: string;
                    loginName: string;
                    holderKind: string;
                    personId: string | null;
                    personName: string | null;
                    privileged: boolean;
                    role: string | null;
                    lastUsedOn: string | null;
                    findings: string[];
                    /** @enum {string|null} */
                    sinceLast: "added" | "privilege_changed" | null;
                    decision: string | null;
                    reason: string | null;
                    decidedBy: string | null;
                    decidedByName: string | null;
                    decidedAt: string | null;
                    taskDueOn: string | null;
                    taskDoneAt: string | null;
                    taskNote: string | null;
                    currentState: string | null;
                    policies: components["schemas"]["Policies"];
                }[];
                removedSinceLast: {
                    accountId: string;
                    loginName: string;
                    personId: string | null;
                    personName: string | null;
                    privileged: boolean;
                }[];
            };
        };
        AccountReviewItemRow: {
            data: {
                id: string;
                reviewId: string;
                systemId: string;
                departmentId: string;
                accountId: string;
                loginName: string;
                holderKind: string;
                personId: string | null;
                privileged: boolean;
                role: string | null;
                lastUsedOn: string | null;
                findings: string[];
                sinceLast: string | null;
                decision: string | null;
                reason: string | null;
                decidedBy: string | null;
                decidedAt: string | null;
                taskDueOn: string | null;
                taskDoneAt: string | null;
                taskDoneBy: string | null;
                taskNote: string | null;
                taskRemindedAt: string | null;
            };
        };
        AccountReviewRow: {
            data: {
                id: string;
                title: string;
                startedOn: string;
                dueOn: string;
                state: string;
                startedBy: string | null;
                systemIds: string[];
                clause: string;
                remindedBeforeAt: string | null;
                remindedOverdueAt: string | null;
                closedAt: string | null;
                closedBy: string | null;
                createdAt: string;
            };
        };
        PrivilegedCheckoutList: {
            data: {
                id: string;
                accountId: string;
                systemId: string;
                departmentId: string;
                loginName: string;
                personId: string;
                personName: string | null;
                asDeputy: boolean;
                purpose: string;
                startsAt: string;
                endsAt: string;
                connectionLimitMinutes: number | null;
                clause: string;
                /** @enum {string} */
                state: "out" | "returned" | "reviewed";
                returnedAt: string | null;
                workNote: string | null;
                reviewDueOn: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                reviewedByName: string | null;
                reviewNote: string | null;
                administratorPersonId: string | null;
                policies: components["schemas"]["Policies"];
            }[];
        };
        PrivilegedCheckoutRow: {
            data: {
                id: string;
                accountId: string;
                systemId: string;
                departmentId: string;
                personId: string;
                deputyId: string | null;
                purpose: string;
                startsAt: string;
                endsAt: string;
                connectionLimitMinutes: number | null;
                clause: string;
                state: string;
                returnedAt: string | null;
                workNote: string | null;
                reviewDueOn: string;
                reviewedAt: string | null;
                reviewedBy: string | null;
                reviewNote: string | null;
                createdAt: string;
            };
        };
        PrivilegedDeputyRow: {
            data: {
                id: string;
                accountId: string;
                systemId: string;
                departmentId: string;
                personId: string;
                requestId: string;
                startsAt: string | null;
                endsAt: string | null;
                clause: string;
                recordedBy: string;
                endedAt: string | null;
                createdAt: string;
            };
        };
        PrivilegedRegister: {
            data: {
                accounts: (components["schemas"]["AccountView"] & {
                    findings: {
                        kind: string;
                        clause: string;
                    }[];
                    deputies: {
                        id: string;
                        personId: string;
                        personName: string | null;
                        requestNumber: number | null;
                        startsAt: string | null;
                        endsAt: string | null;
                        active: boolean;
                        clause: string;
                    }[];
                    mayCheckOut: boolean;
                })[];
                rules: {
                    approval: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    defaultName: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    defaultNames: string[];
                    timeLimit: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    development: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    checkout: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                        max_hours: number;
                        review_days: number;
                    };
                    deputy: {
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                        request_kind: string;
                    } | null;
                };
            };
        };
        IcCardList: {
            data: components["schemas"]["IcCardView"][];
        };
        IcCardView: {
            id: string;
            cardNumber: string;
            personId: string | null;
            departmentId: string;
            bureauId: string | null;
            issuedOn: string;
            state: string;
            lostAt: string | null;
            incidentId: string | null;
            replacedById: string | null;
            destroyedAt: string | null;
            destroyMethod: string | null;
            returnedAt: string | null;
            note: string | null;
            personName: string | null;
            departmentName: string | null;
            policies: components["schemas"]["Policies"];
        };
        IcCardRow: {
            data: {
                id: string;
                cardNumber: string;
                personId: string | null;
                departmentId: string;
                issuedOn: string;
                state: string;
                lostAt: string | null;
                lostReportedBy: string | null;
                incidentId: string | null;
                replacedById: string | null;
                destroyedAt: string | null;
                destroyMethod: string | null;
                returnedAt: string | null;
                note: string | null;
                createdAt: string;
                updatedAt: string;
            };
        };
        IcCardLossAnswer: {
            data: {
                /** @enum {boolean} */
                accepted: true;
                cardNumber: string;
                incident: {
                    id: string;
                    receiptNumber: string;
                };
                clause: string | null;
                cardId: string;
                state: string;
                sessionsEnded: number;
                /** @enum {string} */
                mode: "all" | "any";
                told: {
                    duty: string;
                    role: string | null;
                    count: number;
                }[];
                unreached: {
                    duty: string;
                    role: string | null;
                }[];
            } | {
                /** @enum {boolean} */
                accepted: true;
                cardNumber: string | null;
                incident: {
                    id: string;
                    receiptNumber: string;
                };
                clause: string | null;
            };
        };
        AssuranceItems: {
            data: {
                configured: boolean;
                items: components["schemas"]["AssuranceItem"][];
                pendingCatalogChanges: {
                    added: number;
                    textChanged: number;
                    retired: number;
                    restored: number;
                    unchanged: number;
                };
                needsSync: boolean;
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceItem: {
            id: string;
            clauseId: string;
            clauseTitle: string | null;
            clauseText: string;
            question: string;
            generatedQuestion: string;
            questionEdited: boolean;
            audience: string;
            audienceClause: string | null;
            /** @enum {string} */
            status: "active" | "retired";
            /** @enum {string|null} */
            lastChange: "new" | "text_changed" | "retired" | "restored" | null;
            previousClauseText: string | null;
            changedAt: string | null;
            ordinal: number;
        };
        AssuranceItemSync: {
            data: {
                added: number;
                textChanged: number;
                retired: number;
                restored: number;
                unchanged: number;
            };
        };
        AssuranceItemWritten: {
            data: components["schemas"]["AssuranceItem"];
        };
        AssuranceItemEdit: {
            question?: string;
            /** @enum {string} */
            audience?: "staff" | "department" | "system" | "network" | "bureau";
            /** @enum {boolean} */
            acknowledgeChange?: true;
        };
        AssuranceCampaigns: {
            data: {
                campaigns: components["schemas"]["AssuranceCampaign"][];
                scopes: {
                    key: string;
                    title: {
                        ja: string;
                        en: string;
                    };
                    /** @enum {string} */
                    unit: "person" | "department" | "bureau" | "organization";
                    /** @enum {string} */
                    respondent_duty?: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    audiences: ("staff" | "department" | "system" | "network" | "bureau")[];
                    /** @default [] */
                    confirms?: string[];
                    due: string;
                    /** @enum {string} */
                    report_to_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    report_reach?: {
                        /** @enum {string} */
                        within: "grant";
                        clause: string;
                    };
                    clause: string;
                }[];
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceCampaign: {
            id: string;
            profileId: string;
            fiscalYear: number;
            scopeKey: string;
            title: string;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "closed";
            clause: string;
            createdByPersonId: string | null;
            createdAt: string;
            closedAt: string | null;
            sheets: number;
            submitted: number;
        };
        AssuranceCampaignCreated: {
            data: {
                id: string;
                profileId: string;
                fiscalYear: number;
                scopeKey: string;
                title: string;
                dueDate: string;
                status: string;
                clause: string;
                createdByPersonId: string | null;
                createdAt: string;
                closedAt: string | null;
            };
        };
        AssuranceCampaignCreate: {
            fiscalYear: number;
            scopeKey: string;
        };
        AssuranceCampaignClosed: {
            data: {
                id: string;
                /** @enum {string} */
                status: "open" | "closed";
            };
        };
        AssuranceProgress: {
            data: {
                campaignId: string;
                dueDate: string;
                /** @enum {string} */
                by: "bureau" | "department";
                rows: components["schemas"]["AssuranceProgressRow"][];
            };
        };
        AssuranceProgressRow: {
            unit_id: string | null;
            unit_name: string | null;
            sheets: number;
            submitted: number;
            late: number;
            in_progress: number;
            not_started: number;
            overdue: number;
            answers: number | null;
            items: number | null;
            no_answers: number | null;
        };
        AssuranceCampaignSummary: {
            data: {
                campaignId: string;
                items: components["schemas"]["AssuranceItemAnswers"][];
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceItemAnswers: {
            item_id: string;
            clause_id: string;
            question: string;
            yes: number;
            partial: number;
            no: number;
            na: number;
        };
        AssuranceSheets: {
            data: components["schemas"]["AssuranceSheet"][];
        };
        AssuranceSheet: {
            id: string;
            campaignId: string;
            campaignTitle: string;
            scopeKey: string;
            fiscalYear: number;
            dueDate: string;
            /** @enum {string} */
            campaignStatus: "open" | "closed";
            clause: string;
            /** @enum {string} */
            unitKind: "person" | "department" | "bureau" | "organization";
            personId: string | null;
            personName: string | null;
            departmentId: string | null;
            bureauId: string | null;
            unitName: string | null;
            itemCount: number;
            answeredCount: number;
            noCount: number;
            /** @enum {string} */
            status: "not_started" | "in_progress" | "submitted";
            submittedAt: string | null;
            late: boolean;
        };
        AssuranceSheetDetail: {
            data: components["schemas"]["AssuranceSheet"] & {
                items: components["schemas"]["AssuranceSheetItem"][];
                confirms: components["schemas"]["AssuranceConfirmation"][];
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceSheetItem: {
            itemId: string;
            clauseId: string;
            question: string;
            audience: string;
            answerId: string | null;
            /** @enum {string|null} */
            value: "yes" | "partial" | "no" | "na" | null;
            comment: string | null;
            answeredAt: string | null;
            late: boolean;
            findingId: string | null;
            files: components["schemas"]["AssuranceEvidenceFile"][];
        };
        AssuranceEvidenceFile: {
            id: string;
            ownerId: string;
            fileName: string;
            contentType: string;
            size: number;
            sha256: string;
            createdAt: string;
        };
        AssuranceConfirmation: {
            scope_key: string;
            title: string;
            sheets: number;
            submitted: number;
            late: number;
            no_answers: number | null;
        };
        AssuranceAnswersSaved: {
            data: {
                answered: number;
                no: number;
                late: boolean;
            };
        };
        AssuranceAnswers: {
            answers: {
                /** Format: uuid */
                itemId: string;
                /** @enum {string} */
                value: "yes" | "partial" | "no" | "na";
                comment?: string;
            }[];
        };
        AssuranceSheetSubmitted: {
            data: {
                /** @enum {string} */
                status: "submitted";
                late: boolean;
            };
        };
        AssuranceFileAdded: {
            data: {
                id: string;
                fileName: string;
                contentType: string;
                size: number;
                sha256: string;
                createdAt: string;
            };
        };
        AssuranceFileUpload: {
            /** Format: binary */
            file: string;
        };
        AssuranceFindings: {
            data: components["schemas"]["AssuranceFindingRow"][];
        };
        AssuranceFindingRow: {
            id: string;
            /** @enum {string} */
            source: "answer" | "audit" | "lateral";
            origin_finding_id: string | null;
            clause_id: string;
            department_id: string | null;
            bureau_id: string | null;
            title: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            owner_person_id: string | null;
            due_date: string;
            /** @enum {string} */
            state: "open" | "in_progress" | "done" | "verified" | "closed";
            plan_id: string | null;
            created_at: string;
            overdue: boolean;
            unit_name: string | null;
            owner_name: string | null;
        };
        AssuranceFindingWritten: {
            data: components["schemas"]["AssuranceFinding"];
        };
        AssuranceFinding: {
            id: string;
            profileId: string;
            /** @enum {string} */
            source: "answer" | "audit" | "lateral";
            answerId: string | null;
            auditId: string | null;
            originFindingId: string | null;
            itemId: string | null;
            clauseId: string;
            departmentId: string | null;
            bureauId: string | null;
            title: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            ownerPersonId: string | null;
            correctiveAction: string | null;
            dueDate: string;
            /** @enum {string} */
            state: "open" | "in_progress" | "done" | "verified" | "closed";
            planId: string | null;
            verifiedByPersonId: string | null;
            createdByPersonId: string | null;
            createdAt: string;
            updatedAt: string;
            closedAt: string | null;
        };
        AssuranceFindingCreate: {
            /** Format: uuid */
            answerId: string;
            title?: string;
            /** @enum {string} */
            severity: "high" | "medium" | "low";
            /** Format: uuid */
            ownerPersonId?: string;
            correctiveAction?: string;
            dueDate: string;
        };
        AssuranceFindingDetail: {
            data: components["schemas"]["AssuranceFinding"] & {
                unitName: string | null;
                evidenceRequired: boolean;
                ownerName: string | null;
                files: components["schemas"]["AssuranceEvidenceFile"][];
                laterals: {
                    id: string;
                    departmentId: string | null;
                    /** @enum {string} */
                    state: "open" | "in_progress" | "done" | "verified" | "closed";
                    dueDate: string;
                    departmentName: string | null;
                }[];
                lateralProgress: {
                    total: number;
                    closed: number;
                    open: number;
                };
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceFindingUpdate: {
            /** @enum {string} */
            state?: "open" | "in_progress" | "done" | "verified" | "closed";
            /** @enum {string} */
            severity?: "high" | "medium" | "low";
            /** Format: uuid */
            ownerPersonId?: string | null;
            correctiveAction?: string;
            dueDate?: string;
            note?: string;
        };
        AssuranceLateralFindings: {
            data: components["schemas"]["AssuranceFinding"][];
        };
        AssuranceLateral: {
            departmentIds: string[];
            dueDate: string;
            note?: string;
        };
        AssurancePlans: {
            data: {
                plans: (components["schemas"]["AssurancePlan"] & {
                    unitName: string | null;
                })[];
                rule: {
                    /** @enum {string} */
                    approver_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                } | null;
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssurancePlan: {
            id: string;
            title: string;
            description: string;
            departmentId: string | null;
            bureauId: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "returned";
            approverDuty: string;
            decidedByPersonId: string | null;
            decidedAt: string | null;
            decisionNote: string | null;
            createdByPersonId: string | null;
            createdAt: string;
        };
        AssurancePlanWritten: {
            data: components["schemas"]["AssurancePlan"];
        };
        AssurancePlanCreate: {
            title: string;
            description: string;
            /** Format: uuid */
            departmentId?: string;
            findingIds: string[];
        };
        AssurancePlanDetail: {
            data: components["schemas"]["AssurancePlan"] & {
                unitName: string | null;
                createdByName: string | null;
                decidedByName: string | null;
                findings: {
                    id: string;
                    title: string;
                    /** @enum {string} */
                    severity: "high" | "medium" | "low";
                    /** @enum {string} */
                    state: "open" | "in_progress" | "done" | "verified" | "closed";
                    dueDate: string;
                    clauseId: string;
                }[];
                rule: {
                    /** @enum {string} */
                    approver_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                } | null;
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssurancePlanDecision: {
            /** @enum {string} */
            decision: "approve" | "return";
            note?: string;
        };
        AssuranceAudits: {
            data: {
                audits: components["schemas"]["AssuranceAudit"][];
                kinds: {
                    key: string;
                    title: {
                        ja: string;
                        en: string;
                    };
                    /** @enum {string} */
                    owner_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    /** @enum {string} */
                    performer_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    /** @enum {string} */
                    plan_approver_duty?: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    /** @enum {string} */
                    report_to_duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    clause: string;
                }[];
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceAudit: {
            id: string;
            profileId: string;
            kind: string;
            fiscalYear: number;
            title: string;
            unitIds: string[];
            scopeNote: string | null;
            periodFrom: string;
            periodTo: string;
            startDate: string;
            endDate: string;
            /** @enum {string} */
            status: "planned" | "approved" | "fieldwork" | "reported" | "closed";
            approvedByPersonId: string | null;
            approvedAt: string | null;
            report: string | null;
            reportedAt: string | null;
            closedAt: string | null;
            createdByPersonId: string | null;
            createdAt: string;
        };
        AssuranceAuditPlanned: {
            data: {
                id: string;
                profileId: string;
                kind: string;
                fiscalYear: number;
                title: string;
                unitIds?: unknown;
                scopeNote: string | null;
                periodFrom: string;
                periodTo: string;
                startDate: string;
                endDate: string;
                status: string;
                approvedByPersonId: string | null;
                approvedAt: string | null;
                report: string | null;
                reportedAt: string | null;
                closedAt: string | null;
                createdByPersonId: string | null;
                createdAt: string;
            } & {
                exceptions: {
                    personId: string;
                    reason: string;
                }[];
            };
        };
        AssuranceAuditCreate: {
            kind: string;
            fiscalYear: number;
            title: string;
            unitIds: string[];
            scopeNote?: string;
            periodFrom: string;
            periodTo: string;
            startDate: string;
            endDate: string;
            auditors: {
                /** Format: uuid */
                personId: string;
                unavoidableReason?: string;
            }[];
        };
        AssuranceAuditDetail: {
            data: components["schemas"]["AssuranceAudit"] & {
                auditors: {
                    auditId: string;
                    personId: string;
                    unavoidableReason: string | null;
                    name: string | null;
                }[];
                units: {
                    id: string;
                    name: string | null;
                }[];
                papers: components["schemas"]["AssuranceWorkingPaperView"][];
                readOnly: boolean;
            };
            policies: {
                [key: string]: boolean;
            };
        };
        AssuranceWorkingPaperView: {
            id: string;
            auditId: string;
            departmentId: string | null;
            title: string;
            body: string;
            writtenByPersonId: string | null;
            createdAt: string;
        };
        AssuranceAuditRow: {
            data: {
                id: string;
                profileId: string;
                kind: string;
                fiscalYear: number;
                title: string;
                unitIds?: unknown;
                scopeNote: string | null;
                periodFrom: string;
                periodTo: string;
                startDate: string;
                endDate: string;
                status: string;
                approvedByPersonId: string | null;
                approvedAt: string | null;
                report: string | null;
                reportedAt: string | null;
                closedAt: string | null;
                createdByPersonId: string | null;
                createdAt: string;
            };
        };
        AssuranceAuditReport: {
            report: string;
        };
        AssurancePaperRow: {
            data: {
                id: string;
                auditId: string;
                departmentId: string | null;
                title: string;
                body: string;
                writtenByPersonId: string | null;
                createdAt: string;
            };
        };
        AssuranceWorkingPaper: {
            title: string;
            description: string;
            /** Format: uuid */
            departmentId?: string;
        };
        DocumentKinds: {
            data: {
                key: string;
                title: {
                    ja: string;
                    en: string;
                };
                /** @enum {string} */
                unit: "organization" | "department";
                owner: {
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    clause: string;
                };
                approver: {
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    clause: string;
                };
                restricted: {
                    text: {
                        ja: string;
                        en?: string;
                    };
                    clause: string;
                } | null;
                review: {
                    every_months: number;
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    text: {
                        ja: string;
                        en?: string;
                    };
                    clause: string;
                } | null;
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
                createIn: ("organization" | "any_department") | string[] | null;
            }[];
            posting: {
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
            } | null;
            paperAcknowledgement: {
                /** @enum {string} */
                duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
            } | null;
        };
        DocumentList: {
            data: components["schemas"]["DocumentSummary"][];
        };
        DocumentSummary: {
            id: string;
            kind: string;
            kindInfo: {
                key: string;
                title: {
                    ja: string;
                    en: string;
                };
                /** @enum {string} */
                unit: "organization" | "department";
                owner: {
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    clause: string;
                };
                approver: {
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    clause: string;
                };
                restricted: {
                    text: {
                        ja: string;
                        en?: string;
                    };
                    clause: string;
                } | null;
                review: {
                    every_months: number;
                    /** @enum {string} */
                    duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    text: {
                        ja: string;
                        en?: string;
                    };
                    clause: string;
                } | null;
                text: {
                    ja: string;
                    en?: string;
                };
                clause: string;
            } | null;
            title: string;
            departmentId: string | null;
            departmentName: string | null;
            systemName: string | null;
            audience: {
                everyone: boolean;
                roles: string[];
                departments: string[];
            };
            restricted: boolean;
            reviewDueOn: string | null;
            lastReviewedAt: string | null;
            current: components["schemas"]["DocumentVersionMeta"] | null;
            pending: components["schemas"]["DocumentVersionMeta"] | null;
            requiredVersion: number | null;
            me: {
                inAudience: boolean;
                acknowledged: boolean;
                acknowledgedVersions: number[];
                mustAcknowledge: boolean;
            };
            policies: components["schemas"]["Policies"];
        };
        DocumentVersionMeta: {
            id: string;
            number: number;
            /** @enum {string} */
            state: "draft" | "approved" | "published" | "superseded";
            stateLabel: {
                ja: string;
                en: string;
            };
            changeSummary: string | null;
            materialChange: boolean;
            effectiveOn: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            approvedClause: string | null;
            publishedAt: string | null;
            publishedBy: string | null;
            supersededAt: string | null;
            createdAt: string;
        };
        DocumentRow: {
            data: {
                id: string;
                kind: string;
                title: string;
                departmentId: string | null;
                systemName: string | null;
                audience?: unknown;
                origin: string | null;
                reviewDueOn: string | null;
                lastReviewedAt: string | null;
                createdByPersonId: string | null;
                createdAt: string;
                updatedAt: string;
            };
        };
        DocumentReq: {
            kind: string;
            title: string;
            /**
             * Format: uuid
             * @default null
             */
            departmentId?: string | null;
            /** @default null */
            systemName?: string | null;
            audience: components["schemas"]["DocumentAudience"];
        };
        DocumentAudience: {
            everyone: boolean;
            /** @default [] */
            roles?: string[];
            /** @default [] */
            departments?: string[];
        };
        DocumentDetail: {
            data: components["schemas"]["DocumentSummary"] & {
                versions: components["schemas"]["DocumentVersionMeta"][];
            };
        };
        DocumentPatch: {
            title?: string;
            systemName?: string | null;
            audience?: components["schemas"]["DocumentAudience"];
        };
        DocumentReviewReq: {
            /** @enum {string} */
            outcome: "no_change" | "revise";
        };
        DocumentVersionWritten: {
            data: components["schemas"]["DocumentVersionMeta"] & {
                text: string;
                content?: unknown;
            };
        };
        DocumentVersionReq: {
            text: string;
            /** @default null */
            changeSummary?: string | null;
            /** @default true */
            materialChange?: boolean;
        };
        DocumentVersionPatch: {
            text?: string;
            changeSummary?: string | null;
            materialChange?: boolean;
        };
        DocumentVersionPage: {
            data: components["schemas"]["DocumentVersionMeta"] & {
                text: string;
                content?: unknown;
                documentTitle: string;
                restricted: boolean;
                watermark: {
                    name: string;
                    loginId: string;
                    at: string;
                    text: string;
                } | null;
                policies: components["schemas"]["Policies"];
            };
        };
        DocumentApproveReq: {
            effectiveOn: string;
            overrideReason?: string;
        };
        DocumentComparison: {
            data: {
                documentTitle: string;
                from: components["schemas"]["DocumentVersionMeta"];
                to: components["schemas"]["DocumentVersionMeta"];
                rows: {
                    /** @enum {string} */
                    kind: "same" | "changed" | "removed" | "added";
                    old: {
                        line: number;
                        text: string;
                    } | null;
                    new: {
                        line: number;
                        text: string;
                    } | null;
                }[];
                summary: {
                    same?: number;
                    changed?: number;
                    removed?: number;
                    added?: number;
                };
                restricted: boolean;
                watermark: {
                    name: string;
                    loginId: string;
                    at: string;
                    text: string;
                } | null;
                printedOn: string;
            };
        };
        DocumentAcknowledgementRow: {
            data: {
                id: string;
                documentId: string;
                versionId: string;
                versionNumber: number;
                personId: string;
                method: string;
                signedOn: string | null;
                recordedByPersonId: string;
                createdAt: string;
            };
        };
        DocumentAckReq: {
            versionNumber: number;
        };
        DocumentPaperAckReq: {
            versionNumber: number;
            /** Format: uuid */
            personId: string;
            signedOn: string;
        };
        DocumentAcknowledgementFigures: {
            data: {
                requiredVersion: number | null;
                currentVersion: number | null;
                /** @enum {string} */
                scope: "organization" | "my_departments";
                departments: {
                    departmentId: string | null;
                    departmentName: string | null;
                    total: number;
                    acknowledged: number;
                    pending: number;
                }[];
                people: {
                    id: string;
                    name: string;
                    employeeNumber: string | null;
                    departmentId: string | null;
                    departmentName: string | null;
                    hasLogin: boolean;
                    acknowledged: boolean;
                    last: {
                        versionNumber: number;
                        method: string;
                        methodLabel: {
                            ja: string;
                            en: string;
                        };
                        signedOn: string | null;
                        at: string;
                    } | null;
                    mayRecordPaper: boolean;
                }[];
            };
        };
        SupplierContractorList: {
            data: components["schemas"]["SupplierContractorListItem"][];
            policies: {
                [key: string]: boolean;
            };
        };
        SupplierContractorListItem: {
            id: string;
            name: string;
            corporateNumber: string | null;
            certifications: {
                /** @enum {string} */
                kind: "isms" | "pmark" | "other";
                number: string;
                expiresOn: string | null;
            }[];
            contactName: string | null;
            contactPhone: string | null;
            contactEmail: string | null;
            address: string | null;
            note: string | null;
            departments: (string | null)[];
        };
        SupplierContractorRes: {
            data: components["schemas"]["SupplierContractorView"];
            policies: {
                [key: string]: boolean;
            };
        };
        SupplierContractorView: {
            id: string;
            name: string;
            corporateNumber: string | null;
            certifications: {
                /** @enum {string} */
                kind: "isms" | "pmark" | "other";
                number: string;
                expiresOn: string | null;
            }[];
            contactName: string | null;
            contactPhone: string | null;
            contactEmail: string | null;
            address: string | null;
            note: string | null;
        };
        SupplierContractorRow: {
            data: {
                id: string;
                name: string;
                corporateNumber: string | null;
                certifications?: unknown;
                contactName: string | null;
                contactPhone: string | null;
                contactEmail: string | null;
                address: string | null;
                note: string | null;
                createdAt: string;
                updatedAt: string;
            };
        };
        SupplierContractor: {
            name: string;
            /** @default null */
            corporateNumber?: string | null;
            /** @default [] */
            certifications?: {
                /** @enum {string} */
                kind: "isms" | "pmark" | "other";
                number: string;
                /** @default null */
                expiresOn?: string | null;
            }[];
            /** @default null */
            contactName?: string | null;
            /** @default null */
            contactPhone?: string | null;
            /**
             * Format: email
             * @default null
             */
            contactEmail?: string | null;
            /** @default null */
            address?: string | null;
            /** @default null */
            note?: string | null;
        };
        SupplierContractorPatch: {
            name?: string;
            /** @default null */
            corporateNumber?: string | null;
            /** @default [] */
            certifications?: {
                /** @enum {string} */
                kind: "isms" | "pmark" | "other";
                number: string;
                /** @default null */
                expiresOn?: string | null;
            }[];
            /** @default null */
            contactName?: string | null;
            /** @default null */
            contactPhone?: string | null;
            /**
             * Format: email
             * @default null
             */
            contactEmail?: string | null;
            /** @default null */
            address?: string | null;
            /** @default null */
            note?: string | null;
        };
        SupplierContractList: {
            data: components["schemas"]["SupplierContractListItem"][];
            policies: {
                [key: string]: boolean;
            };
        };
        SupplierContractListItem: {
            id: string;
            subject: string;
            /** @enum {string} */
            state: "draft" | "checked" | "active" | "ending" | "closed";
            contractorId: string;
            contractorName: string;
            departmentId: string;
            bureauId: string | null;
            departmentName: string | null;
            startsOn: string;
            endsOn: string;
            informationLevels: string[];
            personalInformation: boolean;
            specificPersonalInformation: boolean;
            systemWork: boolean;
            designatedManager: boolean;
            maintenance: boolean;
            nextCheckOn: string | null;
            checkOverdue: boolean;
            openLendings: number;
            informationLevelLabels: {
                ja: string;
                en: string;
            }[];
            policies: {
                [key: string]: boolean;
            };
        };
        SupplierContractRow: {
            data: {
                id: string;
                contractorId: string;
                departmentId: string;
                subject: string;
                startsOn: string;
                endsOn: string;
                informationLevels: string[];
                personalInformation: boolean;
                specificPersonalInformation: boolean;
                systemWork: boolean;
                designatedManager: boolean;
                maintenance: boolean;
                state: string;
                securityPlanReceivedOn: string | null;
                securityPlanNote: string | null;
                noCopyConfirmedOn: string | null;
                noCopyConfirmedByPersonId: string | null;
                noCopyNote: string | null;
                createdByPersonId: string | null;
                createdAt: string;
                updatedAt: string;
                closedAt: string | null;
            };
        };
        SupplierContract: {
            /** Format: uuid */
            contractorId: string;
            /** Format: uuid */
            departmentId: string;
            subject: string;
            startsOn: string;
            endsOn: string;
            /** @default [] */
            informationLevels?: string[];
            /** @default false */
            personalInformation?: boolean;
            /** @default false */
            specificPersonalInformation?: boolean;
            /** @default false */
            systemWork?: boolean;
            /** @default false */
            designatedManager?: boolean;
            /** @default false */
            maintenance?: boolean;
        };
        SupplierContractRes: {
            data: components["schemas"]["SupplierContractView"];
        };
        SupplierContractView: {
            id: string;
            contractorId: string;
            departmentId: string;
            subject: string;
            startsOn: string;
            endsOn: string;
            informationLevels: string[];
            personalInformation: boolean;
            specificPersonalInformation: boolean;
            systemWork: boolean;
            designatedManager: boolean;
            maintenance: boolean;
            /** @enum {string} */
            state: "draft" | "checked" | "active" | "ending" | "closed";
            securityPlanReceivedOn: string | null;
            securityPlanNote: string | null;
            noCopyConfirmedOn: string | null;
            noCopyConfirmedByPersonId: string | null;
            noCopyNote: string | null;
            createdByPersonId: string | null;
            createdAt: string;
            updatedAt: string;
            closedAt: string | null;
            contractor: components["schemas"]["SupplierContractorView"] & (Record<string, unknown> | null);
            departmentName: string | null;
            informationLevelLabels: {
                ja: string;
                en: string;
            }[];
            checklist: {
                key: string;
                text: string;
                clause: string;
                clauseLabel: string;
                included: boolean | null;
                location: string | null;
                confirmedAt: string | null;
            }[];
            pledgeRule: {
                required: boolean;
                asNeeded: boolean;
                clause: string | null;
            };
            securityPlanRule: {
                required: boolean;
                clause: string | null;
            };
            noCopyRule: {
                clause: string | null;
            };
            noCopyConfirmedByName: string | null;
            nextCheckOn: string | null;
            people: {
                id: string;
                personId: string;
                name: string;
                /** @enum {string} */
                role: "responsible" | "worker";
                pledges: {
                    id: string;
                    version: string;
                    signedOn: string;
                    receivedOn: string;
                    receivedByName: string | null;
                }[];
            }[];
            checks: {
                id: string;
                contractId: string;
                checkedOn: string;
                /** @enum {string} */
                result: "ok" | "issues";
                /** @enum {string} */
                importance: "normal" | "high";
                findings: string | null;
                measures: string | null;
                checkedByPersonId: string;
                reportedTo: string[];
                createdAt: string;
                checkedByName: string | null;
            }[];
            incidents: {
                id: string;
                incident: {
                    id: string;
                    /** @enum {boolean} */
                    hidden: true;
                } | {
                    id: string;
                    /** @enum {boolean} */
                    hidden: false;
                    receiptNumber: string;
                    summary: string;
                };
                involvement: string;
                recordedByName: string | null;
                createdAt: string;
            }[];
            lendings: {
                id: string;
                contractId: string;
                slipNumber: string;
                description: string;
                assetId: string | null;
                lentOn: string;
                /** @enum {string} */
                state: "lent" | "returned" | "disposed";
                returnedOn: string | null;
                certificateNumber: string | null;
                certifiedOn: string | null;
                certificateName: string | null;
                certificateType: string | null;
                certificateSha256: string | null;
                closedByPersonId: string | null;
                createdAt: string;
                asset: components["schemas"]["AssetLabel"];
                hasCertificate: boolean;
            }[];
            subcontractRule: {
                writtenConsent: boolean;
                clause: string;
                consentClause: string | null;
            } | null;
            subcontracts: {
                id: string;
                parentId: string | null;
                level: number;
                contractorId: string;
                contractorName: string;
                work: string;
                dataHandled: string | null;
                measures: string;
                /** @enum {string} */
                decision: "approved" | "refused" | "open";
                requestId: string;
                requestNumber: number | null;
                decidedAt: string | null;
                consentNumber: string | null;
                consentOn: string | null;
                consentRecordedByName: string | null;
            }[];
            openItems: {
                /** @enum {string} */
                code: "missing_clauses" | "missing_pledges" | "no_people" | "missing_security_plan" | "open_lendings" | "missing_no_copy_confirmation" | "unsettled_subcontracts";
                message_ja: string;
                message_en: string;
                clause: string;
                items: string[];
            }[];
            policies: {
                [key: string]: boolean;
            };
        };
        SupplierContractPatch: {
            subject?: string;
            startsOn?: string;
            endsOn?: string;
            informationLevels?: string[];
            personalInformation?: boolean;
            specificPersonalInformation?: boolean;
            systemWork?: boolean;
            designatedManager?: boolean;
            maintenance?: boolean;
        };
        SupplierClausesConfirmed: {
            data: {
                /** @description The clauses the contract still lacks */
                missing: string[];
            };
        };
        SupplierClauseConfirm: {
            confirmations: {
                clauseKey: string;
                included: boolean;
                /** @default null */
                location?: string | null;
            }[];
        };
        SupplierContractTransition: {
            /** @enum {string} */
            state: "draft" | "checked" | "active" | "ending" | "closed";
        };
        SupplierSecurityPlan: {
            receivedOn: string;
            /** @default null */
            note?: string | null;
        };
        SupplierNoCopyConfirmation: {
            confirmedOn: string;
            /** @default null */
            note?: string | null;
        };
        SupplierContractPersonRow: {
            data: {
                id: string;
                contractId: string;
                personId: string;
                role: string;
                addedAt: string;
                removedAt: string | null;
            };
        };
        SupplierContractPerson: {
            /** @enum {string} */
            role: "responsible" | "worker";
            /**
             * Format: uuid
             * @default null
             */
            personId?: string | null;
            /** @default null */
            name?: string | null;
            /** @default null */
            nameKana?: string | null;
            /**
             * Format: email
             * @default null
             */
            email?: string | null;
            /** @default null */
            phone?: string | null;
        };
        SupplierPledgeList: {
            data: {
                id: string;
                personId: string;
                personName: string | null;
                role: string | null;
                version: string;
                signedOn: string | null;
                receivedOn: string | null;
                note: string | null;
                receivedByPersonId: string | null;
                receivedByName: string | null;
            }[];
        };
        SupplierPledgeRow: {
            data: {
                id: string;
                contractId: string;
                personId: string;
                version: string;
                signedOn: string;
                receivedOn: string;
                receivedByPersonId: string;
                note: string | null;
                createdAt: string;
            };
        };
        SupplierPledge: {
            /** Format: uuid */
            contractId: string;
            /** Format: uuid */
            personId: string;
            version: string;
            signedOn: string;
            receivedOn: string;
            /** @default null */
            note?: string | null;
        };
        SupplierCheckList: {
            data: components["schemas"]["SupplierCheckRow"][];
            clause: string | null;
            clauseLabel: string | null;
        };
        SupplierCheckRow: {
            id: string;
            contractId: string;
            subject: string;
            contractorName: string;
            departmentId: string;
            departmentName: string | null;
            checkedOn: string;
            /** @enum {string} */
            result: "ok" | "issues";
            /** @enum {string} */
            importance: "normal" | "high";
            findings: string | null;
            measures: string | null;
            reportedTo: string[];
            reportedToLabels: {
                ja: string;
                en: string;
            }[];
            checkedByName: string | null;
        };
        SupplierCheckRecorded: {
            data: {
                id: string;
                contractId: string;
                checkedOn: string;
                result: string;
                importance: string;
                findings: string | null;
                measures: string | null;
                checkedByPersonId: string;
                reportedTo: string[];
                createdAt: string;
            } & {
                notified: number;
            };
        };
        SupplierCheck: {
            /** Format: uuid */
            contractId: string;
            checkedOn: string;
            /** @enum {string} */
            result: "ok" | "issues";
            /** @enum {string} */
            importance: "normal" | "high";
            /** @default null */
            findings?: string | null;
            /** @default null */
            measures?: string | null;
        };
        SupplierContractIncidentRow: {
            data: {
                id: string;
                contractId: string;
                incidentId: string;
                involvement: string;
                recordedByPersonId: string;
                createdAt: string;
            };
        };
        SupplierIncidentName: {
            /** Format: uuid */
            incidentId: string;
            /** @description How the contractor was involved */
            involvement: string;
        };
        SupplierLendingRow: {
            data: {
                id: string;
                contractId: string;
                slipNumber: string;
                description: string;
                assetId: string | null;
                lentOn: string;
                state: string;
                returnedOn: string | null;
                certificateNumber: string | null;
                certifiedOn: string | null;
                certificateName: string | null;
                certificateType: string | null;
                certificateSha256: string | null;
                closedByPersonId: string | null;
                createdAt: string;
            };
        };
        SupplierLending: {
            slipNumber: string;
            description: string;
            /**
             * Format: uuid
             * @default null
             */
            assetId?: string | null;
            lentOn: string;
        };
        SupplierLendingReturned: {
            data: {
                id: string;
                /** @enum {string} */
                state: "returned";
                returnedOn: string;
            };
        };
        SupplierLendingReturn: {
            returnedOn: string;
        };
        SupplierLendingDisposed: {
            data: {
                id: string;
                /** @enum {string} */
                state: "disposed";
                certificateSha256: string;
            };
        };
        SupplierDisposalCertificate: {
            certificateNumber: string;
            certifiedOn: string;
            /** Format: binary */
            file: string;
        };
        SupplierSubcontractFiled: {
            data: {
                id: string;
                contractId: string;
                parentId: string | null;
                level: number;
                contractorId: string;
                work: string;
                dataHandled: string | null;
                measures: string;
                requestId: string;
                consentNumber: string | null;
                consentOn: string | null;
                consentRecordedByPersonId: string | null;
                createdByPersonId: string;
                createdAt: string;
            } & {
                requestNumber: number;
            };
        };
        SupplierSubcontract: {
            /** Format: uuid */
            contractorId: string;
            /**
             * Format: uuid
             * @default null
             */
            parentId?: string | null;
            work: string;
            /** @default null */
            dataHandled?: string | null;
            measures: string;
        };
        SupplierSubcontractRow: {
            data: {
                id: string;
                contractId: string;
                parentId: string | null;
                level: number;
                contractorId: string;
                work: string;
                dataHandled: string | null;
                measures: string;
                requestId: string;
                consentNumber: string | null;
                consentOn: string | null;
                consentRecordedByPersonId: string | null;
                createdByPersonId: string;
                createdAt: string;
            };
        };
        SupplierSubcontractConsent: {
            consentNumber: string;
            consentOn: string;
        };
        ExternalServiceList: {
            data: components["schemas"]["ExternalServiceListItem"][];
            total: number;
        };
        ExternalServiceListItem: {
            id: string;
            name: string;
            provider: string;
            /** @enum {string} */
            category: "general" | "free_mail" | "online_storage";
            categoryLabel: {
                ja: string;
                en: string;
            };
            highestLevel: string | null;
            path: string;
            pathClause: string;
            departmentId: string;
            departmentName: string | null;
            managerPersonId: string;
            managerName: string | null;
            requestId: string | null;
            consultedOn: string | null;
            state: string;
            terminatedOn: string | null;
            /** @enum {string} */
            status: "requested" | "refused" | "in_use" | "terminated";
            statusLabel: {
                ja: string;
                en: string;
            };
            nextCheck: {
                /** @enum {string} */
                phase: "build" | "periodic" | "termination";
                dueOn: string;
                phaseLabel: {
                    ja: string;
                    en: string;
                };
            } | null;
            highestLevelLabel: {
                ja: string;
                en: string;
            } | null;
            pathTitle: {
                ja: string;
                en: string;
            } | null;
            pathClauseLabel: string;
            requestNumber: number | null;
            checkOverdue: boolean;
        };
        ExternalServiceRes: {
            data: components["schemas"]["ExternalServiceView"];
            policies?: {
                [key: string]: boolean;
            };
        };
        ExternalServiceView: {
            id: string;
            name: string;
            provider: string;
            /** @enum {string} */
            category: "general" | "free_mail" | "online_storage";
            categoryLabel: {
                ja: string;
                en: string;
            };
            highestLevel: string | null;
            path: string;
            pathClause: string;
            departmentId: string;
            departmentName: string | null;
            managerPersonId: string;
            managerName: string | null;
            requestId: string | null;
            consultedOn: string | null;
            state: string;
            terminatedOn: string | null;
            /** @enum {string} */
            status: "requested" | "refused" | "in_use" | "terminated";
            statusLabel: {
                ja: string;
                en: string;
            };
            nextCheck: {
                /** @enum {string} */
                phase: "build" | "periodic" | "termination";
                dueOn: string;
                phaseLabel: {
                    ja: string;
                    en: string;
                };
            } | null;
            /** @enum {string} */
            termsKind: "terms" | "contract";
            contractId: string | null;
            zone: string | null;
            purpose: string;
            termsCheckedOn: string | null;
            necessityReason: string | null;
            consultationNote: string | null;
            consultedByPersonId: string | null;
            consultedByName: string | null;
            createdByPersonId: string;
            createdByName: string | null;
            createdAt: string;
            updatedAt: string;
            highestLevelLabel: {
                ja: string;
                en: string;
            };
            pathInfo: {
                key: string;
                title: {
                    ja: string;
                    en: string;
                } | null;
                clause: string;
                clauseLabel: string;
                needs: {
                    approval: boolean;
                    termsCheck: boolean;
                    necessityReason: boolean;
                    consultation: boolean;
                    checks: ("build" | "periodic" | "termination")[];
                } | null;
            };
            request: {
                id: string;
                number: number;
                status: string;
                decidedAt: string | null;
            } | null;
            blockers: {
                code: string;
                ja: string;
                en: string;
                clause: string;
                clauseLabel: string;
            }[];
            checks: {
                id: string;
                serviceId: string;
                /** @enum {string} */
                phase: "build" | "periodic" | "termination";
                phaseLabel: {
                    ja: string;
                    en: string;
                };
                checkedOn: string;
                /** @enum {string} */
                result: "ok" | "issues";
                findings: string | null;
                checkedByPersonId: string;
                checkedByName: string | null;
                createdAt: string;
            }[];
            policies: {
                [key: string]: boolean;
            };
        };
        ExternalService: {
            /** Format: uuid */
            departmentId: string;
            name: string;
            provider: string;
            /** @enum {string} */
            termsKind: "terms" | "contract";
            /**
             * Format: uuid
             * @default null
             */
            contractId?: string | null;
            /** @enum {string} */
            category: "general" | "free_mail" | "online_storage";
            /** @default null */
            highestLevel?: string | null;
            /**
             * @default null
             * @enum {string|null}
             */
            zone?: "mynumber" | "lgwan" | "internet" | null;
            purpose: string;
            /** Format: uuid */
            managerPersonId: string;
            /** @default null */
            necessityReason?: string | null;
            /** @default null */
            termsCheckedOn?: string | null;
        };
        ExternalServicePath: {
            data: {
                key: string;
                title: {
                    ja: string;
                    en: string;
                };
                text: {
                    ja: string;
                    en: string;
                };
                clause: string;
                clauseLabel: string;
                approval: boolean;
                termsCheck: boolean;
                necessityReason: boolean;
                consultation: boolean;
                checks: {
                    /** @enum {string} */
                    phase: "build" | "periodic" | "termination";
                    label: {
                        ja: string;
                        en: string;
                    };
                }[];
                /** @description The applicant the path's text names (null: any member of the 課), and whether the viewer is one */
                filedBy: {
                    roles: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                    clauseLabel: string;
                    mayFile: boolean;
                } | null;
            } | null;
        };
        ExternalServiceCriteria: {
            /** @description null: the profile names no rules for external services */
            data: {
                text: {
                    ja: string;
                    en: string;
                };
                clause: string;
                clauseLabel: string;
                writerRoles: {
                    ja: string;
                    en: string;
                };
                sections: {
                    key: string;
                    title: {
                        ja: string;
                        en: string;
                    };
                    /** @description What the section must cover, as the policy text says */
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                    clauseLabel: string;
                    /** @description The text in force; null: not written yet */
                    current: {
                        version: number;
                        body: string;
                        writtenAt: string;
                        writtenByName: string | null;
                    } | null;
                }[];
                reliability: {
                    text: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                    clauseLabel: string;
                    roles: {
                        ja: string;
                        en: string;
                    };
                    paths: {
                        key: string;
                        title: {
                            ja: string;
                            en: string;
                        };
                    }[];
                } | null;
                services: {
                    id: string;
                    name: string;
                    provider: string;
                    departmentName: string | null;
                    judgement: {
                        /** @enum {string} */
                        judgement: "sufficient" | "insufficient";
                        label: {
                            ja: string;
                            en: string;
                        };
                        basis: string;
                        judgedOn: string;
                        judgedByName: string | null;
                    } | null;
                }[];
                policies: {
                    write: boolean;
                    judge: boolean;
                };
            } | null;
        };
        ExternalServiceCriteriaVersion: {
            data: {
                id: string;
                sectionKey: string;
                version: number;
                body: string;
                writtenByPersonId: string;
                writtenAt: string;
            };
        };
        ExternalServiceCriteriaWrite: {
            criteriaText: string;
            baseVersion: number | null;
        };
        ExternalServiceConsultation: {
            consultedOn: string;
            consultationNote: string;
        };
        ExternalServiceReliabilityJudgement: {
            data: {
                id: string;
                serviceId: string;
                /** @enum {string} */
                judgement: "sufficient" | "insufficient";
                basis: string;
                judgedOn: string;
                judgedByPersonId: string;
                createdAt: string;
            };
        };
        ExternalServiceReliability: {
            /** @enum {string} */
            judgement: "sufficient" | "insufficient";
            basis: string;
            judgedOn: string;
        };
        ExternalServiceCheckRow: {
            data: {
                id: string;
                serviceId: string;
                phase: string;
                checkedOn: string;
                result: string;
                findings: string | null;
                checkedByPersonId: string;
                createdAt: string;
            };
        };
        ExternalServiceCheck: {
            /** @enum {string} */
            phase: "build" | "periodic" | "termination";
            checkedOn: string;
            /** @enum {string} */
            result: "ok" | "issues";
            /** @default null */
            findings?: string | null;
        };
        ExternalServiceEnd: {
            terminatedOn: string;
        };
        TrainingPlanList: {
            data: {
                plans: components["schemas"]["TrainingPlan"][];
                rules: {
                    organizer: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    plan_approval?: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    deliberated_by?: {
                        body: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    department_recorder: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    new_hire?: {
                        title: {
                            ja: string;
                            en: string;
                        };
                        deadline: {
                            business_days: number;
                        };
                        clause: string;
                    };
                    consent?: {
                        /** @enum {string} */
                        requested_by: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        employment_types: ("regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker")[];
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    /** @default [] */
                    report_chain?: {
                        key: string;
                        /** @enum {string} */
                        by: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        /** @enum {string} */
                        to: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        title: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    }[];
                    /** @default 5 */
                    remind_days_before?: number;
                };
            };
            policies: components["schemas"]["Policies"];
        };
        TrainingPlan: {
            id: string;
            fiscalYear: number;
            fiscalYearLabel: string;
            title: string;
            note: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "approved" | "in_effect" | "reported";
            statusLabel: {
                ja: string;
                en: string;
            };
            createdBy: string | null;
            submittedAt: string | null;
            submittedBy: string | null;
            approvedAt: string | null;
            approvedBy: string | null;
            approvalClause: string | null;
            effectiveAt: string | null;
            reportedAt: string | null;
            createdAt: string;
            policies: components["schemas"]["Policies"];
        };
        TrainingPlanRes: {
            data: components["schemas"]["TrainingPlan"];
        };
        TrainingPlanCreate: {
            fiscalYear: number;
            title: string;
            note?: string;
        };
        TrainingPlanDetail: {
            data: components["schemas"]["TrainingPlan"] & {
                courses: components["schemas"]["TrainingCourse"][];
                rules: {
                    organizer: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    plan_approval?: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    deliberated_by?: {
                        body: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    department_recorder: {
                        /** @enum {string} */
                        duty: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        clause: string;
                    };
                    new_hire?: {
                        title: {
                            ja: string;
                            en: string;
                        };
                        deadline: {
                            business_days: number;
                        };
                        clause: string;
                    };
                    consent?: {
                        /** @enum {string} */
                        requested_by: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        employment_types: ("regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker")[];
                        text: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    };
                    /** @default [] */
                    report_chain?: {
                        key: string;
                        /** @enum {string} */
                        by: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        /** @enum {string} */
                        to: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                        title: {
                            ja: string;
                            en: string;
                        };
                        clause: string;
                    }[];
                    /** @default 5 */
                    remind_days_before?: number;
                };
            };
            policies: components["schemas"]["Policies"];
        };
        TrainingCourse: {
            id: string;
            planId: string;
            fiscalYear: number;
            title: string;
            description: string | null;
            /** @enum {string} */
            delivery: "classroom" | "elearning" | "drill";
            deliveryLabel: {
                ja: string;
                en: string;
            };
            mandatory: boolean;
            audience: {
                /** @enum {string} */
                kind: "everyone";
            } | {
                /** @enum {string} */
                kind: "roles";
                roleKeys: string[];
            } | {
                /** @enum {string} */
                kind: "employment";
                types: ("regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker")[];
            } | {
                /** @enum {string} */
                kind: "departments";
                unitIds: string[];
            };
            newHire: boolean;
            dueDate: string;
            materialText: string | null;
            hasPdf: boolean;
            materialPdfName: string | null;
            quiz: {
                passMark: number;
                questions: {
                    text: string;
                    choices: string[];
                    correct?: number;
                }[];
            } | null;
            createdAt: string;
        };
        TrainingPlanAction: {
            /** @enum {string} */
            action: "submit" | "return" | "approve" | "put_in_effect";
            note?: string;
            overrideReason?: string;
        };
        TrainingCourseList: {
            data: {
                courses: components["schemas"]["TrainingCourse"][];
            };
        };
        TrainingCourseRes: {
            data: components["schemas"]["TrainingCourse"];
        };
        TrainingCourseCreate: {
            /** Format: uuid */
            planId: string;
            title: string;
            description?: string;
            /** @enum {string} */
            delivery: "classroom" | "elearning" | "drill";
            /** @default true */
            mandatory?: boolean;
            audience: {
                /** @enum {string} */
                kind: "everyone";
            } | {
                /** @enum {string} */
                kind: "roles";
                roleKeys: string[];
            } | {
                /** @enum {string} */
                kind: "employment";
                types: ("regular" | "reappointed" | "fiscal_year" | "temporary" | "dispatched" | "contractor_worker")[];
            } | {
                /** @enum {string} */
                kind: "departments";
                unitIds: string[];
            };
            /** @default false */
            newHire?: boolean;
            dueDate?: string;
            materialText?: string;
            quiz?: {
                passMark: number;
                questions: {
                    text: string;
                    choices: string[];
                    correct: number;
                }[];
            };
        };
        TrainingSessionList: {
            data: {
                sessions: {
                    id: string;
                    courseId: string;
                    heldOn: string;
                    heldOnLabel: string;
                    startTime: string | null;
                    place: string;
                    capacity: number | null;
                    organizerPersonId: string;
                    createdAt: string;
                    courseTitle: string;
                    deliveryLabel: {
                        ja: string;
                        en: string;
                    };
                    fiscalYear: number;
                    attended: number;
                }[];
            };
        };
        TrainingSessionRes: {
            data: {
                id: string;
                courseId: string;
                heldOn: string;
                startTime: string | null;
                place: string;
                capacity: number | null;
                organizerPersonId: string;
                createdAt: string;
            };
        };
        TrainingSessionCreate: {
            /** Format: uuid */
            courseId: string;
            heldOn: string;
            startTime?: string;
            place: string;
            capacity?: number;
            /** Format: uuid */
            organizerPersonId?: string;
        };
        TrainingSessionSheet: {
            data: {
                session: {
                    id: string;
                    courseId: string;
                    heldOn: string;
                    heldOnLabel: string;
                    startTime: string | null;
                    place: string;
                    capacity: number | null;
                    organizerPersonId: string;
                    createdAt: string;
                };
                course: {
                    id: string;
                    title: string;
                    deliveryLabel: {
                        ja: string;
                        en: string;
                    };
                };
                people: {
                    personId: string;
                    name: string;
                    employeeNumber: string | null;
                    departmentId: string | null;
                    hasLogin: boolean;
                    attended: boolean;
                    attendedThisSession: boolean;
                    methodLabel: {
                        ja: string;
                        en: string;
                    } | null;
                }[];
            };
        };
        TrainingRecorded: {
            data: {
                recorded: number;
            };
        };
        TrainingAttendance: {
            /** Format: uuid */
            sessionId: string;
            personIds: string[];
        };
        TrainingAttendanceImport: {
            data: {
                dryRun: boolean;
                rows: number;
                validRows: number;
                recorded: number;
                errors: {
                    row: number;
                    column: string;
                    message_ja: string;
                    message_en: string;
                }[];
            };
        };
        TrainingCompletion: {
            data: {
                day: string;
                courses: {
                    id: string;
                    title: string;
                    mandatory: boolean;
                    dueDate: string;
                    newHire: boolean;
                }[];
                groups: {
                    key: string;
                    label: string;
                    courses: {
                        courseId: string;
                        audience: number;
                        completed: number;
                        overdue: number;
                        rate: number | null;
                    }[];
                }[];
            };
        };
        TrainingOverdue: {
            data: {
                day: string;
                overdue: {
                    personId: string;
                    name: string;
                    employeeNumber: string | null;
                    departmentId: string | null;
                    bureauId: string | null;
                    hasLogin: boolean;
                    courseId: string;
                    courseTitle: string;
                    mandatory: boolean;
                    deadline: string;
                    deadlineLabel: string;
                    completedOn: string | null;
                    overdue: boolean;
                }[];
            };
        };
        MyTraining: {
            data: {
                fiscalYear: number;
                courses: {
                    id: string;
                    title: string;
                    description: string | null;
                    /** @enum {string} */
                    delivery: "classroom" | "elearning" | "drill";
                    deliveryLabel: {
                        ja: string;
                        en: string;
                    };
                    mandatory: boolean;
                    deadline: string;
                    deadlineLabel: string;
                    completedOn: string | null;
                    methodLabel: {
                        ja: string;
                        en: string;
                    } | null;
                    overdue: boolean;
                    hasQuiz: boolean;
                }[];
                consents: {
                    id: string;
                    personId: string;
                    requestedByPersonId: string;
                    requestedAt: string;
                    text: string;
                    textVersion: string;
                    clause: string;
                    signedAt: string | null;
                    /** @enum {string|null} */
                    signedMethod: "app" | "paper" | null;
                    signedMethodLabel: {
                        ja: string;
                        en: string;
                    } | null;
                    recordedByPersonId: string | null;
                }[];
            };
        };
        TrainingNewHireRes: {
            data: {
                id: string;
                courseId: string;
                personId: string;
                joinedOn: string;
                deadline: string;
                clause: string | null;
                assignedByPersonId: string | null;
                remindedBeforeAt: string | null;
                remindedOverdueAt: string | null;
                createdAt: string;
            };
        };
        TrainingNewHire: {
            /** Format: uuid */
            personId: string;
            joinedOn: string;
            fiscalYear?: number;
        };
        TrainingConsentList: {
            data: {
                rule: {
                    clause: string;
                    text: {
                        ja: string;
                        en?: string;
                    };
                    textVersion: string;
                    employmentTypes: string[];
                };
                units: {
                    departmentId: string | null;
                    departmentName: string | null;
                    eligible: number;
                    signed: number;
                    pending: number;
                    notRequested: number;
                }[];
                people: {
                    personId: string;
                    name: string;
                    employeeNumber: string | null;
                    employmentType: string;
                    departmentId: string | null;
                    departmentName: string | null;
                    /** @enum {string} */
                    standing: "signed" | "pending" | "not_requested";
                    standingLabel: {
                        ja: string;
                        en: string;
                    };
                    consents: {
                        id: string;
                        textVersion: string;
                        current: boolean;
                        requestedAt: string;
                        signedAt: string | null;
                        /** @enum {string|null} */
                        signedMethod: "app" | "paper" | null;
                    }[];
                }[];
            } | null;
        };
        TrainingConsent: {
            data: {
                id: string;
                personId: string;
                requestedByPersonId: string;
                requestedAt: string;
                text: string;
                textVersion: string;
                clause: string;
                signedAt: string | null;
                /** @enum {string|null} */
                signedMethod: "app" | "paper" | null;
                signedMethodLabel: {
                    ja: string;
                    en: string;
                } | null;
                recordedByPersonId: string | null;
            };
        };
        TrainingConsentRequest: {
            /** Format: uuid */
            personId: string;
        };
        TrainingConsentSign: {
            /** @enum {string} */
            method: "app" | "paper";
        };
        TrainingReportChain: {
            data: {
                chain: {
                    key: string;
                    /** @enum {string} */
                    by: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    /** @enum {string} */
                    to: "administer_system" | "manage_organization" | "view_audit_log" | "manage_department_security" | "own_assets" | "classify_assets" | "approve_carry_out" | "approve_external_provision" | "approve_disposal" | "approve_software_install" | "approve_exception" | "approve_external_connection" | "chief_information_security_officer" | "manage_network" | "view_all_departments" | "receive_incident_reports" | "triage_incident" | "report_outside" | "approve_training_plan" | "committee_member" | "lead_audit" | "perform_audit" | "liaison" | "approve_offsite_work" | "inspect_bureau" | "perform_internal_inspection" | "use_information" | "manage_information_system" | "read_audited_records";
                    title: {
                        ja: string;
                        en: string;
                    };
                    clause: string;
                }[];
                reports: {
                    id: string;
                    planId: string;
                    stepKey: string;
                    departmentId: string | null;
                    reportedByPersonId: string;
                    reportedOn: string;
                    summary?: unknown;
                    note: string | null;
                    clause: string;
                    createdAt: string;
                }[];
            };
        };
        TrainingReportRes: {
            data: {
                id: string;
                planId: string;
                stepKey: string;
                departmentId: string | null;
                reportedByPersonId: string;
                reportedOn: string;
                summary?: unknown;
                note: string | null;
                clause: string;
                createdAt: string;
            };
        };
        TrainingReport: {
            /** Format: uuid */
            planId: string;
            stepKey: string;
            /** Format: uuid */
            departmentId?: string;
            reportedOn: string;
            note?: string;
        };
        TrainingMaterialUpload: {
            /** Format: binary */
            file: string;
        };
        TrainingLearn: {
            data: {
                course: components["schemas"]["TrainingCourse"];
                trainee: boolean;
                completion: {
                    completedOn: string;
                    completedOnLabel: string;
                    methodLabel: {
                        ja: string;
                        en: string;
                    };
                    score: number | null;
                } | null;
            };
        };
        TrainingQuizResult: {
            data: {
                score: number;
                passMark: number;
                passed: boolean;
                completedOn: string | null;
                completedOnLabel: string | null;
            };
        };
        TrainingQuizAnswers: {
            answers: number[];
        };
        TrainingDrillList: {
            data: {
                drills: components["schemas"]["TrainingDrill"][];
                mayPlan: boolean;
            };
        };
        TrainingDrill: {
            id: string;
            fiscalYear: number;
            fiscalYearLabel: string;
            title: string;
            scenario: string;
            organization: string;
            scope: string;
            plannedOn: string;
            plannedOnLabel: string;
            /** @enum {string} */
            status: "planned" | "held";
            statusLabel: {
                ja: string;
                en: string;
            };
            participantCount: number;
            lessons: string | null;
            createdAt: string;
            policies: components["schemas"]["Policies"];
        };
        TrainingDrillRes: {
            data: components["schemas"]["TrainingDrill"];
        };
        TrainingDrillCreate: {
            fiscalYear: number;
            title: string;
            scenario: string;
            organization: string;
            scope: string;
            plannedOn: string;
            participantPersonIds: string[];
        };
        TrainingDrillDetail: {
            data: components["schemas"]["TrainingDrill"] & {
                participants: {
                    id: string;
                    name: string;
                }[];
                timeline: {
                    at: string;
                    text: string;
                    by: string;
                }[];
                actions: {
                    id: string;
                    text: string;
                    owner: string;
                    deadline: string;
                    deadlineLabel: string;
                    doneAt: string | null;
                    mayComplete: boolean;
                }[];
            };
        };
        TrainingDrillEvent: {
            /** Format: date-time */
            at: string;
            text: string;
        };
        TrainingDrillClose: {
            lessons: string;
            /** @default [] */
            actions?: {
                text: string;
                /** Format: uuid */
                ownerPersonId: string;
                deadline: string;
            }[];
        };
        TrainingDrillActionDone: {
            data: {
                id: string;
                doneAt: string | null;
            };
        };
        TrainingCheckinQr: {
            data: {
                url: string;
                qr: string;
                heldOn: string;
                heldOnLabel: string;
                courseTitle: string;
            };
        };
        TrainingCheckin: {
            token: string;
        };
        YearlyReportList: {
            data: components["schemas"]["YearlyReport"][];
            rule: {
                required: boolean;
                title: {
                    ja: string;
                    en: string;
                };
                recipient: {
                    ja: string;
                    en: string;
                };
                basis: {
                    ja: string;
                    en: string;
                };
                defaultFiscalYear: number;
                defaultAsOf: string;
                clause: string;
            } | null;
            policies: {
                generate: boolean;
            };
        };
        YearlyReport: {
            id: string;
            fiscalYear: number;
            fiscalYearLabel: string;
            asOf: string;
            asOfLabel: string;
            /** @enum {string} */
            state: "draft" | "approved";
            required: boolean;
            title: {
                ja: string;
                en: string;
            };
            recipient: {
                ja: string;
                en: string;
            };
            basis: {
                ja: string;
                en: string;
            };
            approverDuty: string;
            approverDutyLabel: {
                ja: string;
                en: string;
            };
            marking: string;
            organizationName: string;
            generatedByName: string | null;
            generatedAt: string;
            approvedByName: string | null;
            approvedAt: string | null;
            approvalOverrideReason: string | null;
            clause: string;
            also: string[];
            policies: {
                read: boolean;
                generate: boolean;
                approve: boolean;
            };
        };
        YearlyReportDetail: {
            data: components["schemas"]["YearlyReport"] & {
                sections: {
                    /** @enum {string} */
                    module: "assets" | "requests" | "incidents" | "training" | "assurance" | "suppliers" | "accounts" | "software";
                    title: {
                        ja: string;
                        en: string;
                    };
                    figures: {
                        key: string;
                        label: {
                            ja: string;
                            en: string;
                        };
                        count: number;
                    }[];
                    tables: {
                        key: string;
                        title: {
                            ja: string;
                            en: string;
                        };
                        rows: {
                            label: {
                                ja: string;
                                en: string;
                            };
                            count: number;
                        }[];
                    }[];
                }[];
                signedHead: {
                    seq: number;
                    eventId: number;
                    hash: string;
                    signedAt: string;
                    printable: string;
                } | null;
            };
        };
        YearlyReportGenerate: {
            fiscalYear: number;
            asOf?: string;
        };
        YearlyReportApprove: {
            overrideReason?: string;
        };
        YearlyFigureRecords: {
            data: {
                key: string;
                /** @enum {string} */
                module: "assets" | "requests" | "incidents" | "training" | "assurance" | "suppliers" | "accounts" | "software";
                label: {
                    ja: string;
                    en: string;
                };
                count: number;
                offset: number;
                limit: number;
                records: {
                    id: string;
                    reference: string;
                    title: string;
                    detail: string;
                    href: string;
                }[];
            };
        };
        DashboardCounts: {
            items: components["schemas"]["DashboardItem"][];
            generatedAt: string;
        };
        DashboardItem: {
            key: string;
            /** @enum {string} */
            module: "requests" | "assets" | "incidents" | "registers";
            label: {
                ja: string;
                en: string;
            };
            count: number;
            capped: boolean;
            /** @enum {string} */
            tone: "action" | "warning" | "info";
            href: string;
            list: string;
        };
        DashboardOverview: {
            generatedAt: string;
            fiscalYear: number;
            figures: components["schemas"]["OverviewFigure"][];
        };
        OverviewFigure: {
            key: string;
            /** @enum {string} */
            module: "assets" | "requests" | "incidents" | "training" | "assurance" | "accounts" | "software";
            title: {
                ja: string;
                en: string;
            };
            note: {
                ja: string;
                en: string;
            };
            series: {
                key: string;
                label: {
                    ja: string;
                    en: string;
                };
            }[];
            rows: {
                key: string;
                label: {
                    ja: string;
                    en: string;
                };
                cells: {
                    series: string;
                    count: number;
                    href: string;
                    list: string;
                }[];
            }[];
        };
        NotificationList: {
            data: components["schemas"]["Notification"][];
            unread: {
                total: number;
                byModule: {
                    [key: string]: number;
                };
            };
        };
        Notification: {
            id: string;
            module: string;
            kind: string;
            record: {
                type: string;
                id: string;
            } | null;
            link: string | null;
            message: {
                ja: string;
                en: string;
            };
            /** @enum {string} */
            mail: "none" | "immediate" | "digest_pending" | "digested";
            createdAt: string;
            readAt: string | null;
        };
        NotificationRead: {
            data: components["schemas"]["Notification"];
        };
        NotificationPreference: {
            data: {
                /** @enum {string} */
                mailMode: "immediate" | "digest";
                email: string | null;
            };
        };
        NotificationPreferenceSet: {
            data: {
                /** @enum {string} */
                mailMode: "immediate" | "digest";
            };
        };
        Outbox: {
            smtp: {
                configured: boolean;
                url: string | null;
                from: string;
            };
            counts: {
                [key: string]: number;
            };
            data: components["schemas"]["OutboxMail"][];
        };
        OutboxMail: {
            id: string;
            to: string;
            /** @enum {string} */
            kind: "immediate" | "digest";
            module: string | null;
            subject: string;
            body: string;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "rejected" | "failed" | "unknown";
            attempts: number;
            nextAttemptAt: string;
            lastError: string | null;
            smtpResponse: string | null;
            messageId: string | null;
            createdAt: string;
            sentAt: string | null;
            policies: {
                resend: boolean;
            };
        };
        OutboxResent: {
            data: {
                id: string;
                /** @enum {string} */
                status: "queued" | "sending" | "sent" | "rejected" | "failed" | "unknown";
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
