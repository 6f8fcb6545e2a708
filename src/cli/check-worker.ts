/**
 * A worker thread of `check DIR`: checks the workbooks it is handed, one at a time, and posts
 * back what the main thread needs of each (its JSON line, its lines of the roll-up and its
 * exit status), so that no whole report crosses between threads or stays in memory.
 */
import { parentPort, workerData } from "node:worker_threads";
import { summariseReport } from "../engine";
import { sentenceFor } from "./error-sentence";
import { statusOf } from "./exit-status";
import { checkFile, type Io } from "./main";
import { unreadResult, type WorkerResult, type WorkerSetup, type WorkerTask } from "./worker-messages";

async function check(setup: WorkerSetup, task: WorkerTask): Promise<WorkerResult> {
  const io: Io = { out: () => undefined, err: () => undefined, today: () => setup.today };
  try {
    const { report } = await checkFile({ ...setup.args, file: task.file, since: task.since ?? setup.args.since, out: undefined }, setup.config, io, task.name);
    if (report.sheets.length === 0) return { kind: "skipped", name: task.name };
    return { kind: "checked", name: task.name, status: statusOf(report), json: setup.json ? JSON.stringify(report) : null, lines: summariseReport(report) };
  } catch (error) {
    return unreadResult(setup, task.name, sentenceFor(error));
  }
}

const setup = workerData as WorkerSetup;
parentPort?.on("message", (task: WorkerTask) => {
  void check(setup, task).then((result) => parentPort?.postMessage(result));
});
