import { Button, Group, Modal, Text } from "@mantine/core";
import { type ReactNode, useCallback, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface Ask {
  message: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
}

/**
 * A confirmation in the app's own style (instead of window.confirm): `await confirm({message})`
 * resolves true when the person confirms. Render the returned element once in the screen.
 */
export function useConfirm(): [(ask: Ask) => Promise<boolean>, ReactNode] {
  const { t } = useTranslation();
  const [ask, setAsk] = useState<Ask | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);
  const confirm = useCallback(
    (next: Ask) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setAsk(next);
      }),
    [],
  );
  const close = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setAsk(null);
  };
  const element = (
    <Modal opened={ask !== null} onClose={() => close(false)} title={t("common.confirmTitle")} centered>
      <Text size="sm" mb="md" data-testid="confirm-message">
        {ask?.message}
      </Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={() => close(false)} data-testid="confirm-cancel">
          {t("common.cancel")}
        </Button>
        <Button
          color={ask?.danger ? "red" : undefined}
          onClick={() => close(true)}
          data-autofocus
          data-testid="confirm-ok"
        >
          {ask?.confirmLabel ?? t("common.ok")}
        </Button>
      </Group>
    </Modal>
  );
  return [confirm, element];
}
