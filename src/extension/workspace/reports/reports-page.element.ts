/**
 * The Reports page of the Live Chats workspace (spec §9): filters, "Build report", then Operator
 * efficiency (table + horizontal bars of response speed) and Live chat efficiency (table +
 * vertical bars of processed requests over time). For administrators and supervisors; the
 * server decides which live chats each may see, the filters offer only those.
 */
import { consume } from '@lit/context';
import type { HostGroup } from '@elma365/sdk-types';
import { html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { LineDto } from '../../common/api';
import { REPORT_BREAKDOWNS, type LineEfficiencyReport, type OperatorEfficiencyReport, type ReportBreakdown } from '../../common/reports-api';
import type { ApiClient } from '../services/api-client';
import { errorMessage } from '../services/api-error';
import { apiClientContext, viewerContext, type Viewer } from '../services/contexts';
import { buttons, fields, tokens } from '../shared/ui.styles';
import {
  BREAKDOWN_LABELS,
  bucketLabel,
  COUNT_STEPS,
  defaultFilters,
  DURATION_STEPS,
  formatDuration,
  periodProblem,
  reportQueryString,
  type ReportFilters,
} from './reports-model';
import { reportsPageStyles } from './reports-page.styles';

interface Option {
  value: string;
  label: string;
}

type ListFilter = 'lineIds' | 'operatorGroupIds' | 'channelIds' | 'operatorIds';

const seconds = (value: number | undefined): string => (value === undefined ? '' : `${value} s`);

export class ReportsPageElement extends LitElement {
  static override styles = [tokens, buttons, fields, reportsPageStyles];

  @consume({ context: apiClientContext }) private api!: ApiClient;
  @consume({ context: viewerContext }) private viewer!: Viewer;

  @state() private filters: ReportFilters = defaultFilters(new Date());
  @state() private options: Record<ListFilter, Option[]> = { lineIds: [], operatorGroupIds: [], channelIds: [], operatorIds: [] };
  @state() private operators?: OperatorEfficiencyReport;
  @state() private lines?: LineEfficiencyReport;
  @state() private building = false;
  @state() private error?: string;
  @state() private problem?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadOptions();
  }

  /** The filters offer the live chats the viewer may report on, and their groups, channels and operators. */
  private async loadOptions(): Promise<void> {
    try {
      const all = await this.api.listLines();
      const lines = all.filter((line: LineDto) => this.viewer.isAdministrator || line.roles.supervisor).sort((a, b) => a.name.localeCompare(b.name));
      const [groups, operators] = await Promise.all([
        this.api.listGroups().catch((): HostGroup[] => []),
        Promise.all(lines.map((line) => this.api.listOperators(line.id).catch(() => []))),
      ]);
      const operatorGroupIds = new Set(lines.flatMap((line) => line.operatorGroupIds));
      const people = new Map(operators.flat().map((operator) => [operator.userId, operator.name]));
      const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
      this.options = {
        lineIds: lines.map((line) => ({ value: line.id, label: line.name })),
        operatorGroupIds: groups.filter((group) => operatorGroupIds.has(group.id)).map((group) => ({ value: group.id, label: group.name })).sort(byLabel),
        channelIds: lines.flatMap((line) => line.channels.map((channel) => ({ value: channel.id, label: channel.name.includes(line.name) ? channel.name : `${line.name} · ${channel.name}` }))),
        operatorIds: [...people].map(([value, label]) => ({ value, label })).sort(byLabel),
      };
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private async build(event: Event): Promise<void> {
    event.preventDefault();
    this.problem = periodProblem(this.filters);
    if (this.problem) return;
    this.building = true;
    this.error = undefined;
    try {
      const query = reportQueryString(this.filters);
      [this.operators, this.lines] = await Promise.all([this.api.operatorReport(query), this.api.lineReport(query)]);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.building = false;
    }
  }

  private set<K extends keyof ReportFilters>(key: K, value: ReportFilters[K]): void {
    this.filters = { ...this.filters, [key]: value };
  }

  override render() {
    return html`<section class="page" aria-labelledby="reports-title">
      <h1 id="reports-title">Reports</h1>
      ${this.renderFilters()}
      ${this.error ? html`<div class="banner error" role="alert">${this.error}</div>` : nothing}
      ${this.renderResults()}
    </section>`;
  }

  private renderFilters() {
    const list = (key: ListFilter, label: string) => html`<div class="field">
      <label for="filter-${key}">${label}</label>
      <select
        id="filter-${key}"
        multiple
        size="4"
        data-filter=${key}
        aria-describedby="filter-all-hint"
        @change=${(event: Event) => this.set(key, [...(event.target as HTMLSelectElement).selectedOptions].map((option) => option.value))}
      >
        ${this.options[key].map((option) => html`<option value=${option.value} title=${option.label} ?selected=${this.filters[key].includes(option.value)}>${option.label}</option>`)}
      </select>
    </div>`;
    return html`<form class="filters" aria-label="Report filters" @submit=${this.build}>
      ${list('lineIds', 'Live chats')} ${list('operatorGroupIds', 'Operator groups')} ${list('channelIds', 'Channels')} ${list('operatorIds', 'Operators')}
      <div class="period">
        <div class="field">
          <label for="filter-from" class="required">Period from</label>
          <input id="filter-from" type="date" required .value=${this.filters.from} @change=${(event: Event) => this.set('from', (event.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="filter-to" class="required">to</label>
          <input id="filter-to" type="date" required .value=${this.filters.to} @change=${(event: Event) => this.set('to', (event.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="filter-breakdown">Breakdown</label>
          <select id="filter-breakdown" @change=${(event: Event) => this.set('breakdown', (event.target as HTMLSelectElement).value as ReportBreakdown)}>
            ${REPORT_BREAKDOWNS.map((value) => html`<option value=${value} ?selected=${this.filters.breakdown === value}>${BREAKDOWN_LABELS[value]}</option>`)}
          </select>
        </div>
      </div>
      <div class="actions">
        <button class="btn primary" type="submit" ?disabled=${this.building}>${this.building ? 'Building…' : 'Build report'}</button>
        <span id="filter-all-hint" class="hint">Nothing chosen in a list means all. Days are in UTC.</span>
        ${this.problem ? html`<span class="error-text" role="alert">${this.problem}</span>` : nothing}
      </div>
    </form>`;
  }

  private renderResults() {
    if (!this.operators || !this.lines) {
      return html`<div class="empty" data-testid="reports-intro">Choose the filters and the period, then <strong>Build report</strong>.</div>`;
    }
    if (this.operators.rows.length === 0 && this.lines.rows.length === 0) {
      return html`<div class="empty" role="status" data-testid="reports-empty">
        <strong>No data for these filters</strong>
        <span>No session was worked in the live chats, channels and operators chosen between ${this.operators.from} and ${this.operators.to}.</span>
      </div>`;
    }
    return html`${this.renderOperators(this.operators)} ${this.renderLines(this.lines)}`;
  }

  private renderOperators(report: OperatorEfficiencyReport) {
    const answered = report.rows.filter((row) => row.responseSpeed !== undefined);
    return html`<section class="report" aria-labelledby="operators-title" data-testid="operator-report">
      <h2 id="operators-title">Operator efficiency</h2>
      ${answered.length
        ? html`<figure>
            <figcaption>Response speed per operator</figcaption>
            <lc-bar-chart
              orientation="horizontal"
              label="Response speed per operator; the figures are in the table below"
              .data=${answered.map((row) => ({ label: row.name, value: row.responseSpeed ?? 0 }))}
              .format=${formatDuration}
              .steps=${DURATION_STEPS}
            ></lc-bar-chart>
          </figure>`
        : nothing}
      <table>
        <caption class="visually-hidden">Operator efficiency</caption>
        <thead>
          <tr>
            <th scope="col">Operator</th>
            <th scope="col" class="num">Response speed</th>
            <th scope="col" class="num">Waiting time</th>
            <th scope="col" class="num">Session duration</th>
            <th scope="col" class="num">Replies</th>
            <th scope="col" class="num">Closed sessions</th>
          </tr>
        </thead>
        <tbody>
          ${report.rows.map(
            (row) => html`<tr data-testid="operator-row">
              <th scope="row">${row.name}</th>
              <td class="num" title=${seconds(row.responseSpeed)}>${formatDuration(row.responseSpeed)}</td>
              <td class="num" title=${seconds(row.waitingTime)}>${formatDuration(row.waitingTime)}</td>
              <td class="num" title=${seconds(row.sessionDuration)}>${formatDuration(row.sessionDuration)}</td>
              <td class="num">${row.responses}</td>
              <td class="num">${row.closedSessions}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderLines(report: LineEfficiencyReport) {
    const unit = BREAKDOWN_LABELS[report.breakdown].toLowerCase();
    const points = report.series.map((point) => ({ label: bucketLabel(point.start, report.breakdown), value: point.processedRequests }));
    return html`<section class="report" aria-labelledby="lines-title" data-testid="line-report">
      <h2 id="lines-title">Live chat efficiency</h2>
      <figure>
        <figcaption>Processed requests per ${unit}</figcaption>
        <lc-bar-chart
          orientation="vertical"
          label=${`Processed requests per ${unit}; the figures are in the table "Processed requests by ${unit}"`}
          .data=${points}
          .format=${(value: number) => String(value)}
          .steps=${COUNT_STEPS}
        ></lc-bar-chart>
      </figure>
      <table>
        <caption class="visually-hidden">Live chat efficiency</caption>
        <thead>
          <tr>
            <th scope="col">Live chat</th>
            <th scope="col" class="num">First response speed</th>
            <th scope="col" class="num">Sessions answered</th>
            <th scope="col" class="num">Processed requests</th>
          </tr>
        </thead>
        <tbody>
          ${report.rows.map(
            (row) => html`<tr data-testid="line-row">
              <th scope="row">${row.name}</th>
              <td class="num" title=${seconds(row.firstResponseSpeed)}>${formatDuration(row.firstResponseSpeed)}</td>
              <td class="num">${row.firstResponses}</td>
              <td class="num">${row.processedRequests}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <details>
        <summary>Processed requests by ${unit}</summary>
        <table>
          <thead>
            <tr><th scope="col">${BREAKDOWN_LABELS[report.breakdown]}</th><th scope="col" class="num">Processed requests</th></tr>
          </thead>
          <tbody>
            ${points.map((point) => html`<tr><th scope="row">${point.label}</th><td class="num">${point.value}</td></tr>`)}
          </tbody>
        </table>
      </details>
    </section>`;
  }
}
