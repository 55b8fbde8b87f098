import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "../../api";
import { ErrorAlert } from "../../components/common";
import type { VulnAdvisory } from "../../contract";
import { useActionForm } from "../../forms";
import { useLang } from "../../i18n";

const NoticeValues = z.object({
  kind: z.enum(["malware", "urgent"]),
  message: z.string().trim().min(1).max(2000),
});

/**
 * 全職員への注意喚起 from one advisory (西原村 7.6(2), 7.4(1)③): the profile's staff_notice duty
 * sends a malware or urgent notice to every active person. The server checks the duty again.
 */
export function StaffNoticeDialog({ advisory, onClose }: { advisory: VulnAdvisory; onClose: () => void }) {
  const { pick } = useLang();
  const send = useMutation({
    mutationFn: (body: z.output<typeof NoticeValues>) =>
      api.post("/api/vulnerabilities/advisories/{id}/staff-notices", { path: { id: advisory.id }, body }),
  });
  const form = useActionForm(NoticeValues, { kind: "malware", message: "" }, send.error, {
    labels: { message: { ja: "職員への説明と対応方法", en: "What staff should know and do" } },
  });
  const sent = send.data?.data;
  return (
    <Modal
      opened
      onClose={onClose}
      title={pick({
        ja: `全職員への注意喚起（${advisory.key}）`,
        en: `Notice to all staff (${advisory.key})`,
      })}
      size="lg"
    >
      {sent ? (
        <Stack>
          <Text data-testid="staff-notice-sent">
            {pick({
              ja: `${sent.recipients}名に通知しました（うちメール ${sent.mailed}名）。`,
              en: `Sent to ${sent.recipients} people (${sent.mailed} by e-mail).`,
            })}
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose}>{pick({ ja: "閉じる", en: "Close" })}</Button>
          </Group>
        </Stack>
      ) : (
        <form {...form.formProps((v) => send.mutate(NoticeValues.parse(v)))} data-testid="staff-notice-form">
          <Stack>
            <Select
              label={pick({ ja: "種別 / Kind", en: "Kind / 種別" })}
              allowDeselect={false}
              {...form.getInputProps("kind")}
              data={[
                { value: "malware", label: pick({ ja: "不正プログラム注意喚起", en: "Malware warning" }) },
                { value: "urgent", label: pick({ ja: "緊急のお知らせ", en: "Urgent notice" }) },
              ]}
            />
            <Textarea
              label={pick({ ja: "職員への説明と対応方法", en: "What staff should know and do" })}
              description={pick({
                ja: "脆弱性情報の番号と題名の後に続けて、全職員へ通知されます。",
                en: "Sent to all staff after the advisory's id and title.",
              })}
              required
              autosize
              minRows={4}
              maxLength={2000}
              {...form.getInputProps("message")}
              data-testid="staff-notice-message"
            />
            <ErrorAlert error={send.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {pick({ ja: "キャンセル", en: "Cancel" })}
              </Button>
              <Button type="submit" loading={send.isPending} data-testid="staff-notice-send">
                {pick({ ja: "全職員へ送信", en: "Send to all staff" })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
