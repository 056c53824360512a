import type { RunbookFrontmatter } from "./frontmatter-schema";
import { lineOfField, lineOfListItem } from "./read-runbook-files";
import { inlineCodeSpans, type ScannedBody } from "./scan-body";

/**
 * The symptom rules (docs/writing-runbooks.md, "Symptoms"). Symptoms are what
 * on-call pastes into the search box, so they must be text a screen shows
 * during the incident, in the tools' own English, plus Chinese phrasing.
 */

export const MIN_SYMPTOMS = 3;

/** Commands whose invocations are not symptoms. `kubectl:` (an error prefix) is fine; `kubectl get` is not. */
const COMMANDS = [
  "kubectl", "kubeadm", "docker", "crictl", "ctr", "cat", "grep", "echo", "sysctl", "systemctl", "journalctl",
  "curl", "wget", "ls", "ps", "iptables", "ipvsadm", "netstat", "ss", "openssl", "etcdctl", "helm", "istioctl",
  "mount", "awk", "sed", "rm", "tcpdump", "nsenter", "dmesg", "lsblk", "df", "export", "cd", "ssh", "tail",
];
const COMMAND_LINE = new RegExp(`^(?:\\$ |# |sudo\\s)|^(?:${COMMANDS.join("|")})\\s+\\S`);
const HAN = /\p{Script=Han}/u;

export interface SymptomProblem {
  line: number;
  field: string;
  message: string;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** The body's code (fenced blocks and inline spans), whitespace runs squashed, one piece per line of the result. */
function codeText(body: ScannedBody): string {
  return [...body.blocks.map((b) => b.lines.join("\n")), ...inlineCodeSpans(body.prose).map((s) => s.text)].map(squash).join("\n");
}

/** True when `symptom` appears verbatim (whitespace runs aside) in a fenced block or an inline code span. */
export function appearsInCode(symptom: string, body: ScannedBody, code = codeText(body)): boolean {
  return code.includes(squash(symptom));
}

/** A command line, not a screen's text. Chinese phrasing that starts with a tool's name ("kubectl 证书过期") is a search phrase, not a command. */
export function isCommandLine(symptom: string): boolean {
  return COMMAND_LINE.test(symptom.trim()) && !HAN.test(symptom);
}

export function checkSymptoms(frontmatter: RunbookFrontmatter, raw: string, body: ScannedBody): SymptomProblem[] {
  const problems: SymptomProblem[] = [];
  const { symptoms, kind } = frontmatter;
  const line = lineOfField(raw, "symptoms");
  if (symptoms.length < MIN_SYMPTOMS) {
    problems.push({ line, field: "symptoms", message: `needs at least ${MIN_SYMPTOMS} symptoms (has ${symptoms.length}): the log lines, events and error messages on screen, plus Chinese phrasing` });
  }
  const code = kind === "runbook" ? codeText(body) : "";
  if (kind === "runbook" && !symptoms.some((s) => appearsInCode(s, body, code))) {
    problems.push({ line, field: "symptoms", message: 'no symptom appears verbatim in a code block or inline code of the body; show at least one machine-printed line in "Phenomenon" (label it "typical output" where the notes do not record it)' });
  }
  if (!symptoms.some((s) => HAN.test(s))) {
    problems.push({ line, field: "symptoms", message: "needs at least one symptom in Chinese, as an engineer would type it (e.g. 证书过期)" });
  }
  symptoms.forEach((symptom, index) => {
    if (isCommandLine(symptom)) {
      problems.push({ line: lineOfListItem(raw, "symptoms", index), field: `symptoms.${index}`, message: `"${symptom}" is a command, not something a screen shows; put commands in the body` });
    }
  });
  return problems;
}
