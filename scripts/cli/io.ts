/** What a command reads and writes besides its arguments, so tests run commands in-process and read their output. */
export interface CliIo {
  /** Where the user ran `triage` (file arguments resolve against it). */
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export function processIo(): CliIo {
  return {
    cwd: process.env.TRIAGE_CLI_CWD || process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
