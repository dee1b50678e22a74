import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client/api-error';
import type { GoalPeriodKind, ReadingGoal, ReadingGoals } from '../../api/contract/shelves';
import { useReadingGoals } from '../../api/queries/shelves';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { formatDate, formatMonth } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { newRequestId } from '../../lib/new-request-id';
import { useCreateGoal, useDeleteGoal, useSetReadMark } from './use-shelf-changes';
import './shelves.css';

/** 読書マラソン: what is counted, a new goal, the goals running (progress, days left, month by month) and the past ones with their result. */
export function ReadingGoalsPage() {
  const { t } = useTranslation('shelves');
  const errorMessage = useErrorMessage();
  const goals = useReadingGoals();
  if (!goals.data) {
    return goals.isError ? <LoadError message={errorMessage(goals.error)} onRetry={() => void goals.refetch()} /> : <Loading />;
  }
  const { source, goals: all } = goals.data;
  const open = all.filter((goal) => goal.status !== 'ended');
  const past = all.filter((goal) => goal.status === 'ended');
  return (
    <div className="reading-goals">
      <p>{t('marathon.lead')}</p>
      <p className="help">{t(`marathon.source.${source}`)}</p>
      {goals.isRefetchError ? <Alert tone="error">{errorMessage(goals.error)}</Alert> : null}
      <GoalForm periods={goals.data.periods} />
      <section aria-labelledby="reading-goals-current">
        <h2 id="reading-goals-current">{t('marathon.current')}</h2>
        {open.length === 0 ? <p className="empty">{t('marathon.none')}</p> : open.map((goal) => <GoalCard key={goal.id} goal={goal} />)}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="reading-goals-past">
          <h2 id="reading-goals-past">{t('marathon.past')}</h2>
          {past.map((goal) => (
            <GoalCard key={goal.id} goal={goal} />
          ))}
        </section>
      ) : null}
      {source === 'read-marks' ? <LoansToMark loans={goals.data.loans} /> : null}
    </div>
  );
}

function usePeriodName() {
  const { t } = useTranslation('shelves');
  return (period: ReadingGoal['period']) => {
    const range = t('marathon.form.periodRange', {
      from: formatDate(period.from, currentLanguage()),
      to: formatDate(period.to, currentLanguage()),
    });
    return period.kind === 'custom' ? range : `${t(`marathon.form.periods.${period.kind}`)}（${range}）`;
  };
}

/** 目標を立てる: a number of books, and a period the library dates (this year, 夏休み, this month) or the patron's own dates. */
function GoalForm({ periods }: { periods: ReadingGoals['periods'] }) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const errorMessage = useErrorMessage();
  const create = useCreateGoal();
  const periodName = usePeriodName();
  const [target, setTarget] = useState('10');
  const [kind, setKind] = useState<GoalPeriodKind>('year');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const requestId = useRef(newRequestId());
  // Whatever changes in the form makes it another request.
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      requestId.current = newRequestId();
      set(value);
    };
  const periodIssue = isApiError(create.error, 'VALIDATION_FAILED')
    ? create.error.details.fields?.find((field) => field.path.startsWith('period'))
    : undefined;

  return (
    <section className="goal-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('marathon.form.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(
            {
              requestId: requestId.current,
              target: Number(target),
              period: kind === 'custom' ? { kind, from: from || undefined, to: to || undefined } : { kind },
            },
            { onSuccess: () => (requestId.current = newRequestId()) },
          );
        }}
      >
        <div className="goal-field">
          <label htmlFor={`${id}-target`}>{t('marathon.form.target')}</label>
          <input
            id={`${id}-target`}
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            required
            value={target}
            onChange={(event) => edit(setTarget)(event.target.value)}
          />
          <span>{t('marathon.form.targetUnit')}</span>
        </div>
        <fieldset className="goal-periods">
          <legend>{t('marathon.form.period')}</legend>
          {[...periods, null].map((period) => {
            const value = period?.kind ?? 'custom';
            return (
              <label key={value}>
                <input type="radio" name={`${id}-period`} value={value} checked={kind === value} onChange={() => edit(setKind)(value)} />
                {period ? periodName(period) : t('marathon.form.periods.custom')}
              </label>
            );
          })}
          {kind === 'custom' ? (
            <div className="goal-dates">
              <label htmlFor={`${id}-from`}>{t('marathon.form.from')}</label>
              <input
                id={`${id}-from`}
                type="date"
                value={from}
                onChange={(event) => edit(setFrom)(event.target.value)}
                aria-describedby={periodIssue ? `${id}-issue` : undefined}
              />
              <label htmlFor={`${id}-to`}>{t('marathon.form.to')}</label>
              <input
                id={`${id}-to`}
                type="date"
                value={to}
                onChange={(event) => edit(setTo)(event.target.value)}
                aria-invalid={periodIssue ? true : undefined}
                aria-describedby={periodIssue ? `${id}-issue` : undefined}
              />
            </div>
          ) : null}
          {periodIssue ? (
            <p id={`${id}-issue`} className="field-error">
              {t(`marathon.fieldErrors.${periodIssue.code as 'period_reversed'}`, { defaultValue: periodIssue.message })}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('marathon.form.sending') : t('marathon.form.submit')}
        </button>
      </form>
      {create.isSuccess ? <Alert tone="success">{t('marathon.form.done')}</Alert> : null}
      {create.isError && !periodIssue ? (
        <Alert tone="error">
          <p>{t('marathon.form.failed')}</p>
          <p>{errorMessage(create.error)}</p>
        </Alert>
      ) : null}
    </section>
  );
}

