/**
 * The demo organizations: for every shipped profile, that organization's own units (from its
 * policy text and its public organization chart) and who holds which role, with the titles its
 * policy names (`held_by`). Plain data; `loadDemo` turns it into rows.
 */

/** What a unit does, so demo assets land in a plausible owner (住民記録 in 住民課 …). */
export type UnitTag =
  | "general" // 総務・庶務
  | "it" // 情報政策・ICT
  | "tax"
  | "residents"
  | "welfare"
  | "health"
  | "finance"
  | "construction"
  | "education"
  | "fire"
  | "audit"
  | "business";

export interface DemoUnit {
  code: string;
  name: string;
  nameEn: string;
  tags?: UnitTag[];
  /** Title of the unit's head (default: the unit's name + 長 — 総務課長, 監査委員事務局長, 松本消防署長). */
  headTitle?: string;
  /** Units inside (makes this unit a bureau: 局 / 部). */
  departments?: DemoUnit[];
}

export interface DemoRoleGrant {
  role: string;
  /** Unit code of the scope; omitted for organization-scoped roles. */
  scope?: string;
}

/** A person named by the policy (CISO, network administrator …), not derived from a unit. */
export interface DemoKeyPerson {
  login: string;
  /** Unit the person belongs to (null: above the units, e.g. 副村長). */
  unit: string | null;
  title: string;
  roles: DemoRoleGrant[];
  /** This person is also the head of `unit` (and takes the head's department roles there). */
  isHead?: boolean;
}

export interface DemoOrganization {
  units: DemoUnit[];
  keyPeople: DemoKeyPerson[];
  /** Department-scoped roles held by every head of a department (課長). */
  headRoles: string[];
  /** Department-scoped roles held only by heads of units tagged `it` or listed in systemUnits. */
  systemRoles?: string[];
  systemUnits?: string[];
  /** Department-scoped roles every staff member holds on their own department (川崎市 情報利用者). */
  staffRoles?: string[];
  /** Bureau-scoped roles: held by the bureau head (局長), the head of the bureau's first unit (庶務担当課長), a staff member of that unit (連絡員). */
  bureauHeadRoles?: string[];
  bureauShomuRoles?: string[];
  bureauStaffRoles?: string[];
  /** Place names for assets: server room, office building. */
  building: string;
  /** Names of demo assets (see ./assets.ts) where this organization's differ from a municipality's. */
  assetNames?: Record<string, string>;
}

const MIC_HEAD_ROLES = ["security_system_manager"];

