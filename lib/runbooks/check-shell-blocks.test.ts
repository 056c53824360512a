import { describe, expect, it } from "vitest";
import { findProseInShell } from "./check-shell-blocks";
import { isCommandLine } from "./check-symptoms";
import { scanBody } from "./scan-body";

const prose = (script: string) => findProseInShell({ lang: "bash", meta: "", line: 1, lines: script.split("\n"), closed: true }).map((p) => `${p.index}:${p.kind}`);

describe("findProseInShell", () => {
  it.each([
    ["plain commands", "kubectl get pods\nsystemctl restart kubelet", []],
    ["a bare or", "rm -rf /tmp/x\nor\nfind /tmp/x -delete", ["1:connector"]],
    ["或者 between alternatives", "rm -rf /tmp/x\n或者\nfind /tmp/x -delete", ["1:connector"]],
    ["an English sentence", "Restart the kubelet afterwards.", ["0:prose"]],
    ["a label", "On the node:", ["0:prose"]],
    ["Chinese outside quotes", "在脚本执行前声明变量\nPATH=$PATH:/usr/local/sbin", ["0:prose"]],
    ["a prompt", "$ kubectl get pods", ["0:prompt"]],
    ["a bracketed root prompt copied from a terminal", "[xyc-pc ~]# cat /etc/sysctl.conf\nsysctl -p", ["0:prompt"]],
    ["a user@host prompt copied from a terminal", "root@debian:~# modprobe softdog", ["0:prompt"]],
    ["bash tests are not prompts", "[[ $- == *i* ]] && echo yes\n[ -f /etc/hosts ] && echo found", []],
    ["comments in any language", "# 先停止服务, then don't forget\nsystemctl stop docker", []],
    ["Chinese inside quotes", 'echo "告警生效"', []],
    ["a variable assignment that looks like a word", "Environment=PATH=/usr/bin", []],
    ["backslash continuations", "kubectl get pods \\\n  Then-this-is-an-argument and more", []],
    ["pipe and && continuations", "ps aux |\n  Grep the output\nmake &&\n  Run tests now", []],
    ["a multi-line quoted string", "kubectl patch deploy x --patch '{\n  Some JSON text: here\n}'", []],
    ["a quoted heredoc", "cat <<'EOF' > x\nThis is data.\n数据\nEOF\nAnd this is prose.", ["4:prose"]],
    ["a tab-stripping heredoc", "cat <<-END\n\tThis is data.\n\tEND\necho done", []],
    ["a here-string is not a heredoc", "tr a-z A-Z <<< \"$foo\"\nThen this is prose.", ["1:prose"]],
    ["a heredoc named in a comment is not one", "echo hi # see <<EOF\nThen prose.", ["1:prose"]],
  ])("%s", (_name, script, expected) => {
    expect(prose(script)).toEqual(expected);
  });
});

describe("isCommandLine", () => {
  it.each([
    ["kubectl get pods -A", true],
    ["$ dmesg", true],
    ["# cat /proc/vmstat", true],
    ["sudo reboot", true],
    ["kubectl: command not found", false],
    ["docker: Error response from daemon: Conflict.", false],
    ["kubectl 定时任务 返回空列表", false],
    ["Back-off restarting failed container", false],
  ])("%s → %s", (symptom, expected) => {
    expect(isCommandLine(symptom)).toBe(expected);
  });
});

describe("scanBody", () => {
  it("closes a fence only on the same character with at least the same length, and strips the fence's indent", () => {
    const body = ["1. Step", "", "   ````bash", "   ```", "   echo inside", "   ````", "after"].join("\n");
    const { blocks, prose } = scanBody(body, 10);
    expect(blocks).toEqual([{ lang: "bash", meta: "", line: 12, lines: ["```", "echo inside"], closed: true }]);
    expect(prose.map((p) => p.line)).toEqual([10, 11, 16]);
  });

  it("reads the info string's meta", () => {
    expect(scanBody("```yaml rules\ngroups: []\n```").blocks[0]).toMatchObject({ lang: "yaml", meta: "rules", lines: ["groups: []"] });
  });
});
