/** The question box of the Privacy tab: a labelled text field and an Ask button (Enter submits). */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useStrings } from "../i18n/i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, flexBasis: "260px", minWidth: 0 },
  input: { width: "100%" },
});

export function PrivacyQuestion({ onAsk, busy }: { onAsk: (question: string) => void; busy: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  const [text, setText] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) onAsk(text.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit}>
      <Field label={t("privacy.askLabel")} className={styles.field}>
        <Input className={styles.input} value={text} maxLength={500} placeholder={t("privacy.askPlaceholder")} onChange={(_, data) => setText(data.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy || text.trim() === ""}>
        {t("privacy.ask")}
      </Button>
    </form>
  );
}
