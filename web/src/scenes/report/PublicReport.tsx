import {
  Alert,
  Button,
  Card,
  Container,
  FileInput,
  Group,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import { useActionForm } from "../../forms";
import { setLang, useLang } from "../../i18n";

/**
 * A label in both languages, the chosen one first (the switch at the top): residents and
 * outside parties read either.
 */
function Bi({ ja, en }: { ja: string; en: string }) {
  const { lang } = useLang();
  const [first, second] = lang === "en" ? [en, ja] : [ja, en];
  return (
    <span lang={lang}>
      {first}{" "}
      <Text span size="xs" c="dimmed">
        / {second}
      </Text>
    </span>
  );
}

const LIMITS = { summary: 200, details: 4000, contact: 300 };
/** What the browser checks of the public report (the server's PublicReportReq has the same limits). */
const ReportValues = z.object({
  summary: z.string().trim().min(1).max(LIMITS.summary),
  details: z.string().trim().min(1).max(LIMITS.details),
  contact: z.string().trim().max(LIMITS.contact),
  files: z.array(z.instanceof(File)),
});
type V = z.infer<typeof ReportValues>;
/** Attachments: as the server checks them (type by content there; here by name for the picker). */
const FILES = {
  max: 3,
  maxBytes: 5 * 1024 * 1024,
  accept: ".pdf,.png,.jpg,.jpeg,.txt,application/pdf,image/png,image/jpeg,text/plain",
};

function fileProblem(files: File[]): { ja: string; en: string } | null {
  if (files.length > FILES.max)
    return { ja: `添付は${FILES.max}個までです。`, en: `At most ${FILES.max} files.` };
  if (files.some((f) => f.size > FILES.maxBytes))
    return { ja: "添付ファイルは1個5MBまでです。", en: "Each file may be at most 5 MB." };
  return null;
}

/**
 * 公開の報告フォーム (/report): for residents and outside parties, without login (対策基準 6.3(2)④).
 * Everything typed is sent and shown back as text; the server answers a receipt number.
 */
export default function PublicReport() {
  const { lang } = useLang();
  const cp = useQuery({
    queryKey: ["public-contact-point"],
    queryFn: () => api.get("/api/public/contact-point"),
    retry: false,
  });
  const send = useMutation({
    mutationFn: ({ summary, details, contact, files }: V) => {
      if (files.length === 0)
        return api.post("/api/public/reports", {
          body: {
            summary: summary.trim(),
            details: details.trim(),
            contact: contact.trim() || null,
          },
        });
      // With attachments the same route takes multipart/form-data.
      const form = new FormData();
      form.set("summary", summary.trim());
      form.set("details", details.trim());
      if (contact.trim()) form.set("contact", contact.trim());
      for (const f of files) form.append("files", f);
      return api.post("/api/public/reports", { body: form });
    },
  });
  const form = useActionForm(ReportValues, { summary: "", details: "", contact: "", files: [] }, send.error, {
    // The attachments' count and size, said as the server would (its check by content stays there).
    refine: (errors, v) => {
      const problem = fileProblem(v.files);
      return problem ? { ...errors, files: lang === "en" ? problem.en : problem.ja } : errors;
    },
  });
  const problem = fileProblem(form.values.files);
  const [cpFirst, cpSecond] = lang === "en" ? (["en", "ja"] as const) : (["ja", "en"] as const);

  return (
    <Container size="sm" py="xl" data-testid="public-report">
      <Group justify="space-between" mb="md">
        <Title order={2}>
          <Bi ja="情報セキュリティに関する報告" en="Report a security problem" />
        </Title>
        <Button
          variant="subtle"
          size="xs"
          onClick={() => setLang(lang === "en" ? "ja" : "en")}
          data-testid="lang-toggle"
        >
          {lang === "en" ? "日本語" : "English"}
        </Button>
      </Group>
      {cp.data && (
        <Card withBorder mb="md" data-testid="contact-point">
          <Text size="xs" c="dimmed">
            <Bi ja="お問い合わせ窓口" en="Contact point" />
          </Text>
          <Text fw={700} data-testid="contact-point-name">
            {cp.data.name[cpFirst]}
          </Text>
          <Text size="sm" c="dimmed">
            {cp.data.name[cpSecond]}
          </Text>
          <Text size="sm" mt="xs" data-testid="contact-point-how">
            {cp.data.howToReach[cpFirst]}
          </Text>
          <Text size="xs" c="dimmed">
            {cp.data.howToReach[cpSecond]}
          </Text>
          {/* 6.3(2)④ 連絡手段を公表: a means nobody has set yet says so instead of disappearing. */}
          <Text size="sm" mt={4} data-testid="contact-point-phone">
            <Bi ja="電話" en="Telephone" />: {cp.data.phone ?? <Bi ja="未設定" en="not set" />}
          </Text>
          <Text size="sm" data-testid="contact-point-email">
            <Bi ja="電子メール" en="E-mail" />: {cp.data.email ?? <Bi ja="未設定" en="not set" />}
          </Text>
        </Card>
      )}
      {send.data ? (
        <Alert color="teal" title={<Bi ja="受け付けました" en="Received" />} data-testid="report-received">
          <Text>
            <Bi ja="受付番号" en="Receipt number" />:{" "}
            <Text span fw={700} ff="monospace" data-testid="receipt-number">
              {send.data.receiptNumber}
            </Text>
          </Text>
          <Text size="sm" mt="xs">
            <Bi
              ja="お問い合わせの際はこの番号をお伝えください。"
              en="Please quote this number when you contact us."
            />
          </Text>
        </Alert>
      ) : (
        <form {...form.formProps((v) => send.mutate(v))} data-testid="public-report-form">
          <Stack gap="sm">
            <ErrorAlert error={send.error} testId="report-error" />
            <TextInput
              label={<Bi ja="件名（何が起きたか）" en="Summary" />}
              maxLength={LIMITS.summary}
              required
              {...form.getInputProps("summary")}
              data-testid="report-summary"
            />
            <Textarea
              label={<Bi ja="詳しい内容（いつ・どこで・何を）" en="Details (when, where, what)" />}
              maxLength={LIMITS.details}
              autosize
              minRows={5}
              required
              {...form.getInputProps("details")}
              data-testid="report-details"
            />
            <TextInput
              label={<Bi ja="連絡先（任意）" en="How to reach you (optional)" />}
              maxLength={LIMITS.contact}
              {...form.getInputProps("contact")}
              data-testid="report-contact"
            />
            <FileInput
              label={
                <Bi
                  ja="添付ファイル（任意・PDF/PNG/JPEG/テキスト、3個まで・各5MBまで）"
                  en="Attachments (optional; PDF/PNG/JPEG/text, up to 3, 5 MB each)"
                />
              }
              multiple
              clearable
              accept={FILES.accept}
              value={form.values.files}
              onChange={(v) => form.setFieldValue("files", v ?? [])}
              // Too many or too large is said as soon as they are chosen, not only on sending.
              error={problem ? (lang === "en" ? problem.en : problem.ja) : form.errors.files}
              data-testid="report-files"
            />
            <Text size="xs" c="dimmed">
              <Bi
                ja="個人の氏名や住所など、必要以上の個人情報は書かないでください。"
                en="Please do not include more personal information than needed."
              />
            </Text>
            <Group justify="flex-end">
              <Button type="submit" loading={send.isPending} data-testid="report-submit">
                <Bi ja="送信する" en="Send" />
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Container>
  );
}
