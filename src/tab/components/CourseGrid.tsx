/** Courses as a responsive grid of cards: one column at 320 px, more as the tab widens. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { CourseDto } from "../../api/dto";
import { CourseCard } from "./CourseCard";

const useStyles = makeStyles({
  grid: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 280px), 1fr))",
    gap: tokens.spacingHorizontalL,
  },
});

export interface CourseGridProps {
  courses: CourseDto[];
  labelledBy?: string;
  /** Per-course action replacing Open (configuration page). */
  actionFor?: (course: CourseDto) => ReactNode;
}

export function CourseGrid({ courses, labelledBy, actionFor }: CourseGridProps) {
  const styles = useStyles();
  return (
    <ul className={styles.grid} aria-labelledby={labelledBy}>
      {courses.map((c) => (
        <li key={c.id}>
          <CourseCard course={c} action={actionFor?.(c)} />
        </li>
      ))}
    </ul>
  );
}
