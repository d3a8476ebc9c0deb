/** A child process of the figures step (scripts/build-figures.ts): draws the agencies it is sent, one by one, and says each. */
import sharp from 'sharp';
import { writeAgencyFigures, type WorkerReply, type WorkerTask } from './writeFigures.ts';

// One libvips thread per process: the step already runs one process per core.
sharp.concurrency(1);

process.once('message', async (task: WorkerTask) => {
  try {
    for (const agency of task.agencies) {
      const result = await writeAgencyFigures(agency, task.version);
      process.send!({ done: { kode: agency.kode, ...result } } satisfies WorkerReply);
    }
    process.disconnect();
  } catch (error) {
    process.send!({ error: `${error instanceof Error ? error.stack : String(error)}` } satisfies WorkerReply, () => process.exit(1));
  }
});
