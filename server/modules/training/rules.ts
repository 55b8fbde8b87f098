/** The profile's training rules, read once per request; refused with a clear error when absent. */
import { conflict } from "../../http/errors";
import type { Profile } from "../../profile";
import { consumesRule } from "../../profile/consumers";
import type { TrainingSectionT } from "../../profile/training-schema";
import type { TrainingDuties } from "./access";

consumesRule("training.**", "training");

export function trainingRules(profile: Profile): TrainingSectionT {
  if (!profile.training)
    throw conflict(
      "training_not_configured",
      "このポリシーには研修・訓練の定め（training）がありません。",
      "The policy profile has no training section.",
    );
  return profile.training;
}

export function dutiesOf(profile: Profile): TrainingDuties {
  const t = trainingRules(profile);
  return {
    organizer: t.organizer.duty,
    approver: t.plan_approval?.duty ?? null,
    recorder: t.department_recorder.duty,
    consent: t.consent?.requested_by ?? null,
  };
}
