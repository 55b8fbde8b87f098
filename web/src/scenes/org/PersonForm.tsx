import { Button, Card, Grid, Group, Select, Stack, Switch, TextInput } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api";
import { ErrorAlert, PageHeader, QueryState, useFieldError } from "../../components/common";
import { EMPLOYMENT_TYPES, type EmploymentType, type PersonDetail } from "../../contract";
import { departmentOptions, recordOf, useDepartments } from "../../hooks";
import { navigate } from "../../router";

interface FormState {
  employeeNumber: string;
  name: string;
  nameKana: string;
  nameEn: string;
  email: string;
  phone: string;
  emergencyPhone: string;
  employmentType: EmploymentType;
  departmentId: string | null;
  title: string;
  active: boolean;
}

const EMPTY: FormState = {
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
  const [form, setForm] = useState<FormState>(EMPTY);
  useEffect(() => {
    const p = existing.data;
    if (!p) return;
    setForm({
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
    });
  }, [existing.data]);

  const save = useMutation({
    mutationFn: async () => {
      const body = {
        employeeNumber: orNull(form.employeeNumber),
        name: form.name.trim(),
        nameKana: orNull(form.nameKana),
        nameEn: orNull(form.nameEn),
        email: orNull(form.email),
        phone: orNull(form.phone),
        emergencyPhone: orNull(form.emergencyPhone),
        employmentType: form.employmentType,
        departmentId: form.departmentId,
        title: orNull(form.title),
        ...(editing ? { active: form.active } : {}),
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
  const fieldError = useFieldError(save.error);
  const set =
    <K extends keyof FormState>(k: K) =>
    (v: FormState[K]) =>
      setForm((f) => ({ ...f, [k]: v }));
  const text = (k: keyof FormState) => ({
    value: form[k] as string,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(k)(e.currentTarget.value as never),
    error: fieldError(k),
  });

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
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              save.mutate();
            }}
            noValidate
            data-testid="person-form"
          >
            <Stack gap="sm">
              <ErrorAlert error={save.error} />
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.name")}
                    required
                    maxLength={100}
                    {...text("name")}
                    data-testid="person-name-input"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.nameKana")}
                    maxLength={100}
                    {...text("nameKana")}
                    data-testid="person-kana-input"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput label={t("person.nameEn")} maxLength={200} {...text("nameEn")} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.employeeNumber")}
                    maxLength={32}
                    {...text("employeeNumber")}
                    data-testid="person-employee-number"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={t("person.department")}
                    data={departmentOptions(deps.data)}
                    value={form.departmentId}
                    onChange={set("departmentId")}
                    searchable
                    clearable
                    error={fieldError("departmentId")}
                    data-testid="person-department"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.title")}
                    maxLength={100}
                    {...text("title")}
                    data-testid="person-title"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <Select
                    label={t("person.employmentType")}
                    data={EMPLOYMENT_TYPES.map((e) => ({ value: e, label: t(`employment.${e}`) }))}
                    value={form.employmentType}
                    onChange={(v) => v && set("employmentType")(v as EmploymentType)}
                    allowDeselect={false}
                    required
                    error={fieldError("employmentType")}
                    data-testid="person-employment-type"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.email")}
                    type="email"
                    maxLength={254}
                    {...text("email")}
                    data-testid="person-email"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.phone")}
                    maxLength={32}
                    {...text("phone")}
                    data-testid="person-phone"
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    label={t("person.emergencyPhone")}
                    description={t("person.emergencyPhoneHelp")}
                    maxLength={32}
                    {...text("emergencyPhone")}
                    data-testid="person-emergency-phone"
                  />
                </Grid.Col>
                {editing && (
                  <Grid.Col span={12}>
                    <Switch
                      label={t("people.activeSwitch")}
                      checked={form.active}
                      onChange={(e) => set("active")(e.currentTarget.checked)}
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
