import { Alert, Button, Card, Stack, Text } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { api } from "../../api";
import { ErrorAlert, PageHeader } from "../../components/common";
import { useLocation } from "../../router";
import { useTexts } from "./labels";

/** /training/checkin/:id?t=…: where a session's QR code leads — the person records their attendance. */
export default function Checkin({ params }: { params: { id: string } }) {
  const { tx } = useTexts();
  const { search } = useLocation();
  const token = search.get("t") ?? "";
  const checkin = useMutation({
    mutationFn: () =>
      api.post("/api/training/sessions/{id}/checkin", { path: { id: params.id }, body: { token } }),
  });
  return (
    <>
      <PageHeader title={tx("checkin")} back={{ href: "/training", label: tx("myTraining") }} />
      <Card withBorder maw={560}>
        <Stack>
          <Text>{tx("checkinHint")}</Text>
          <ErrorAlert error={checkin.error} />
          {checkin.isSuccess ? (
            <Alert color="green" data-testid="checkin-done">
              {tx("checkinDone")}
            </Alert>
          ) : (
            <Button onClick={() => checkin.mutate()} loading={checkin.isPending} data-testid="checkin">
              {tx("checkin")}
            </Button>
          )}
        </Stack>
      </Card>
    </>
  );
}
