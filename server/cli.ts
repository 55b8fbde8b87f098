/**
 * The `sekimori` command (bin/sekimori.js runs this file through tsx).
 *
 *   sekimori serve [--port N] [--profile ID]
 *   sekimori migrate
 *   sekimori demo --profile ID --password PW [--json] [--if-empty]
 *   sekimori audit verify
 *   sekimori user create --login ID --name NAME [--department CODE] [--role ROLEKEY]…
 *   sekimori user unlock LOGIN
 *   sekimori user reset-password LOGIN
 *   sekimori backup FILE [--passphrase TEXT]
 *   sekimori restore FILE [--passphrase TEXT]
 *   sekimori profile check [FILE]
 *   sekimori profile import-text FILE --id ID [--out DIR] [--force]
 *   sekimori import FILE [--dry-run] [--mode all-or-nothing|valid-rows] [--mapping JSON] [--json]
 *   sekimori vuln import FILE… [--json]
 *   sekimori vuln fetch [--json]          (the feeds in SEKIMORI_ADVISORY_FEEDS; none by default)
 *   sekimori bench [args…]
 *
 * Database: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data).
 * Every write is audited with actor = null and data.via = "cli". Exit code 0 on success, 1 on
 * failure (and for `audit verify`, when the chain is broken), 2 on a usage error.
 */
import { parseArgs } from "node:util";
import { run, UsageError } from "./cli/commands";

export const HELP = `Sekimori (関守) — 情報セキュリティポリシーの運用 / running an information security policy

使い方 / usage: sekimori <command> [options]

  serve [--port N] [--profile ID]         サーバーを起動 / start the server (PORT, default 8080)
  migrate                                 データベースを最新化 / apply database migrations
  demo --profile ID --password PW         デモ組織を読み込む / load a demo organization
       [--json] [--if-empty]              (--json: print users; --if-empty: skip when data exists)
  audit verify                            監査ログの改ざん検証 / verify the audit hash chain
  user create --login ID --name NAME      ログインを作成 / create a login (prints a temporary password)
       [--department CODE] [--role KEY]…
  user unlock LOGIN                       ロック解除 / unlock a locked login
  user reset-password LOGIN               仮パスワードを発行 / issue a temporary password
  backup FILE [--passphrase TEXT]         全データを暗号化してファイルへ / back up every table, encrypted
                                          (AES-256-GCM; key: passphrase, else the secret key), mode 0600
  restore FILE [--passphrase TEXT]        空のデータベースへ復元（改ざんは拒否）/ restore into an empty
                                          database (a modified file is refused)
  profile check [FILE]                    プロファイルの検査 / check a profile, or every shipped one (schema, references, honest coverage)
  profile import-text FILE --id ID        ポリシー本文から条項カタログ案 / clause catalog draft from policy text
       [--out DIR] [--force]
  import FILE [--dry-run]                 情報資産台帳の取込み（.xlsx/.csv）/ import an asset register sheet
       [--mode all-or-nothing|valid-rows] [--mapping JSON] [--json]
  vuln import FILE… [--json]              脆弱性情報の取込み（NVD JSON 2.0・MyJVN XML/JSON）/ import advisory files
  vuln fetch [--json]                     設定した取得先から取得して取込み（SEKIMORI_ADVISORY_FEEDS、既定はなし）/ fetch the configured feeds
  bench [args…]                           性能測定 / run the benchmark (npm run bench)

環境変数 / environment: DATABASE_URL (PostgreSQL) または / or DATA_DIR (組込みDB / embedded, default ./data),
  PORT, SEKIMORI_PROFILE, SEKIMORI_ADMIN_PASSWORD, SEKIMORI_SECRET_KEY (秘密鍵 / secret key),
  SEKIMORI_BACKUP_PASSPHRASE (バックアップの合言葉 / backup passphrase),
  SEKIMORI_ADVISORY_FEEDS (脆弱性情報の取得先URL、既定はなし / advisory feed URLs, none by default), TRUST_PROXY (信頼するプロキシ / trusted proxies),
  SEKIMORI_TLS=1 / SEKIMORI_SECURE_COOKIES=1`;

export interface ParsedCommand {
  command: string[];
  values: Record<string, string | string[] | boolean | undefined>;
  positionals: string[];
}

/** Splits argv into the command words, options and positional arguments. */
export function parseCommandLine(argv: string[]): ParsedCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: "boolean", short: "h" },
      port: { type: "string" },
      profile: { type: "string" },
      password: { type: "string" },
      json: { type: "boolean" },
      "if-empty": { type: "boolean" },
      login: { type: "string" },
      name: { type: "string" },
      department: { type: "string" },
      role: { type: "string", multiple: true },
      id: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      quick: { type: "boolean" },
      "dry-run": { type: "boolean" },
      mode: { type: "string" },
      mapping: { type: "string" },
      passphrase: { type: "string" },
    },
  });
  const groups = new Set(["audit", "user", "profile", "vuln"]);
  const head = positionals[0] ?? "help";
  const command = groups.has(head) ? positionals.slice(0, 2) : [head];
  return { command, values, positionals: positionals.slice(command.length) };
}

export async function main(argv: string[]): Promise<number> {
  // `bench` passes its arguments through untouched.
  if (argv[0] === "bench") return run({ command: ["bench"], values: {}, positionals: argv.slice(1) });
  let parsed: ParsedCommand;
  try {
    parsed = parseCommandLine(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (parsed.values.help || parsed.command[0] === "help") {
    console.log(HELP);
    return 0;
  }
  try {
    return await run(parsed);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`${err.message}\n\n${HELP}`);
      return 2;
    }
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

const invokedDirectly = process.argv[1] && /[\\/]server[\\/]cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      // `serve` keeps running (code -1); everything else exits when done.
      if (code >= 0) {
        process.exitCode = code;
        // PGlite and pg pools are closed by each command; exit promptly even if a timer lingers.
        setTimeout(() => process.exit(code), 100).unref();
      }
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