/** One goal: the number read against the target as a bar, the days left or the result, a chart of months with the same figures as a table. */
function GoalCard({ goal }: { goal: ReadingGoal }) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const periodName = usePeriodName();
  const errorMessage = useErrorMessage();
  const remove = useDeleteGoal();
  // Deleting a goal asks first, as deleting a shelf does.
  const [asking, setAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  const language = currentLanguage();
  const name = t('marathon.goal', { period: periodName(goal.period), target: goal.target });
  const most = Math.max(1, ...goal.months.map((month) => month.count));

  return (
    <article className={goal.reached ? 'goal goal-reached' : 'goal'} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{name}</h3>
      <p className="goal-figures">
        <span>{t('marathon.progress', { count: goal.count, target: goal.target })}</span>
        {goal.status === 'running' && goal.daysLeft !== null ? <span>{t('marathon.daysLeft', { count: goal.daysLeft })}</span> : null}
        {goal.status === 'upcoming' ? <span>{t('marathon.upcoming', { from: formatDate(goal.period.from, language) })}</span> : null}
        {goal.status === 'ended' ? (
          <strong>
            {goal.reached ? t('marathon.ended.reached') : t('marathon.ended.missed', { count: goal.count, target: goal.target })}
          </strong>
        ) : null}
      </p>
      <progress
        className="goal-bar"
        max={goal.target}
        value={Math.min(goal.count, goal.target)}
        aria-label={t('marathon.progressLabel', { period: periodName(goal.period) })}
        aria-valuetext={t('marathon.progress', { count: goal.count, target: goal.target })}
      />
      {goal.reached && goal.status !== 'ended' ? <Alert tone="success">{t('marathon.reached')}</Alert> : null}
      <figure className="goal-chart">
        <figcaption>{t('marathon.chart')}</figcaption>
        {/* The bars are drawn for the eye; the table below carries the same figures for everyone. */}
        <div className="goal-chart-bars" aria-hidden="true">
          {goal.months.map((month) => (
            <div key={month.month} className="goal-chart-column">
              <span className="goal-chart-value">{month.count}</span>
              <span className="goal-chart-bar" style={{ blockSize: `${(month.count / most) * 4}rem` }} />
              <span className="goal-chart-month">{Number(month.month.slice(5))}</span>
            </div>
          ))}
        </div>
        <table className="goal-chart-table">
          <caption className="visually-hidden">{t('marathon.chartTable', { period: periodName(goal.period) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('marathon.month')}</th>
              <th scope="col">{t('marathon.books')}</th>
            </tr>
          </thead>
          <tbody>
            {goal.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, language)}</th>
                <td>{month.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      {goal.counted.length > 0 ? (
        <details>
          <summary>{t('marathon.counted')}</summary>
          <ul>
            {goal.counted.map((book, n) => (
              <li key={`${book.titleId}-${n}`}>
                {book.title}（{formatDate(book.on, language)}）
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {asking ? (
        <div className="shelf-confirm" role="group" aria-labelledby={`${id}-question`}>
          <h4 id={`${id}-question`} ref={question} tabIndex={-1}>
            {t('marathon.removeQuestion', { goal: name })}
          </h4>
          <p>{t('marathon.removeBody')}</p>
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={remove.isPending} onClick={() => remove.mutate(goal.id)}>
              {t('marathon.removeSubmit')}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('marathon.removeCancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-small"
          aria-label={t('marathon.removeFor', { goal: name })}
          onClick={() => setAsking(true)}
        >
          {t('marathon.remove')}
        </button>
      )}
      {remove.isError ? <Alert tone="error">{errorMessage(remove.error)}</Alert> : null}
    </article>
  );
}

/** Without 貸出履歴, the patron marks 読了 on what they borrow. */
function LoansToMark({ loans }: { loans: ReadingGoals['loans'] }) {
  const { t } = useTranslation('shelves');
  const errorMessage = useErrorMessage();
  const read = useSetReadMark();
  return (
    <section aria-labelledby="reading-goals-loans">
      <h2 id="reading-goals-loans">{t('marathon.loans')}</h2>
      <p className="help">{t('marathon.loansLead')}</p>
      {loans.length === 0 ? (
        <p className="empty">{t('marathon.noLoans')}</p>
      ) : (
        <ul className="goal-loans">
          {loans.map((loan) => (
            <li key={loan.loanId}>
              <span>{loan.title}</span>
              <button
                type="button"
                className="button button-small"
                aria-pressed={loan.readAt !== null}
                disabled={read.isPending}
                onClick={() => read.mutate({ titleId: loan.titleId, read: loan.readAt === null })}
              >
                {t('item.read')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {read.isError ? (
        <Alert tone="error">
          <p>{t('marathon.failed')}</p>
          <p>{errorMessage(read.error)}</p>
        </Alert>
      ) : null}
    </section>
  );
}
