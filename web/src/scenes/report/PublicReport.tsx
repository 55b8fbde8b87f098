import {
  Alert,
  Button,
  Card,
  Container,
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

interface ContactPoint {
  name: { ja: string; en: string };
  howToReach: { ja: string; en: string };
  phone: string | null;
  email: string | null;
  publicForm: boolean;
}

/** A label in Japanese with the English beneath: residents and outside parties read either. */
function Bi({ ja, en }: { ja: string; en: string }) {
  return (
    <span>
      {ja}{" "}
      <Text span size="xs" c="dimmed">
        / {en}
      </Text>
    </span>
  );
}

const LIMITS = { summary: 200, details: 4000, contact: 300 };

/**
 * 公開の報告フォーム (/report): for residents and outside parties, without login (対策基準 6.3(2)④).
 * Everything typed is sent and shown back as text; the server answers a receipt number.
 */
export default function PublicReport() {
  const { lang } = useLang();
  const cp = useQuery({
    queryKey: ["public-contact-point"],
    queryFn: () => api.get<ContactPoint>("/api/public/contact-point"),
    retry: false,
  });
  const [summary, setSummary] = useState("");
  const [details, setDetails] = useState("");
  const [contact, setContact] = useState("");
  const send = useMutation({
    mutationFn: () =>
      api.post<{ receiptNumber: string }>("/api/public/reports", {
        summary: summary.trim(),
        details: details.trim(),
        contact: contact.trim() || null,
      }),
  });
  const fieldError = useFieldError(send.error);

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
          <Text fw={700}>{cp.data.name.ja}</Text>
          <Text size="sm" c="dimmed">
            {cp.data.name.en}
          </Text>
          <Text size="sm" mt="xs">
            {cp.data.howToReach.ja}
          </Text>
          <Text size="xs" c="dimmed">
            {cp.data.howToReach.en}
          </Text>
          {cp.data.phone && <Text size="sm">☎ {cp.data.phone}</Text>}
          {cp.data.email && <Text size="sm">✉ {cp.data.email}</Text>}
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
            お問い合わせの際はこの番号をお伝えください。
          </Text>
          <Text size="xs" c="dimmed">
            Please quote this number when you contact us.
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
            <Text size="xs" c="dimmed">
              個人の氏名や住所など、必要以上の個人情報は書かないでください。 / Please do not include more
              personal information than needed.
            </Text>
            <Group justify="flex-end">
              <Button
                type="submit"
                loading={send.isPending}
                disabled={!summary.trim() || !details.trim()}
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
