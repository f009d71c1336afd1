/** Search box (results as you type) and language filter of the Courses tab. */
import { Field, SearchBox, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/i18n";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalL },
  search: { flexGrow: 1, flexBasis: "260px", minWidth: 0 },
  searchBox: { width: "100%", maxWidth: "100%" },
  language: { flexBasis: "180px", flexGrow: 0, minWidth: 0 },
});

export interface CourseFiltersProps {
  query: string;
  onQuery: (q: string) => void;
  language: string;
  onLanguage: (lang: string) => void;
}

export function CourseFilters({ query, onQuery, language, onLanguage }: CourseFiltersProps) {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <div className={styles.row} role="search">
      <Field label={t("courses.searchLabel")} className={styles.search}>
        <SearchBox className={styles.searchBox} value={query} placeholder={t("courses.searchPlaceholder")} maxLength={200} onChange={(_, data) => onQuery(data.value)} />
      </Field>
      <Field label={t("courses.languageLabel")} className={styles.language}>
        <Select value={language} onChange={(_, data) => onLanguage(data.value)}>
          <option value="">{t("language.all")}</option>
          <option value="en">{t("language.en")}</option>
          <option value="fr">{t("language.fr")}</option>
        </Select>
      </Field>
    </div>
  );
}
