/**
 * The date and result of a check, shared by the contract's 点検 (contract-forms CheckForm) and the
 * external service's path check (ExternalServiceDetail CheckForm): the same fields, labels (確認日・
 * 結果, both scenes word them alike) and limits, marked required, their errors at the fields.
 */
import { Select } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { z } from "zod";
import { DateField } from "../../components/DateField";
import { requiredChoice, requiredDate } from "../../form-fields";
import { bindField } from "../../forms";
import { RESULT_LABELS, useTexts } from "./labels";

/** The fields' schema, spread into each check form's own (with its other fields). */
export const CHECK_FIELDS = {
  checkedOn: requiredDate,
  result: requiredChoice,
  findings: z.string().max(4000),
};

type CheckShape = { checkedOn: string | null; result: string | null };

export function CheckFields<V extends CheckShape>({
  form,
  dateTestId,
}: {
  form: UseFormReturnType<V>;
  dateTestId: string;
}) {
  const { tx, lab } = useTexts();
  return (
    <>
      <DateField
        label={tx("checkedOn")}
        required
        {...bindField(form, "checkedOn")}
        data-testid={dateTestId}
      />
      <Select
        label={tx("result")}
        required
        data={Object.keys(RESULT_LABELS).map((k) => ({ value: k, label: lab(RESULT_LABELS, k) }))}
        allowDeselect={false}
        {...form.getInputProps("result")}
      />
    </>
  );
}
