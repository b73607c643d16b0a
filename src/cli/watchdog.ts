/**
 * Node exits with code 0 when its event loop empties, even while a promise is
 * still pending — a reader that never settles (seen with truncated zips in other
 * libraries) would look like a clean run. Until `work` settles the exit code is
 * 2, and if the loop empties first, `stalled` is printed.
 */
export async function guardUnsettled(work: Promise<number>, stalled: () => void): Promise<void> {
  let settled = false;
  process.exitCode = 2;
  const onBeforeExit = () => {
    if (!settled) {
      settled = true;
      stalled();
      process.exitCode = 2;
    }
  };
  process.once('beforeExit', onBeforeExit);
  const code = await work;
  settled = true;
  process.off('beforeExit', onBeforeExit);
  process.exitCode = code;
}
