/**
 * .github/workflows/national-build.yml is a valid GitHub Actions workflow (@action-validator/cli, the workflow
 * schema), and its jobs are the sharded build that `npm run bench -- --only national` runs: the same jobs in
 * the same order, the same `needs`, the same matrices and the same build commands with the same settings, all
 * taken from scripts/nationalJobs.ts. Every artefact a job downloads is uploaded by a job it needs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandLine, GITHUB, NATIONAL_JOBS, siteShards, type NationalJob } from '../../scripts/nationalJobs.ts';
import { ROOT } from '../support/site.ts';

const WORKFLOW = join(ROOT, '.github/workflows/national-build.yml');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
}
interface Job {
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown> };
  steps: Step[];
}

const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, Job> };
const jobs = NATIONAL_JOBS as readonly NationalJob[];
const needsOf = (job: Job) => (job.needs === undefined ? [] : typeof job.needs === 'string' ? [job.needs] : job.needs);
/** The steps that build: every `run` except installing and writing a matrix to $GITHUB_OUTPUT. */
const buildSteps = (job: Job) =>
  job.steps
    .filter((step) => step.run !== undefined && step.run !== 'npm ci' && !step.run.includes('$GITHUB_OUTPUT'))
    .map((step) => ({ id: step.id, run: step.run, env: step.env }));

describe('national-build workflow', () => {
  it('is a valid GitHub Actions workflow (@action-validator/cli)', () => {
    const cli = join(ROOT, 'node_modules/.bin/action-validator');
    let output = '';
    try {
      output = execFileSync(cli, [WORKFLOW], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`action-validator: ${failed.stderr ?? ''}${failed.stdout ?? ''}`);
    }
    expect(output).toBe('');
  });

  it('has the jobs of the bench, in its order, with the same needs and matrices', () => {
    expect(Object.keys(workflow.jobs)).toEqual(jobs.map((job) => job.id));
    for (const job of jobs) {
      const actual = workflow.jobs[job.id]!;
      expect(needsOf(actual), job.id).toEqual(job.needs);
      expect(Object.keys(actual.strategy?.matrix ?? {}), job.id).toEqual(job.matrix ? [job.matrix] : []);
    }
  });

  it('runs, in each job, the bench’s build commands with the same settings', () => {
    for (const job of jobs) {
      const expected = job.steps.map((step) => ({ id: step.id, run: commandLine(step.command, GITHUB), env: step.env?.(GITHUB) }));
      expect(buildSteps(workflow.jobs[job.id]!), job.id).toEqual(expected);
    }
  });

  it('downloads only artefacts that a job it needs uploads', () => {
    const uploads = new Map(
      Object.entries(workflow.jobs).map(([id, job]) => [
        id,
        job.steps.filter((step) => step.uses?.startsWith('actions/upload-artifact@')).map((step) => String(step.with?.name).replace(/\$\{\{[^}]*\}\}/g, '*')),
      ]),
    );
    const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+?^$()[\]\\|{}]/g, '\\$&').replace(/\*/g, '.*')}$`);
    for (const [id, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps.filter((item) => item.uses?.startsWith('actions/download-artifact@'))) {
        const wanted = String(step.with?.name ?? step.with?.pattern);
        const from = needsOf(job).flatMap((need) => uploads.get(need) ?? []);
        expect(
          from.some((name) => glob(wanted).test(name) || name === wanted),
          `${id} downloads ${wanted}; its needs upload ${from.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('cuts the site into the national job and parts of about the given size', () => {
    expect(siteShards(19_872)).toEqual(['nasional', ...Array.from({ length: 111 }, (_, i) => `pd:${i + 1}/111`)]);
    expect(siteShards(3, 180)).toEqual(['nasional', 'pd:1/1']);
    // A GitHub Actions matrix holds at most 256 jobs.
    expect(siteShards(19_872).length).toBeLessThanOrEqual(256);
  });

  it('is what the bench runs: scripts/bench.ts walks NATIONAL_JOBS', () => {
    const bench = readFileSync(join(ROOT, 'scripts/bench.ts'), 'utf8');
    expect(bench).toMatch(/for \(const job of NATIONAL_JOBS/);
  });
});
