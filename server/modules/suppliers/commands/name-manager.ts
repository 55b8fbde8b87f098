/**
 * 西原村 対策基準 9.2(4)③ 「利用申請の許可権限者は、外部サービスの利用申請を承認した場合は、承認済み外部
 * サービスとして記録し、外部サービス管理者を指名する」 (9.3(2)① 承認時に指名された外部サービス管理者): where
 * the profile says the approver names the manager (`suppliers.external_services.manager.named_by_approver`),
 * the approval of the `external_service` request is that naming — of the person the request put
 * before the approver (the applicant's proposal; an approver who wants another returns the request).
 * Runs in the approving transaction (a requests approval effect): the naming is audited with the
 * approver and the clause, and the named manager is told, or nothing is written at all.
 */
import { eq } from "drizzle-orm";
import { recordEvent } from "../../../audit/record";
import type { DbOrTx } from "../../../db/client";
import { defineKindTexts, notify } from "../../../notify";
import { consumesRule } from "../../../profile/consumers";
import type { ApprovedRequest } from "../../requests";
import { externalServices } from "../tables";

consumesRule("suppliers.external_services.manager.named_by_approver", "suppliers");

defineKindTexts("suppliers", {
  service_manager_named: {
    ja: "外部サービス管理者への指名",
    en: "Named the manager of an external service",
  },
});

export async function nameManagerOnApproval(tx: DbOrTx, r: ApprovedRequest): Promise<void> {
  const manager = r.profile.suppliers?.external_services?.manager;
  if (!manager?.named_by_approver) return;
  const [service] = await tx.select().from(externalServices).where(eq(externalServices.requestId, r.id));
  if (!service) return;
  const approver = r.ctx.actor?.personId ?? null;
  await recordEvent(
    tx,
    r.ctx,
    {
      type: "external_service.manager_named",
      targetType: "external_service",
      targetId: service.id,
      departmentId: service.departmentId,
      data: {
        managerPersonId: service.managerPersonId,
        namedByPersonId: approver,
        requestId: r.id,
        clause: manager.clause,
      },
    },
    r.now,
  );
  await notify(tx, {
    to: new Set([service.managerPersonId]),
    module: "suppliers",
    kind: "service_manager_named",
    record: { type: "external_service", id: service.id },
    link: `/external-services/${service.id}`,
    now: r.now,
    message: {
      ja: `外部サービス「${service.name}」の利用が承認され、あなたが外部サービス管理者に指名されました（${manager.clause}）。構築時・運用時・利用終了時の確認を記録してください。`,
      en: `The external service "${service.name}" was approved and you were named its manager (${manager.clause}). Record its checks at build, in operation and at the end of use.`,
    },
  });
}
