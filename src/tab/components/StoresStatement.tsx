/** "What this app stores": the tenant ID only, nothing about the person. */
import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/i18n";

const useStyles = makeStyles({
  box: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  title: { margin: 0 },
});

export function StoresStatement() {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <section className={styles.box} aria-labelledby="stores-title">
      <Subtitle1 as="h2" id="stores-title" className={styles.title}>
        {t("privacy.storesTitle")}
      </Subtitle1>
      <Body1>{t("privacy.storesBody")}</Body1>
    </section>
  );
}
