import { RatioChart } from '@/components/shared/RatioChart';
import { TimingHeatmap } from '@/components/shared/TimingHeatmap';
import { FindingsTable, InsightSection } from './InsightSection';
import type { Finding, InsightsReport } from './insight-types';
import { formatName, leadSentences, ratioRow, strong } from './insight-words';

const of = (r: InsightsReport, kind: Finding['kind']) => r.insights.findings.filter((f) => f.kind === kind);

const CHART_WORDS =
  'Each dot is the group’s score against the rest at the same age, on a log scale around 1×; its line, the 95 % interval; filled, beyond noise.';

export function FormatsInsight({ report }: { report: InsightsReport }) {
  const found = of(report, 'format');
  return (
    <InsightSection
      kind="format"
      title="Formats"
      sentences={
        found.length
          ? leadSentences(found, report.accounts, ['format', 'formats'])
          : ['No post with a known format has been compared yet.']
      }
      chart={
        <RatioChart
          rows={found.map((f) => ratioRow(f, formatName(f.group)))}
          caption={`Formats. ${CHART_WORDS}`}
        />
      }
      numbers={
        <FindingsTable
          name="Formats: the numbers"
          findings={found}
          accounts={report.accounts}
          label={(f) => formatName(f.group)}
        />
      }
      rows={found.length}
    />
  );
}

/** At most this many hashtags and words are drawn; the table lists every one compared. */
const TOPICS_DRAWN = 15;

/** The topics drawn: every one beyond noise, then those farthest from 1×, in the core's order. */
function drawnTopics(found: readonly Finding[]): Finding[] {
  if (found.length <= TOPICS_DRAWN) return [...found];
  const far = (f: Finding) => (strong(f) ? Number.POSITIVE_INFINITY : Math.abs(Math.log(f.ratio ?? 1)));
  const kept = new Set([...found].sort((a, b) => far(b) - far(a)).slice(0, TOPICS_DRAWN));
  return found.filter((f) => kept.has(f));
}

export function TopicsInsight({ report }: { report: InsightsReport }) {
  const found = of(report, 'topic');
  const drawn = drawnTopics(found);
  const which =
    drawn.length < found.length
      ? ` The ${drawn.length} of ${found.length} farthest from 1×; every one is in the numbers.`
      : '';
  return (
    <InsightSection
      kind="topic"
      title="Topics: hashtags and words"
      sentences={
        found.length
          ? leadSentences(found, report.accounts, ['hashtag or word', 'hashtags and words'])
          : [
              'No hashtag or word is carried by 5 compared posts yet: topics need post text, saved as posts are read.',
            ]
      }
      chart={
        <RatioChart
          rows={drawn.map((f) => ratioRow(f, f.group))}
          caption={`Hashtags and words. ${CHART_WORDS}${which}`}
        />
      }
      numbers={<FindingsTable name="Topics: the numbers" findings={found} accounts={report.accounts} />}
      rows={found.length}
    />
  );
}

export function TimingInsight({ report }: { report: InsightsReport }) {
  const found = of(report, 'timing');
  const compared = report.insights.tables.timing.some((c) => c.n > 0);
  return (
    <InsightSection
      kind="timing"
      title="Timing"
      sentences={
        compared
          ? leadSentences(found, report.accounts, ['day or time of day', 'days and times of day'])
          : ['No post has been compared yet, so no day or hour can be told apart.']
      }
      chart={
        compared ? (
          <>
            <TimingHeatmap cells={report.insights.tables.timing} timeZone={report.timeZone} />
            <RatioChart
              // Hours nobody posts in are left out of the chart; the table still lists them.
              rows={found.filter((f) => f.n > 0).map((f) => ratioRow(f, f.group))}
              caption={`Each weekday, and each three hours of the day (${report.timeZone}). ${CHART_WORDS}`}
            />
          </>
        ) : null
      }
      numbers={<FindingsTable name="Timing: the numbers" findings={found} accounts={report.accounts} />}
      rows={found.length}
    />
  );
}

/** Tags on posts none of which is compared yet: said, so a new experiment is not lost from view. */
function waitingTags(report: InsightsReport, found: readonly Finding[]): string[] {
  const shown = new Set(found.map((f) => f.group));
  return report.tagged
    .filter((t) => !shown.has(t.tag))
    .map(
      (t) =>
        `Posts tagged “${t.tag}”: ${t.posts} tagged ${t.posts === 1 ? 'post' : 'posts'}, none old enough to compare yet.`,
    );
}

export function ExperimentsInsight({ report }: { report: InsightsReport }) {
  const found = of(report, 'experiment');
  const waiting = waitingTags(report, found);
  const lead = found.length ? leadSentences(found, report.accounts, ['tag', 'tags']) : [];
  // Every tag is named: an experiment is read one tag at a time.
  const each = found.filter((f) => !lead.includes(f.sentence)).map((f) => f.sentence);
  const none =
    'No post is tagged yet. Tag a post with what it tries (a hook, a format, a time) from its row under Posts or from the popup on its page; each tag is then compared with the posts without it.';
  return (
    <InsightSection
      kind="experiment"
      title="Experiments"
      sentences={found.length || waiting.length ? [...lead, ...each, ...waiting] : [none]}
      chart={
        found.length ? (
          <RatioChart
            rows={found.map((f) => ratioRow(f, `“${f.group}”`))}
            caption={`Tagged posts against the posts without the tag. ${CHART_WORDS}`}
          />
        ) : null
      }
      numbers={<FindingsTable name="Experiments: the numbers" findings={found} accounts={report.accounts} />}
      rows={found.length}
    />
  );
}
