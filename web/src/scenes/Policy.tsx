import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Tabs, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { DUTIES } from "../../../common/duties";
import { api } from "../api";
import { ClauseLink } from "../components/Clause";
import { Empty, PageHeader, QueryState } from "../components/common";
import type { I18nText, RoleAssignment } from "../contract";
import { listOf, useProfile } from "../hooks";
import { type Lang, useLang } from "../i18n";
import { Link } from "../router";

// ── the profile as GET /api/profile returns it (camelCase) ─────────────────────

interface Handling {
  code: string;
  text: I18nText;
  clause: string;
}
interface Level {
  key: string;
  label: string;
  labelEn?: string;
  rank: number;
  definition?: string;
  examples?: string[];
  handling?: Handling[];
  clause?: string;
}
interface Scheme {
  title?: I18nText;
  clause?: string;
  levels: Level[];
}
type Predicate = Record<string, unknown>;
interface Step {
  step: number;
  duty: string;
  scope: string;
  clause: string;
  /** In the chain only when this holds (e.g. 川崎市 第9章6(1): software not yet recognised). */
  when?: Predicate;
}
interface RequestKind {
  key: string;
  title: I18nText;
  text?: { ja: string; en?: string };
  approvalRequiredWhen?: Predicate;
  clause: string;
  approvers?: Step[];
  postReportAllowed?: { text: I18nText; clause: string };
  followUps?: {
    key: string;
    text: I18nText;
    dueDays?: number | { businessDays: number };
    clause: string;
    /** Whether code acts on it (a reminder, a confirmation); false: shown only. */
    acted?: boolean;
    /** Whether its due days are applied; false: the days are shown only. */
    dueActed?: boolean;
  }[];
  records?: { key: string; text: I18nText; clause: string }[];
  /** Who may file it, where the text names the applicant. */
  filedBy?: { duties: string[]; clause: string };
  /** Who is told when it is approved. */
  notifyOnApproval?: { duties: string[]; clause: string };
}
interface Cycle {
  key: string;
  title: I18nText;
  frequency: string;
  due?: string;
  ownerDuty: string;
  text?: { ja: string; en?: string };
  clause: string;
}
interface Role {
  key: string;
  title: I18nText;
  heldBy?: string;
  duties: string[];
  scope: string;
  clause?: string;
}
interface Zone {
  key: string;
  name: I18nText;
  mfaRequired?: boolean;
  wirelessLanAllowed?: boolean;
  rules?: { key: string; text: { ja: string; en?: string }; clause: string }[];
  clause: string;
}
interface Coverage {
  total: number;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  plannedBy: Record<string, number>;
  dishonest: number;
  modules: { key: string; label: { ja: string; en: string } | null }[];
  unmapped: string[];
  /** Self-inspection obligations that no open campaign asks (not counted as met). */
  notInCampaign: string[];
}
interface ProfileFull {
  id: string;
  name?: string;
  nameEn?: string;
  title?: I18nText;
  extends?: string | null;
  ownCatalog?: string;
  classification?: { confidentiality: Scheme; integrity: Scheme; availability: Scheme };
  roles?: Role[];
  zones?: Zone[];
  requestKinds?: RequestKind[];
  cycles?: Cycle[];
  coverage?: Coverage;
  exclusions?: { key: string; text: { ja: string; en?: string }; clause: string; applied: boolean }[];
}

function dutyLabel(duty: string, lang: Lang): string {
  const d = DUTIES[duty as keyof typeof DUTIES];
  return d ? (lang === "en" ? d.en : d.ja) : duty;
}

const quote = (q: { ja: string; en?: string } | undefined, lang: Lang) =>
  q ? (lang === "en" && q.en) || q.ja : "";

