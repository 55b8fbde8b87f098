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
import { type FormEvent, useState } from "react";
import { api } from "../../api";
import { ErrorAlert, useFieldError } from "../../components/common";
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
  const [summary, setSummary] = useState("");
  const [details, setDetails] = useState("");
  const [contact, setContact] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const send = useMutation({
    mutationFn: () => {
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
  const fieldError = useFieldError(send.error);
  const problem = fileProblem(files);
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
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            send.mutate();
          }}
          noValidate
          data-testid="public-report-form"
        >
          <Stack gap="sm">
            <ErrorAlert error={send.error} testId="report-error" />
            <TextInput
              label={<Bi ja="件名（何が起きたか）" en="Summary" />}
              value={summary}
              onChange={(e) => setSummary(e.currentTarget.value)}
              maxLength={LIMITS.summary}
              required
              error={fieldError("summary")}
              data-testid="report-summary"
            />
            <Textarea
              label={<Bi ja="詳しい内容（いつ・どこで・何を）" en="Details (when, where, what)" />}
              value={details}
              onChange={(e) => setDetails(e.currentTarget.value)}
              maxLength={LIMITS.details}
              autosize
              minRows={5}
              required
              error={fieldError("details")}
              data-testid="report-details"
            />
            <TextInput
              label={<Bi ja="連絡先（任意）" en="How to reach you (optional)" />}
              value={contact}
              onChange={(e) => setContact(e.currentTarget.value)}
              maxLength={LIMITS.contact}
              error={fieldError("contact")}
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
              value={files}
              onChange={(v) => setFiles(v ?? [])}
              error={problem ? (lang === "en" ? problem.en : problem.ja) : (fieldError("files") ?? undefined)}
              data-testid="report-files"
            />
            <Text size="xs" c="dimmed">
              <Bi
                ja="個人の氏名や住所など、必要以上の個人情報は書かないでください。"
                en="Please do not include more personal information than needed."
              />
            </Text>
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={send.isPending}
                disabled={!summary.trim() || !details.trim() || !!problem}
                data-testid="report-submit"
              >
                <Bi ja="送信する" en="Send" />
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Container>
  );
}
