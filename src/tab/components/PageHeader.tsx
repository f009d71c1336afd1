/** The page's heading (h1) with an optional line under it. */
import { Body1, Title2, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  header: { marginBottom: tokens.spacingVerticalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
});

export function PageHeader({ id, title, intro }: { id?: string; title: string; intro?: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title2 as="h1" id={id} className={styles.title}>
        {title}
      </Title2>
      {intro && <Body1 className={styles.intro}>{intro}</Body1>}
    </header>
  );
}