/** Renders an approval predicate in words. */
function predicateText(
  p: Predicate | undefined,
  schemes: ProfileFull["classification"],
  t: (k: string, o?: Record<string, unknown>) => string,
  lang: Lang,
): string {
  if (!p) return "—";
  const level = (scheme: keyof NonNullable<typeof schemes>, key: string) => {
    const l = schemes?.[scheme]?.levels.find((x) => x.key === key);
    return l ? (lang === "en" ? (l.labelEn ?? l.label) : l.label) : key;
  };
  if ("always" in p) return t("policy.pred.always");
  if ("never" in p) return t("policy.pred.never");
  if ("all" in p)
    return (p.all as Predicate[]).map((x) => predicateText(x, schemes, t, lang)).join(t("policy.pred.and"));
  if ("any" in p)
    return (p.any as Predicate[]).map((x) => predicateText(x, schemes, t, lang)).join(t("policy.pred.or"));
  if ("not" in p) return t("policy.pred.not", { x: predicateText(p.not as Predicate, schemes, t, lang) });
  for (const scheme of ["confidentiality", "integrity", "availability"] as const) {
    const key = `${scheme}AtLeast`;
    const snake = `${scheme}_at_least`;
    const v = (p[key] ?? p[snake]) as string | undefined;
    if (v) return t("policy.pred.atLeast", { scheme: t(`policy.scheme.${scheme}`), level: level(scheme, v) });
  }
  const zones = (p.zoneIn ?? p.zone_in) as string[] | undefined;
  if (zones) return t("policy.pred.zoneIn", { zones: zones.map((z) => t(`zone.${z}`)).join("・") });
  const kinds = (p.assetKindIn ?? p.asset_kind_in) as string[] | undefined;
  if (kinds) return t("policy.pred.kindIn", { kinds: kinds.map((k) => t(`assetKind.${k}`)).join("・") });
  // An answer on the request form: the profile words the condition itself.
  const answer = (p.fieldIn ?? p.field_in) as { text?: I18nText } | undefined;
  if (answer?.text) return t("policy.pred.answer", { text: lang === "en" ? answer.text.en : answer.text.ja });
  return JSON.stringify(p);
}

