/** One course: title, description, language and duration, and an Open button to the tenant's platform. */
import { Body1, Button, Caption1, Card, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CourseDto } from "../../api/dto";
import { useStrings } from "../i18n/i18n";

const useStyles = makeStyles({
  card: { height: "100%", rowGap: tokens.spacingVerticalS },
  title: { margin: 0, overflowWrap: "anywhere" },
  description: { color: tokens.colorNeutralForeground2, flexGrow: 1, overflowWrap: "anywhere" },
  footer: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  facts: { color: tokens.colorNeutralForeground3 },
});

export interface CourseCardProps {
  course: CourseDto;
  /** Replaces the Open button (the configuration page puts its Choose button here). */
  action?: ReactNode;
}

export function CourseCard({ course, action }: CourseCardProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const facts = [t(`language.${course.language}`), course.durationMinutes ? t("courses.duration", { minutes: course.durationMinutes }) : undefined].filter(Boolean).join(" · ");
  return (
    <Card className={styles.card}>
      <Subtitle2 as="h3" className={styles.title}>
        {course.title}
      </Subtitle2>
      <Body1 className={styles.description}>{course.description}</Body1>
      <div className={styles.footer}>
        <Caption1 className={styles.facts}>{facts}</Caption1>
        {action ?? (
          <Button as="a" appearance="primary" href={course.openUrl} target="_blank" rel="noopener noreferrer" aria-label={t("courses.openLabel", { title: course.title })}>
            {t("courses.open")}
          </Button>
        )}
      </div>
    </Card>
  );
}