export const ORGANIZATIONS: Record<string, DemoOrganization> = {
  // 西原村 (熊本県): 対策基準 — CISO = 副村長, ネットワーク管理者 = 企画商工課長, 情報セキュリティ・システム管理者 = 各課長
  nishihara: {
    building: "西原村役場",
    units: [
      { code: "somu", name: "総務課", nameEn: "General Affairs Division", tags: ["general"] },
      {
        code: "kikaku",
        name: "企画商工課",
        nameEn: "Planning and Commerce Division",
        tags: ["it", "business"],
      },
      { code: "zeimu", name: "税務課", nameEn: "Taxation Division", tags: ["tax"] },
      { code: "jumin", name: "住民課", nameEn: "Residents Division", tags: ["residents"] },
      {
        code: "kenko",
        name: "健康福祉課",
        nameEn: "Health and Welfare Division",
        tags: ["welfare", "health"],
      },
      { code: "sangyo", name: "産業課", nameEn: "Industry Division", tags: ["business"] },
      { code: "kensetsu", name: "建設課", nameEn: "Construction Division", tags: ["construction"] },
      { code: "kaikei", name: "会計課", nameEn: "Accounting Division", tags: ["finance", "audit"] },
      {
        code: "kyoiku",
        name: "教育委員会事務局",
        nameEn: "Board of Education Secretariat",
        tags: ["education"],
        headTitle: "教育課長",
      },
      { code: "gikai", name: "議会事務局", nameEn: "Assembly Secretariat" },
    ],
    keyPeople: [
      { login: "ciso", unit: null, title: "副村長", roles: [{ role: "ciso" }, { role: "committee" }] },
      {
        login: "netadmin",
        unit: "kikaku",
        title: "企画商工課長",
        isHead: true,
        roles: [{ role: "network_administrator" }],
      },
      {
        login: "admin",
        unit: "kikaku",
        title: "企画商工課 情報政策係 主任",
        roles: [{ role: "system_staff" }],
      },
      { login: "csirt", unit: "kikaku", title: "企画商工課 情報政策係長", roles: [{ role: "csirt" }] },
      {
        login: "somu-head",
        unit: "somu",
        title: "総務課長",
        isHead: true,
        roles: [{ role: "committee" }, { role: "csirt" }],
      },
      {
        login: "audit-lead",
        unit: "kaikei",
        title: "会計管理者兼会計課長",
        isHead: true,
        roles: [{ role: "audit_lead" }],
      },
      { login: "auditor", unit: "gikai", title: "議会事務局 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: MIC_HEAD_ROLES,
  },

  // 神栖市 (茨城県): 基本方針のみ — 実施機関は市長・教育委員会・選挙管理委員会・監査委員・農業委員会・固定資産評価審査委員会・議会。
  // 学校における教育のために用いるネットワークは対象外（学校の単位は置かない）。
  kamisu: {
    building: "神栖市役所",
    units: [
      {
        code: "somubu",
        name: "総務部",
        nameEn: "General Affairs Department",
        departments: [
          { code: "somu", name: "総務課", nameEn: "General Affairs Division", tags: ["general"] },
          { code: "jinji", name: "人事課", nameEn: "Personnel Division" },
          { code: "zaisei", name: "財政課", nameEn: "Finance Division", tags: ["finance"] },
        ],
      },
      {
        code: "kikakubu",
        name: "企画部",
        nameEn: "Planning Department",
        departments: [
          { code: "kikaku", name: "企画政策課", nameEn: "Policy Planning Division", tags: ["business"] },
          { code: "joho", name: "情報政策課", nameEn: "Information Policy Division", tags: ["it"] },
        ],
      },
      {
        code: "shiminbu",
        name: "市民生活部",
        nameEn: "Civic Life Department",
        departments: [
          { code: "shimin", name: "市民課", nameEn: "Citizens Division", tags: ["residents"] },
          { code: "kazei", name: "課税課", nameEn: "Tax Assessment Division", tags: ["tax"] },
          { code: "shuno", name: "収納課", nameEn: "Tax Collection Division" },
        ],
      },
      {
        code: "fukushibu",
        name: "健康福祉部",
        nameEn: "Health and Welfare Department",
        departments: [
          { code: "shafuku", name: "社会福祉課", nameEn: "Social Welfare Division", tags: ["welfare"] },
          { code: "kenko", name: "健康増進課", nameEn: "Health Promotion Division", tags: ["health"] },
        ],
      },
      {
        code: "toshibu",
        name: "都市整備部",
        nameEn: "Urban Development Department",
        departments: [
          { code: "doro", name: "道路整備課", nameEn: "Roads Division", tags: ["construction"] },
          { code: "toshikei", name: "都市計画課", nameEn: "City Planning Division" },
        ],
      },
      {
        code: "kyoikubu",
        name: "教育部",
        nameEn: "Education Department (Board of Education)",
        departments: [
          {
            code: "kyoikusomu",
            name: "教育総務課",
            nameEn: "Education General Affairs Division",
            tags: ["education"],
          },
        ],
      },
      { code: "senkan", name: "選挙管理委員会事務局", nameEn: "Election Commission Secretariat" },
      { code: "kansa", name: "監査委員事務局", nameEn: "Audit Commissioners Secretariat", tags: ["audit"] },
      { code: "noui", name: "農業委員会事務局", nameEn: "Agricultural Committee Secretariat" },
      { code: "gikai", name: "議会事務局", nameEn: "Assembly Secretariat" },
    ],
    keyPeople: [
      { login: "ciso", unit: null, title: "副市長", roles: [{ role: "ciso" }, { role: "committee" }] },
      {
        login: "netadmin",
        unit: "joho",
        title: "情報政策課長",
        isHead: true,
        roles: [{ role: "network_administrator" }],
      },
      {
        login: "admin",
        unit: "joho",
        title: "情報政策課 情報システム係 主任",
        roles: [{ role: "system_staff" }],
      },
      { login: "csirt", unit: "joho", title: "情報政策課 情報システム係長", roles: [{ role: "csirt" }] },
      { login: "somu-head", unit: "somubu", title: "総務部長", isHead: true, roles: [{ role: "committee" }] },
      {
        login: "audit-lead",
        unit: "kansa",
        title: "監査委員事務局長",
        isHead: true,
        roles: [{ role: "audit_lead" }],
      },
      { login: "auditor", unit: "kansa", title: "監査委員事務局 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: MIC_HEAD_ROLES,
  },

  // 松本広域連合 (長野県): 事務局と消防局（消防署・出張所を含む）。LGWAN は情報ブロードウェイながのを含む。
  "matsumoto-kouiki": {
    building: "松本広域連合事務局庁舎",
    assetNames: {
      "resident-system": "介護保険システム",
      "resident-data": "介護保険被保険者台帳データ",
      "tax-data": "介護保険料賦課データ",
      "resident-server": "介護保険システムサーバ",
    },
    units: [
      {
        code: "jimukyoku",
        name: "事務局",
        nameEn: "Secretariat",
        departments: [
          { code: "somu", name: "総務課", nameEn: "General Affairs Division", tags: ["general", "it"] },
          {
            code: "kikaku",
            name: "企画調整課",
            nameEn: "Planning and Coordination Division",
            tags: ["business"],
          },
          {
            code: "kaigo",
            name: "介護保険課",
            nameEn: "Long-term Care Insurance Division",
            tags: ["welfare", "residents"],
          },
          {
            code: "kankyo",
            name: "環境施設課",
            nameEn: "Environmental Facilities Division",
            tags: ["construction"],
          },
          { code: "kaikei", name: "会計課", nameEn: "Accounting Division", tags: ["finance"] },
        ],
      },
      {
        code: "shobokyoku",
        name: "消防局",
        nameEn: "Fire Department",
        departments: [
          {
            code: "shobo-somu",
            name: "消防局総務課",
            nameEn: "Fire Department General Affairs",
            tags: ["fire"],
          },
          { code: "keibo", name: "警防課", nameEn: "Fire Defense Division", tags: ["fire"] },
          { code: "yobo", name: "予防課", nameEn: "Fire Prevention Division", tags: ["fire"] },
          {
            code: "shirei",
            name: "通信指令課",
            nameEn: "Emergency Communications Division",
            tags: ["fire", "health"],
          },
          { code: "matsumoto-sho", name: "松本消防署", nameEn: "Matsumoto Fire Station", tags: ["fire"] },
          { code: "shiojiri-sho", name: "塩尻消防署", nameEn: "Shiojiri Fire Station", tags: ["fire"] },
          { code: "azumino-sho", name: "安曇野消防署", nameEn: "Azumino Fire Station", tags: ["fire"] },
        ],
      },
      { code: "kansa", name: "監査委員事務局", nameEn: "Audit Commissioners Secretariat", tags: ["audit"] },
    ],
    keyPeople: [
      {
        login: "ciso",
        unit: "jimukyoku",
        title: "事務局長",
        isHead: true,
        roles: [{ role: "ciso" }, { role: "committee" }],
      },
      {
        login: "netadmin",
        unit: "somu",
        title: "総務課長",
        isHead: true,
        roles: [{ role: "network_administrator" }],
      },
      {
        login: "admin",
        unit: "somu",
        title: "総務課 情報システム担当 主任",
        roles: [{ role: "system_staff" }],
      },
      { login: "csirt", unit: "somu", title: "総務課 情報システム担当 係長", roles: [{ role: "csirt" }] },
      {
        login: "fire-chief",
        unit: "shobokyoku",
        title: "消防局長",
        isHead: true,
        roles: [{ role: "committee" }],
      },
      {
        login: "audit-lead",
        unit: "kansa",
        title: "監査委員事務局長",
        isHead: true,
        roles: [{ role: "audit_lead" }],
      },
      { login: "auditor", unit: "kansa", title: "監査委員事務局 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: MIC_HEAD_ROLES,
  },

  // 一般社団法人山形県市町村職員互助会: 地方公共団体ではなく、インターネット接続系のみ。
  "yamagata-gojokai": {
    building: "互助会事務所",
    assetNames: {
      "resident-system": "会員情報管理システム（クラウドサービス）",
      "resident-data": "会員名簿データ",
      "tax-data": "貸付台帳データ",
      "resident-server": "ファイルサーバ",
      "health-data": "人間ドック助成申請者一覧",
      "finance-system": "会計システム",
      minutes: "理事会議事録",
    },
    units: [
      {
        code: "somu",
        name: "総務課",
        nameEn: "General Affairs Division",
        tags: ["general", "it", "finance"],
      },
      { code: "jigyo", name: "事業課", nameEn: "Member Services Division", tags: ["business", "welfare"] },
      { code: "kyufu", name: "給付課", nameEn: "Benefits Division", tags: ["residents"] },
      { code: "kashitsuke", name: "貸付課", nameEn: "Loans Division", tags: ["tax"] },
      { code: "kikaku", name: "企画調整室", nameEn: "Planning Office", tags: ["health"] },
      { code: "kansa", name: "監事室", nameEn: "Auditors' Office", tags: ["audit"] },
    ],
    keyPeople: [
      { login: "ciso", unit: null, title: "事務局長", roles: [{ role: "ciso" }, { role: "committee" }] },
      {
        login: "netadmin",
        unit: "somu",
        title: "総務課長",
        isHead: true,
        roles: [{ role: "network_administrator" }],
      },
      {
        login: "admin",
        unit: "somu",
        title: "総務課 主任（情報システム担当）",
        roles: [{ role: "system_staff" }],
      },
      { login: "csirt", unit: "somu", title: "総務課 係長", roles: [{ role: "csirt" }] },
      {
        login: "audit-lead",
        unit: "kansa",
        title: "監事室長",
        isHead: true,
        roles: [{ role: "audit_lead" }],
      },
      { login: "auditor", unit: "kansa", title: "監事室 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: MIC_HEAD_ROLES,
  },

  // 総務省ガイドラインのモデル団体。
  "mic-guideline": {
    building: "本庁舎",
    units: [
      { code: "somu", name: "総務課", nameEn: "General Affairs Division", tags: ["general"] },
      { code: "johoseisaku", name: "情報政策課", nameEn: "Information Policy Division", tags: ["it"] },
      { code: "zaisei", name: "財政課", nameEn: "Finance Division", tags: ["finance"] },
      { code: "zeimu", name: "税務課", nameEn: "Taxation Division", tags: ["tax"] },
      { code: "jumin", name: "住民課", nameEn: "Residents Division", tags: ["residents"] },
      { code: "fukushi", name: "福祉課", nameEn: "Welfare Division", tags: ["welfare", "health"] },
      { code: "kensetsu", name: "建設課", nameEn: "Construction Division", tags: ["construction"] },
      {
        code: "kyoiku",
        name: "教育委員会事務局",
        nameEn: "Board of Education Secretariat",
        tags: ["education"],
      },
      { code: "kansa", name: "監査委員事務局", nameEn: "Audit Commissioners Secretariat", tags: ["audit"] },
    ],
    keyPeople: [
      { login: "ciso", unit: null, title: "副市町村長", roles: [{ role: "ciso" }, { role: "committee" }] },
      {
        login: "netadmin",
        unit: "johoseisaku",
        title: "情報政策課長",
        isHead: true,
        roles: [{ role: "network_administrator" }],
      },
      { login: "admin", unit: "johoseisaku", title: "情報政策係 主任", roles: [{ role: "system_staff" }] },
      { login: "csirt", unit: "johoseisaku", title: "情報政策係長", roles: [{ role: "csirt" }] },
      {
        login: "audit-lead",
        unit: "kansa",
        title: "監査委員事務局長",
        isHead: true,
        roles: [{ role: "audit_lead" }],
      },
      { login: "auditor", unit: "kansa", title: "監査委員事務局 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: MIC_HEAD_ROLES,
  },

  // 川崎市: 局 with 課. 情報統括監理者 (CISO・CIO), 情報監理者, 情報セキュリティ責任者 = 局長,
  // 統括情報管理責任者 = 庶務担当課長, 情報管理責任者 = 業務所管課長, 情報セキュリティ連絡員 = 庶務担当課職員.
  kawasaki: {
    building: "川崎市役所本庁舎",
    units: [
      {
        code: "somukikaku",
        name: "総務企画局",
        nameEn: "General Affairs and Planning Bureau",
        departments: [
          { code: "sk-shomu", name: "庶務課", nameEn: "Administration Division", tags: ["general"] },
          { code: "sk-ict", name: "ICT推進課", nameEn: "ICT Promotion Division (情報管理部)", tags: ["it"] },
          {
            code: "sk-system",
            name: "システム管理課",
            nameEn: "Systems Management Division (情報管理部)",
            tags: ["it"],
          },
          { code: "sk-gyosei", name: "行政情報課", nameEn: "Administrative Information Division" },
          { code: "sk-jinji", name: "人事課", nameEn: "Personnel Division" },
        ],
      },
      {
        code: "zaiseikyoku",
        name: "財政局",
        nameEn: "Finance Bureau",
        departments: [
          { code: "zs-shomu", name: "庶務課", nameEn: "Administration Division", tags: ["finance"] },
          { code: "zs-zaisei", name: "財政課", nameEn: "Budget Division" },
          { code: "zs-shiminzei", name: "市民税課", nameEn: "Municipal Tax Division", tags: ["tax"] },
          { code: "zs-shisanzei", name: "資産税課", nameEn: "Property Tax Division" },
        ],
      },
      {
        code: "shiminbunka",
        name: "市民文化局",
        nameEn: "Civic Affairs Bureau",
        departments: [
          { code: "sb-shomu", name: "庶務課", nameEn: "Administration Division" },
          { code: "sb-kusei", name: "区政推進課", nameEn: "Ward Administration Division" },
          {
            code: "sb-koseki",
            name: "戸籍住民サービス課",
            nameEn: "Family Register and Resident Services Division",
            tags: ["residents"],
          },
          {
            code: "sb-jinken",
            name: "人権・男女共同参画室",
            nameEn: "Human Rights and Gender Equality Office",
          },
        ],
      },
      {
        code: "kenkofukushi",
        name: "健康福祉局",
        nameEn: "Health and Welfare Bureau",
        departments: [
          { code: "kf-shomu", name: "庶務課", nameEn: "Administration Division" },
          {
            code: "kf-hoken",
            name: "保険年金課",
            nameEn: "Insurance and Pension Division",
            tags: ["welfare"],
          },
          { code: "kf-koreisha", name: "高齢者事業推進課", nameEn: "Senior Services Division" },
          { code: "kf-kenko", name: "健康増進課", nameEn: "Health Promotion Division", tags: ["health"] },
        ],
      },
      {
        code: "kodomomirai",
        name: "こども未来局",
        nameEn: "Children's Future Bureau",
        departments: [
          { code: "km-shomu", name: "庶務課", nameEn: "Administration Division" },
          { code: "km-hoiku", name: "保育対策課", nameEn: "Childcare Division", tags: ["education"] },
          { code: "km-kodomo", name: "こども保健福祉課", nameEn: "Child Health and Welfare Division" },
        ],
      },
      {
        code: "jogesuido",
        name: "上下水道局",
        nameEn: "Waterworks Bureau",
        departments: [
          { code: "jg-shomu", name: "庶務課", nameEn: "Administration Division" },
          {
            code: "jg-service",
            name: "サービス推進課",
            nameEn: "Customer Services Division",
            tags: ["business"],
          },
          {
            code: "jg-kanro",
            name: "管路保全課",
            nameEn: "Pipeline Maintenance Division",
            tags: ["construction"],
          },
        ],
      },
      {
        code: "shobokyoku",
        name: "消防局",
        nameEn: "Fire Bureau",
        departments: [
          { code: "sh-shomu", name: "庶務課", nameEn: "Administration Division" },
          { code: "sh-shirei", name: "指令課", nameEn: "Emergency Command Division", tags: ["fire"] },
          { code: "sh-yobo", name: "予防課", nameEn: "Fire Prevention Division", tags: ["fire"] },
        ],
      },
      { code: "kansa", name: "監査事務局", nameEn: "Audit Secretariat", tags: ["audit"] },
    ],
    keyPeople: [
      {
        login: "cio",
        unit: null,
        title: "副市長（情報統括監理者）",
        roles: [{ role: "information_chief" }],
      },
      {
        login: "supervisor",
        unit: "sk-ict",
        title: "総務企画局情報管理部長（情報監理者）",
        roles: [{ role: "information_supervisor" }],
      },
      {
        login: "admin",
        unit: "sk-system",
        title: "システム管理課長",
        isHead: true,
        roles: [{ role: "sekimori_system_manager" }],
      },
      {
        login: "csirt",
        unit: "sk-ict",
        title: "ICT推進課 担当課長（情報セキュリティ管理会議）",
        roles: [{ role: "security_council" }],
      },
      {
        login: "inspector",
        unit: "sk-gyosei",
        title: "行政情報課 課長補佐（内部検査）",
        roles: [{ role: "internal_inspector" }],
      },
      { login: "auditor", unit: "kansa", title: "監査事務局 主査", roles: [{ role: "auditor" }] },
    ],
    headRoles: ["information_manager", "system_user_manager"],
    systemRoles: ["system_manager"],
    systemUnits: ["sk-ict", "sk-system", "zs-shiminzei", "sb-koseki", "kf-hoken", "sh-shirei", "jg-service"],
    staffRoles: ["information_user"],
    bureauHeadRoles: ["bureau_security_head"],
    bureauShomuRoles: ["chief_information_manager"],
    bureauStaffRoles: ["security_liaison"],
  },
};