function RolesTab({ profile }: { profile: ProfileFull }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const holders = useQuery({
    queryKey: ["role-assignments", { current: true }],
    queryFn: () => api.get("/api/role-assignments", { query: { current: "true" } }),
  });
  const byRole = new Map<string, RoleAssignment[]>();
  for (const r of listOf<RoleAssignment>(holders.data)) {
    const list = byRole.get(r.roleKey) ?? [];
    list.push(r);
    byRole.set(r.roleKey, list);
  }
  const roles = profile.roles ?? [];
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={900}>
        <Table className="data-table" data-testid="policy-roles">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("policy.role")}</Table.Th>
              <Table.Th>{t("policy.heldBy")}</Table.Th>
              <Table.Th>{t("policy.scope")}</Table.Th>
              <Table.Th>{t("policy.duties")}</Table.Th>
              <Table.Th>{t("policy.holdersNow")}</Table.Th>
              <Table.Th>{t("policy.basis")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.map((r) => {
              const now = byRole.get(r.key) ?? [];
              return (
                <Table.Tr key={r.key} data-testid="policy-role-row" data-role={r.key}>
                  <Table.Td fw={600}>{pick(r.title)}</Table.Td>
                  <Table.Td>{r.heldBy ?? "—"}</Table.Td>
                  <Table.Td className="nowrap">{t(`scope.${r.scope}`)}</Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      {r.duties.map((d) => (
                        <Text key={d} size="xs">
                          ・{dutyLabel(d, lang)}
                        </Text>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    {now.length === 0 ? (
                      <Text size="xs" c="red.8">
                        {t("policy.vacant")}
                      </Text>
                    ) : (
                      <Stack gap={0}>
                        {now.map((a) => (
                          <Text key={a.id} size="xs">
                            <Link href={`/org/people/${a.personId}`}>{a.personName}</Link>
                            {a.scopeDepartmentName ? `（${a.scopeDepartmentName}）` : ""}
                          </Text>
                        ))}
                      </Stack>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ClauseLink id={r.clause} prefix={false} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function SchemeTable({ scheme, schemeKey }: { scheme: Scheme; schemeKey: string }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const levels = [...scheme.levels].sort((a, b) => b.rank - a.rank);
  return (
    <Card withBorder padding={0} mb="md" data-testid={`policy-scheme-${schemeKey}`}>
      <Group justify="space-between" px="md" py="xs" className="scheme-head">
        <Title order={5}>{scheme.title ? pick(scheme.title) : t(`policy.scheme.${schemeKey}`)}</Title>
        <ClauseLink id={scheme.clause} />
      </Group>
      <Table.ScrollContainer minWidth={900}>
        <Table className="data-table" withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={140}>{t("policy.level")}</Table.Th>
              <Table.Th w={260}>{t("policy.definition")}</Table.Th>
              <Table.Th>{t("policy.handling")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {levels.map((l, i) => (
              <Table.Tr key={l.key} data-testid="policy-level" data-level={l.key} data-rank={l.rank}>
                <Table.Td>
                  <Text fw={700}>{lang === "en" ? (l.labelEn ?? l.label) : l.label}</Text>
                  {i === 0 && (
                    <Badge size="xs" color="red" variant="light" data-testid="policy-highest">
                      {t("policy.highest")}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {t("policy.rank", { rank: l.rank })}
                  </Text>
                  <ClauseLink id={l.clause} prefix={false} />
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{l.definition}</Text>
                  {l.examples && l.examples.length > 0 && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {t("policy.examples")}: {l.examples.join("、")}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {l.handling && l.handling.length > 0 ? (
                    <Stack gap={2}>
                      {l.handling.map((h) => (
                        <Group key={h.code} gap={6} wrap="nowrap" align="flex-start">
                          <Text size="xs" style={{ flex: 1 }}>
                            ・{pick(h.text)}
                          </Text>
                          <ClauseLink id={h.clause} prefix={false} />
                        </Group>
                      ))}
                    </Stack>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t("policy.noHandling")}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function RequestsTab({ profile }: { profile: ProfileFull }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const kinds = profile.requestKinds ?? [];
  if (kinds.length === 0) return <Empty>{t("policy.noRequests")}</Empty>;
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={1000}>
        <Table className="data-table" data-testid="policy-requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("policy.act")}</Table.Th>
              <Table.Th>{t("policy.when")}</Table.Th>
              <Table.Th>{t("policy.approvers")}</Table.Th>
              <Table.Th>{t("policy.afterwards")}</Table.Th>
              <Table.Th>{t("policy.basis")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k.key} data-testid="policy-request-row" data-kind={k.key}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {pick(k.title)}
                  </Text>
                  {k.text && (
                    <Text size="xs" c="dimmed" mt={2} maw={320}>
                      「{quote(k.text, lang)}」
                    </Text>
                  )}
                  {k.filedBy && (
                    <Group gap={4} mt={2} data-testid="policy-request-applicant">
                      <Text size="xs">
                        {t("policy.applicant")}: {k.filedBy.duties.map((d) => dutyLabel(d, lang)).join(" / ")}
                      </Text>
                      <ClauseLink id={k.filedBy.clause} prefix={false} />
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="xs">
                    {predicateText(k.approvalRequiredWhen, profile.classification, t, lang)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {(k.approvers ?? []).length === 0 ? (
                    <Text size="xs" c="dimmed">
                      {t("policy.noApprover")}
                    </Text>
                  ) : (
                    <Stack gap={2}>
                      {[...(k.approvers ?? [])]
                        .sort((a, b) => a.step - b.step)
                        .map((s) => (
                          <Group key={`${s.step}-${s.duty}`} gap={4} data-testid="policy-request-step">
                            <Text size="xs">
                              {s.step}. {dutyLabel(s.duty, lang)}（{t(`scope.${s.scope}`)}）
                              {s.when
                                ? ` — ${t("policy.stepWhen", { when: predicateText(s.when, profile.classification, t, lang) })}`
                                : ""}
                            </Text>
                            <ClauseLink id={s.clause} prefix={false} />
                          </Group>
                        ))}
                    </Stack>
                  )}
                  {k.postReportAllowed && (
                    <Text size="xs" c="orange" mt={4}>
                      {t("policy.postReport")}: {pick(k.postReportAllowed.text)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {(k.followUps ?? []).map((f) => (
                      <Text
                        key={f.key}
                        size="xs"
                        data-testid="policy-follow-up"
                        data-acted={String(f.acted === true)}
                      >
                        ・{pick(f.text)}
                        {typeof f.dueDays === "number"
                          ? t("policy.dueDays", { n: f.dueDays })
                          : f.dueDays
                            ? t("policy.dueBusinessDays", { n: f.dueDays.businessDays })
                            : ""}
                        {f.acted !== true ? (
                          <Text span size="xs" c="dimmed">
                            {" "}
                            {t("policy.followUpShownOnly")}
                          </Text>
                        ) : f.dueActed === false && f.dueDays !== undefined ? (
                          <Text span size="xs" c="dimmed">
                            {" "}
                            {t("policy.followUpDueShownOnly")}
                          </Text>
                        ) : null}
                      </Text>
                    ))}
                    {k.notifyOnApproval && (
                      <Group gap={4} data-testid="policy-request-notice">
                        <Text size="xs">
                          ・{t("policy.notifyOnApproval")}:{" "}
                          {k.notifyOnApproval.duties.map((d) => dutyLabel(d, lang)).join(" / ")}
                        </Text>
                        <ClauseLink id={k.notifyOnApproval.clause} prefix={false} />
                      </Group>
                    )}
                    {(k.records ?? []).map((r) => (
                      <Text key={r.key} size="xs" c="dimmed">
                        {t("policy.record")}: {pick(r.text)}
                      </Text>
                    ))}
                    {!k.followUps?.length && !k.records?.length && !k.notifyOnApproval && (
                      <Text size="xs" c="dimmed">
                        —
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ClauseLink id={k.clause} prefix={false} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function CyclesTab({ profile }: { profile: ProfileFull }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  const cycles = profile.cycles ?? [];
  if (cycles.length === 0) return <Empty>{t("policy.noCycles")}</Empty>;
  return (
    <Card withBorder padding={0}>
      <Table className="data-table" data-testid="policy-cycles">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("policy.cycle")}</Table.Th>
            <Table.Th>{t("policy.frequency")}</Table.Th>
            <Table.Th>{t("policy.due")}</Table.Th>
            <Table.Th>{t("policy.owner")}</Table.Th>
            <Table.Th>{t("policy.basis")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycles.map((c) => {
            const [mm, dd] = (c.due ?? "").split("-").map(Number);
            return (
              <Table.Tr key={c.key} data-testid="policy-cycle-row">
                <Table.Td>
                  <Text fw={600} size="sm">
                    {pick(c.title)}
                  </Text>
                  {c.text && (
                    <Text size="xs" c="dimmed" maw={420}>
                      「{quote(c.text, lang)}」
                    </Text>
                  )}
                </Table.Td>
                <Table.Td className="nowrap">
                  {t(`policy.freq.${c.frequency}`, { defaultValue: c.frequency })}
                </Table.Td>
                <Table.Td className="nowrap">{c.due ? t("policy.dueDate", { m: mm, d: dd }) : "—"}</Table.Td>
                <Table.Td>
                  <Text size="xs">{dutyLabel(c.ownerDuty, lang)}</Text>
                </Table.Td>
                <Table.Td>
                  <ClauseLink id={c.clause} prefix={false} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function ZonesTab({ profile }: { profile: ProfileFull }) {
  const { t } = useTranslation();
  const { lang, pick } = useLang();
  return (
    <SimpleGrid cols={{ base: 1, md: Math.min(3, profile.zones?.length ?? 1) }} spacing="md">
      {(profile.zones ?? []).map((z) => (
        <Card withBorder key={z.key} data-testid="policy-zone">
          <Group justify="space-between" mb="xs">
            <Title order={5}>{pick(z.name)}</Title>
            <ClauseLink id={z.clause} prefix={false} />
          </Group>
          <Group gap={4} mb="xs">
            {z.mfaRequired && (
              <Badge color="red" variant="light">
                {t("policy.zoneMfa")}
              </Badge>
            )}
            {z.wirelessLanAllowed === false && (
              <Badge color="orange" variant="light">
                {t("policy.zoneNoWifi")}
              </Badge>
            )}
          </Group>
          <Stack gap={4}>
            {(z.rules ?? []).map((r) => (
              <Group key={r.key} gap={6} wrap="nowrap" align="flex-start">
                <Text size="xs" style={{ flex: 1 }}>
                  ・{quote(r.text, lang)}
                </Text>
                <ClauseLink id={r.clause} prefix={false} />
              </Group>
            ))}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** How each obligation is met as the code stands (checked against the modules of this build). */
/** 適用除外: what the text puts outside the policy, and whether Sekimori applies it (it says so). */
function ExclusionsCard({ exclusions }: { exclusions: NonNullable<ProfileFull["exclusions"]> }) {
  const { t } = useTranslation();
  const { lang } = useLang();
  if (exclusions.length === 0) return null;
  return (
    <Card withBorder mb="md" data-testid="policy-exclusions">
      <Text fw={600} mb="xs">
        {t("policy.exclusions.title")}
      </Text>
      <Stack gap="xs">
        {exclusions.map((e) => (
          <div key={e.key}>
            <Text size="sm">「{quote(e.text, lang)}」</Text>
            <Group gap="xs">
              <ClauseLink id={e.clause} prefix={false} />
              <Badge color={e.applied ? "navy" : "gray"} variant="light">
                {e.applied ? t("policy.exclusions.applied") : t("policy.exclusions.notApplied")}
              </Badge>
            </Group>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

function CoverageTab({ coverage }: { coverage: Coverage | undefined }) {
  const { t } = useTranslation();
  const { pick } = useLang();
  if (!coverage) return <Empty>{t("coverage.notAvailable")}</Empty>;
  const statuses = ["enforced", "module", "self_inspection", "not_in_campaign", "planned", "out_of_scope"];
  const colors: Record<string, string> = {
    enforced: "navy",
    module: "blue",
    self_inspection: "teal",
    not_in_campaign: "yellow",
    planned: "orange",
    out_of_scope: "gray",
  };
  const met = coverage.byStatus.enforced + coverage.byStatus.module + coverage.byStatus.self_inspection;
  const moduleName = (key: string) => {
    const label = coverage.modules.find((m) => m.key === key)?.label;
    return label ? pick(label) : t(`coverage.module.${key}`, { defaultValue: key });
  };
  return (
    <Card withBorder padding="lg" data-testid="policy-coverage">
      <Group gap="xl" mb="md">
        <div>
          <Text size="xs" c="dimmed">
            {t("coverage.obligations")}
          </Text>
          <Text fz={28} fw={700} data-testid="coverage-total">
            {coverage.total}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t("coverage.met")}
          </Text>
          <Text fz={28} fw={700} data-testid="coverage-met">
            {met}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t("coverage.planned")}
          </Text>
          <Text
            fz={28}
            fw={700}
            c={coverage.byStatus.planned ? "orange.8" : "teal.8"}
            data-testid="coverage-planned"
          >
            {coverage.byStatus.planned}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t("coverage.unmapped")}
          </Text>
          <Text
            fz={28}
            fw={700}
            c={coverage.unmapped.length + coverage.dishonest ? "red.8" : "teal.8"}
            data-testid="coverage-unmapped"
          >
            {coverage.unmapped.length + coverage.dishonest}
          </Text>
        </div>
      </Group>
      <Progress.Root size={18} mb="md">
        {statuses.map((k) =>
          coverage.byStatus[k] ? (
            <Progress.Section
              key={k}
              value={(coverage.byStatus[k] / Math.max(1, coverage.total)) * 100}
              color={colors[k]}
            >
              <Progress.Label>{coverage.byStatus[k]}</Progress.Label>
            </Progress.Section>
          ) : null,
        )}
      </Progress.Root>
      <Table className="data-table" withTableBorder maw={560}>
        <Table.Tbody>
          {statuses.map((k) => (
            <Table.Tr key={k} data-testid={`coverage-status-${k}`}>
              <Table.Td>
                <Badge color={colors[k]} variant="light">
                  {t(`coverage.status.${k}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t(`coverage.statusHelp.${k}`)}
                </Text>
                {k === "planned" &&
                  Object.entries(coverage.plannedBy)
                    .sort((a, b) => b[1] - a[1])
                    .map(([module, n]) => (
                      <Text size="xs" key={module}>
                        {moduleName(module)}: {n}
                      </Text>
                    ))}
              </Table.Td>
              <Table.Td className="num">{coverage.byStatus[k] ?? 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed" mt="xs">
        {t("coverage.modulesInBuild")}: {coverage.modules.map((m) => moduleName(m.key)).join("、")}
      </Text>
      {coverage.notInCampaign.length > 0 && (
        <Stack gap={2} mt="md" data-testid="coverage-not-in-campaign">
          <Text size="sm" fw={600}>
            {t("coverage.notInCampaignList", { count: coverage.notInCampaign.length })}
          </Text>
          <Text size="xs" c="dimmed">
            {t("coverage.notInCampaignHelp")}
          </Text>
          {coverage.notInCampaign.slice(0, 50).map((id) => (
            <ClauseLink key={id} id={id} prefix={false} />
          ))}
          {coverage.notInCampaign.length > 50 && (
            <Text size="xs" c="dimmed">
              {t("coverage.andMore", { count: coverage.notInCampaign.length - 50 })}
            </Text>
          )}
        </Stack>
      )}
      {coverage.unmapped.length > 0 && (
        <Stack gap={2} mt="md">
          <Text size="sm" fw={600}>
            {t("coverage.unmappedList")}
          </Text>
          {coverage.unmapped.slice(0, 50).map((id) => (
            <ClauseLink key={id} id={id} prefix={false} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

export default function Policy() {
  const { t } = useTranslation();
  const { pick } = useLang();
  const profile = useProfile();
  const p = profile.data as ProfileFull | undefined;
  return (
    <QueryState isLoading={profile.isLoading} error={profile.error}>
      {p && (
        <>
          <PageHeader
            title={t("policy.title")}
            description={
              <>
                <span data-testid="policy-profile-name">
                  {pick({ ja: p.name ?? p.id, en: p.nameEn ?? p.name ?? p.id })}
                </span>
                {p.title ? ` ・ ${pick(p.title)}` : ""}
                <Text span size="xs" c="dimmed" className="mono">
                  {" "}
                  （{t("policy.profileId")}: {p.id}
                  {p.extends ? ` ← ${p.extends}` : ""}）
                </Text>
              </>
            }
          />
          <Tabs defaultValue="roles" keepMounted={false}>
            <Tabs.List mb="md">
              <Tabs.Tab value="roles" data-testid="policy-tab-roles">
                {t("policy.tabs.roles")}
              </Tabs.Tab>
              <Tabs.Tab value="classification" data-testid="policy-tab-classification">
                {t("policy.tabs.classification")}
              </Tabs.Tab>
              <Tabs.Tab value="requests" data-testid="policy-tab-requests">
                {t("policy.tabs.requests")}
              </Tabs.Tab>
              <Tabs.Tab value="cycles" data-testid="policy-tab-cycles">
                {t("policy.tabs.cycles")}
              </Tabs.Tab>
              <Tabs.Tab value="zones" data-testid="policy-tab-zones">
                {t("policy.tabs.zones")}
              </Tabs.Tab>
              <Tabs.Tab value="coverage" data-testid="policy-tab-coverage">
                {t("policy.tabs.coverage")}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="roles">
              <RolesTab profile={p} />
            </Tabs.Panel>
            <Tabs.Panel value="classification">
              {p.classification &&
                (["confidentiality", "integrity", "availability"] as const).map((k) => (
                  <SchemeTable key={k} scheme={p.classification?.[k] as Scheme} schemeKey={k} />
                ))}
            </Tabs.Panel>
            <Tabs.Panel value="requests">
              <RequestsTab profile={p} />
            </Tabs.Panel>
            <Tabs.Panel value="cycles">
              <CyclesTab profile={p} />
            </Tabs.Panel>
            <Tabs.Panel value="zones">
              <ZonesTab profile={p} />
            </Tabs.Panel>
            <Tabs.Panel value="coverage">
              <ExclusionsCard exclusions={p.exclusions ?? []} />
              <CoverageTab coverage={p.coverage} />
            </Tabs.Panel>
          </Tabs>
        </>
      )}
    </QueryState>
  );
}
