import { serialize } from "../../access";
import type { Actor } from "../../http/context";
import type { Profile } from "../../profile";
import "./access";
import type { AssetRef } from "./access";
import {
  assetFlags,
  handlingRestrictions,
  type Levels,
  levelOf,
  type SCHEMES,
} from "./domain/classification";
import type { AssetListRow } from "./queries";

function level(profile: Profile, scheme: (typeof SCHEMES)[number], key: string | null) {
  if (key == null) return null;
  const l = levelOf(profile.classification[scheme], key);
  return l
    ? { key: l.key, label: l.label, labelEn: l.label_en, rank: l.rank }
    : { key, label: key, labelEn: key, rank: null };
}

function levelsView(profile: Profile, levels: Levels) {
  return {
    confidentiality: level(profile, "confidentiality", levels.confidentiality),
    integrity: level(profile, "integrity", levels.integrity),
    availability: level(profile, "availability", levels.availability),
  };
}

const date = (d: Date | null) => d?.toISOString() ?? null;

/** An asset as the list and the detail show it, with what the actor may do with it. */
export function presentAsset(actor: Actor, profile: Profile, row: AssetListRow, ref: AssetRef) {
  const own: Levels = {
    confidentiality: row.confidentiality,
    integrity: row.integrity,
    availability: row.availability,
  };
  const effective: Levels = {
    confidentiality: row.effectiveConfidentiality,
    integrity: row.effectiveIntegrity,
    availability: row.effectiveAvailability,
  };
  return {
    id: row.id,
    assetNumber: row.assetNumber,
    name: row.name,
    kind: row.kind,
    subkind: row.subkind,
    department: { id: row.departmentId, code: row.departmentCode, name: row.departmentName },
    departmentId: row.departmentId,
    custodian: row.custodianPersonId ? { id: row.custodianPersonId, name: row.custodianName } : null,
    levels: levelsView(profile, own),
    effective: levelsView(profile, effective),
    topLevel: ref.topLevel,
    classificationPending: row.classificationPending,
    classificationDecideBy: row.classificationDecideBy,
    zone: row.zone,
    storagePlace: row.storagePlace,
    notes: row.notes,
    retentionYears: row.retentionYears,
    retentionPermanent: row.retentionPermanent,
    retentionUntil: row.retentionUntil,
    disposalDueDate: row.disposalDueDate,
    origin: row.origin,
    sourceClassification: row.sourceClassification,
    hasPersonalInfo: row.hasPersonalInfo,
    specificPersonalInfo: row.specificPersonalInfo,
    sensitivePersonalInfo: row.sensitivePersonalInfo,
    personCount: row.personCount,
    exceptionRef: row.exceptionRef,
    status: row.status,
    acquiredOn: row.acquiredOn,
    inUseSince: row.inUseSince,
    lastInventoriedOn: row.lastInventoriedOn,
    disposedOn: row.disposedOn,
    statusChangedOn: row.statusChangedOn,
    extra: row.extra,
    handlingRestrictions: handlingRestrictions(profile, effective).map((h) => ({
      code: h.code,
      text: h.text.ja,
      textEn: h.text.en,
      clause: h.clause,
      scheme: h.scheme,
      level: h.level,
    })),
    flags: assetFlags(profile, row).map((f) => ({
      code: f.code,
      text: f.text.ja,
      textEn: f.text.en,
      clause: f.clause,
    })),
    createdAt: date(row.createdAt),
    updatedAt: date(row.updatedAt),
    policies: serialize(actor, "asset", ref),
  };
}

export type PresentedAsset = ReturnType<typeof presentAsset>;
