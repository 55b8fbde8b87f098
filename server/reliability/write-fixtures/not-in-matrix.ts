/** State-changing routes left out of the matrix, with the reason. */
export const NOT_IN_MATRIX: Record<string, string> = {
  "POST /api/auth/login":
    "public: it is how a session begins (login.test.ts covers lockout, MFA and rate limit)",
  "POST /api/auth/logout": "ends the caller's own session and nothing else; no record, no id to aim at",
};
