/** Enumerations of the incident module, with their Japanese and English labels (pure). */

export const SOURCES = ["staff", "public"] as const;
export type IncidentSource = (typeof SOURCES)[number];

/** new → triage → containment → recovery → closed. */
export const STAGES = ["new", "triage", "containment", "recovery", "closed"] as const;
export type Stage = (typeof STAGES)[number];

export const TRIAGE_DECISIONS = ["incident", "not_incident", "duplicate"] as const;
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number];

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CATEGORIES = [
  "unauthorized_access",
  "malware",
  "loss_theft",
  "misdelivery",
  "data_leak",
  "service_outage",
  "tampering",
  "disaster",
  "other",
] as const;
export type Category = (typeof CATEGORIES)[number];

export const TIMELINE_KINDS = [
  "detection",
  "report",
  "decision",
  "containment",
  "recovery",
  "outside_report",
  "press",
  "note",
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const ESCALATION_STATUSES = ["pending", "acknowledged", "escalated", "skipped"] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const FILE_KINDS = ["attachment", "evidence"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const OUTSIDE_DECISIONS = ["report", "not_report"] as const;
export type OutsideDecision = (typeof OUTSIDE_DECISIONS)[number];

/** Facts of a personal-information leak that decide the PPC reporting duty (個人情報保護法 規則7条). */
export interface PpcFacts {
  /** About how many people's data (本人の数). */
  personCount: number | null;
  /** 要配慮個人情報 involved. */
  sensitive: boolean;
  /** Risk of financial harm (財産的被害が生じるおそれ). */
  financialHarm: boolean;
  /** Improper purpose (不正の目的をもって行われたおそれ). */
  improperPurpose: boolean;
  /** When the organization became aware (知った時), ISO instant: deadlines run from it. */
  awareAt: string;
}

type Label = { ja: string; en: string };

export const CATEGORY_LABELS: Record<Category, Label> = {
  unauthorized_access: { ja: "不正アクセス", en: "Unauthorized access" },
  malware: { ja: "マルウェア感染", en: "Malware infection" },
  loss_theft: { ja: "紛失・盗難", en: "Loss or theft" },
  misdelivery: { ja: "誤送信", en: "Misdelivery" },
  data_leak: { ja: "情報漏えい", en: "Data leak" },
  service_outage: { ja: "サービス停止", en: "Service outage" },
  tampering: { ja: "改ざん", en: "Tampering" },
  disaster: { ja: "災害", en: "Disaster" },
  other: { ja: "その他", en: "Other" },
};

export const SEVERITY_LABELS: Record<Severity, Label> = {
  low: { ja: "低", en: "Low" },
  medium: { ja: "中", en: "Medium" },
  high: { ja: "高", en: "High" },
  critical: { ja: "重大", en: "Critical" },
};

export const STAGE_LABELS: Record<Stage, Label> = {
  new: { ja: "受付", en: "New" },
  triage: { ja: "判断中", en: "Triage" },
  containment: { ja: "封じ込め", en: "Containment" },
  recovery: { ja: "復旧", en: "Recovery" },
  closed: { ja: "終結", en: "Closed" },
};
