import { Button, Card, Grid, Group, Select, Stack, Switch, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState } from "../../components/common";
import { EMPLOYMENT_TYPES, type PersonDetail } from "../../contract";
import { useActionForm } from "../../forms";
import { departmentOptions, recordOf, useDepartments } from "../../hooks";
import { navigate } from "../../router";

const Phone = z
  .string()
  .trim()
  .max(32)
  .regex(/^[0-9+\-() ]*$/);
/** What the browser can check of a person (the server's PersonFields); the server checks the rest. */
const Values = z.object({
  employeeNumber: z.string().trim().max(32),
  name: z.string().trim().min(1).max(100),
  nameKana: z.string().trim().max(100),
  nameEn: z.string().trim().max(200),
  email: z.union([z.literal(""), z.email().max(254)]),
  phone: Phone,
  emergencyPhone: Phone,
  employmentType: z.enum(EMPLOYMENT_TYPES),
  departmentId: z.string().nullable(),
  title: z.string().trim().max(100),
  active: z.boolean(),
});
type V = z.infer<typeof Values>;

const EMPTY: V = {
  employeeNumber: "",
  name: "",
  nameKana: "",
  nameEn: "",
  email: "",
  phone: "",
  emergencyPhone: "",
  employmentType: "regular",
  departmentId: null,
  title: "",
  active: true,
};

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export default function PersonForm({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const deps = useDepartments();
  const editing = !!params.id;
  const existing = useQuery({
    queryKey: ["person", params.id],
    queryFn: async () =>
      recordOf<PersonDetail>(await api.get("/api/people/{id}", { path: { id: params.id ?? "" } })),
    enabled: editing,
  });
  const save = useMutation({
    mutationFn: async (v: V) => {
      const body = {
        employeeNumber: orNull(v.employeeNumber),
        name: v.name.trim(),
        nameKana: orNull(v.nameKana),
        nameEn: orNull(v.nameEn),
        email: orNull(v.email),
        phone: orNull(v.phone),
        emergencyPhone: orNull(v.emergencyPhone),
        employmentType: v.employmentType,
        departmentId: v.departmentId,
        title: orNull(v.title),
        ...(editing ? { active: v.active } : {}),
      };
      const res = editing
        ? await api.patch("/api/people/{id}", { path: { id: params.id ?? "" }, body })
        : await api.post("/api/people", { body });
      return recordOf<{ id: string }>(res);
    },
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ["people"] });
      await qc.invalidateQueries({ queryKey: ["person"] });
      navigate(`/org/people/${p.id ?? params.id}`);
    },
  });
  const form = useActionForm(Values, EMPTY, save.error);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly loaded person fills the form
  useEffect(() => {
    const p = existing.data;
    if (!p) return;
    const loaded: V = {
      employeeNumber: p.employeeNumber ?? "",
      name: p.name,
      nameKana: p.nameKana ?? "",
      nameEn: p.nameEn ?? "",
      email: p.email ?? "",
      phone: p.phone ?? "",
      emergencyPhone: p.emergencyPhone ?? "",
      employmentType: p.employmentType,
      departmentId: p.departmentId,
      title: p.title ?? "",
      active: p.active,
    };
    form.setValues(loaded);
    form.resetDirty(loaded);
  }, [existing.data]);

  return (
    <>
      <PageHeader
        back={
          editing
            ? { href: `/org/people/${params.id}`, label: existing.data?.name ?? t("people.title") }
            : { href: "/org/people", label: t("people.title") }
        }
        title={editing ? t("people.edit") : t("people.new")}
      />
      <QueryState isLoading={editing && existing.isLoading} error={existing.error}>
        <Card withBorder padding="lg" maw={900}>
          <form {...form.formProps((v) => save.mutate(v))} data-testid="person-form">
            <Stack gap="sm">
              <ErrorAlert error={save.error} />
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.name")}
                    required
                    maxLength={100}
                    {...form.getInputProps("name")}
                    data-testid="person-name-input"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.nameKana")}
                    maxLength={100}
                    {...form.getInputProps("nameKana")}
                    data-testid="person-kana-input"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label={t("person.nameEn")} maxLength={200} {...form.getInputProps("nameEn")} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.employeeNumber")}
                    maxLength={32}
                    {...form.getInputProps("employeeNumber")}
                    data-testid="person-employee-number"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={t("person.department")}
                    data={departmentOptions(deps.data)}
                    searchable
                    clearable
                    allowDeselect={false}
                    {...form.getInputProps("departmentId")}
                    data-testid="person-department"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.title")}
                    maxLength={100}
                    {...form.getInputProps("title")}
                    data-testid="person-title"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={t("person.employmentType")}
                    data={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
                    allowDeselect={false}
                    required
                    {...form.getInputProps("employmentType")}
                    data-testid="person-employment-type"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.email")}
                    type="email"
                    maxLength={254}
                    {...form.getInputProps("email")}
                    data-testid="person-email"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.phone")}
                    maxLength={32}
                    {...form.getInputProps("phone")}
                    data-testid="person-phone"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.emergencyPhone")}
                    description={t("person.emergencyPhoneHelp")}
                    maxLength={32}
                    {...form.getInputProps("emergencyPhone")}
                    data-testid="person-emergency-phone"
                  />
                </Grid.Col>
                {editing && (
                  <Grid.Col span={12}>
                    <Switch
                      label={t("people.activeSwitch")}
                      {...form.getInputProps("active", { type: "checkbox" })}
                    />
                  </Grid.Col>
                )}
              </Grid>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => window.history.back()}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" loading={save.isPending} data-testid="person-save">
                  {t("common.save")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </QueryState>
    </>
  );
}
